/// The figures that need the population: its size, class sizes F, the journalist and marketer
/// models, population uniqueness and, with survey weights, individual risk.
struct PopulationModels {
  let population: Population
  let journalist: AttackerRisk
  let marketer: Double
  let uniqueness: PopulationUniqueness
  let individualRisk: IndividualRisk?

  init(
    partition: Partition, histogram: ClassSizeHistogram, dataset: Dataset, file: String,
    options: ScanOptions, quasiIdentifiers: [EncodedColumn], weight: EncodedColumn?,
    source: PopulationSource?
  ) throws(ScanError) {
    let records = partition.recordCount
    do {
      let classes: PopulationClassSizes
      var sourceSize: Int?
      switch source {
      case nil:
        classes = PopulationClassSizes(partition: partition)
      case .superset(let superset):
        classes = try PopulationClassSizes(
          partition: partition, sampleColumns: quasiIdentifiers,
          supersetColumns: try ScanColumns.resolve(
            options.quasiIdentifiers, in: superset, file: file))
        sourceSize = superset.recordCount
      case .table(let table, let countColumn):
        let counts = try Self.counts(table, countColumn, file: file)
        classes = try PopulationClassSizes(
          partition: partition, sampleColumns: quasiIdentifiers,
          supersetColumns: try ScanColumns.resolve(options.quasiIdentifiers, in: table, file: file),
          recordCounts: counts)
        sourceSize = counts.reduce(0, +)  // at most 2^53: `counts` checks it
      }
      switch options.population {
      case .size(let size): population = try Population(size: size, recordCount: records)
      case .samplingFraction(let fraction):
        population = try Population(samplingFraction: fraction, recordCount: records)
      case .file:
        population =
          try sourceSize.map { try Population(size: $0, recordCount: records) }
          ?? Population(fileOf: records)
      }
      journalist = AttackerRisk(journalist: classes, threshold: options.threshold)
      marketer = AttackerRisk.marketerAverageRiskPerRecord(classes)
      uniqueness = PopulationUniqueness(histogram: histogram, population: population)
      if let weightColumn = weight {
        switch weightColumn.numbers() {
        case .success(let weights):
          individualRisk = try IndividualRisk(partition: partition, weights: weights)
        case .failure(let error):
          throw ScanError(
            file: file,
            reason: "record \(dataset.recordNumber(ofRecord: error.record)) (line"
              + " \(dataset.lines.line(ofRecord: error.record))), column"
              + " \(weightColumn.index + 1) (\(MessageText.name(weightColumn.name))): the weight"
              + " is not a number; survey weights are positive numbers")
        }
      } else {
        individualRisk = nil
      }
    } catch let error as PopulationError {
      throw ScanError(file: file, reason: error.description)
    } catch let error as ScanError {
      throw error
    } catch {
      throw ScanError(file: file, reason: "\(error)")
    }
  }

  /// The counts of a population table, refused when their sum passes 2^53: each count and
  /// each class's sum is then below it too, so no addition can wrap around.
  private static func counts(_ table: Dataset, _ name: String, file: String) throws -> [Int] {
    guard let column = table.column(named: name) else { return [] }
    var parsed: [Int?] = []
    for code in 0..<Int32(column.dictionary.count) {
      parsed.append(Int(column.dictionary.string(of: code)).flatMap { $0 >= 0 ? $0 : nil })
    }
    var total = 0
    return try column.codes.enumerated().map { record, code in
      guard let count = parsed[Int(code)] else {
        throw ScanError(
          file: "population table",
          reason: "record \(table.recordNumber(ofRecord: record)) (line"
            + " \(table.lines.line(ofRecord: record))), column \(column.index + 1)"
            + " (\(MessageText.name(column.name))): the count is not a whole number of people")
      }
      total += min(count, Population.largestSize + 1)
      guard total <= Population.largestSize else {
        throw ScanError(
          file: file,
          reason: PopulationError.populationTooLarge(size: Double(total), origin: .table)
            .description)
      }
      return count
    }
  }
}
