/// For each equivalence class j of the file, its size f_j in the file and its size F_j in the
/// population: how many people share the class's quasi-identifier values.
///
/// F_j comes from a population frequency table, from a superset file the export was drawn from
/// (`PopulationClassSizes(partition:sampleColumns:supersetColumns:)`), or, without either, is
/// f_j (the file is the population). Validated once: F_j ≥ f_j ≥ 1, one F_j per class, so the
/// measures computed from it never divide by zero.
public struct PopulationClassSizes: Sendable, Equatable {
  /// f_j, indexed by class id.
  public let sampleSizes: [Int]
  /// F_j, indexed by class id.
  public let populationSizes: [Int]

  /// F_j = f_j: the file is the population.
  public init(sampleSizes: [Int]) {
    let sizes = sampleSizes.allSatisfy { $0 > 0 } ? sampleSizes : sampleSizes.filter { $0 > 0 }
    self.sampleSizes = sizes
    self.populationSizes = sizes
  }

  /// The classes of `partition`, each as large in the population as in the file.
  public init(partition: Partition) {
    self.init(sampleSizes: partition.classSizes)
  }

  /// Sizes f_j in the file and F_j in the population, aligned by class id.
  public init(sampleSizes: [Int], populationSizes: [Int]) throws(PopulationError) {
    guard sampleSizes.count == populationSizes.count else {
      throw .classCountMismatch(expected: sampleSizes.count, found: populationSizes.count)
    }
    for index in sampleSizes.indices
    where sampleSizes[index] < 1 || populationSizes[index] < sampleSizes[index] {
      throw .populationClassSmallerThanSample(
        classIndex: index, sampleSize: sampleSizes[index], populationSize: populationSizes[index])
    }
    self.sampleSizes = sampleSizes
    self.populationSizes = populationSizes
  }

  /// The classes of `partition` with population sizes `populationSizes` (by class id), or
  /// F_j = f_j when nil.
  public init(partition: Partition, populationSizes: [Int]?) throws(PopulationError) {
    guard let populationSizes else {
      self.init(partition: partition)
      return
    }
    try self.init(sampleSizes: partition.classSizes, populationSizes: populationSizes)
  }

  /// n, the records in the file's classes.
  public var recordCount: Int { sampleSizes.reduce(0, +) }
  /// Whether F_j = f_j for every class.
  public var isFilePopulation: Bool { sampleSizes == populationSizes }
}
