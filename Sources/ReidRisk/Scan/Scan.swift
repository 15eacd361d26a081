/// The main job: from a dataset and the options, the partition, every figure and the flags.
public struct Scan: Sendable {
  public let report: ScanReport
  public let partition: Partition
  /// One per sensitive column, in the order given.
  public let sensitiveAttributes: [SensitiveAttributeRisk]
  private let dataset: Dataset
  private let options: ScanOptions

  /// Measures `dataset`, which must hold the columns of `options.requestedColumns`;
  /// `populationSource` gives population class sizes (journalist and marketer models).
  public init(
    dataset: Dataset, file: String, options: ScanOptions,
    populationSource: PopulationSource? = nil
  ) throws(ScanError) {
    let quasiIdentifiers = options.quasiIdentifiers.compactMap { dataset.column(named: $0) }
    let isMissing = quasiIdentifiers.map { $0.missingCodes(tokens: options.missingTokens) }
    let partition = Partition(
      columns: quasiIdentifiers.map(\.codes), isMissing: isMissing, policy: options.missingPolicy,
      distinctValues: quasiIdentifiers.map(\.dictionary.count))
    let histogram = partition.histogram
    let records = histogram.recordCount
    let prosecutor = AttackerRisk(prosecutor: histogram, threshold: options.threshold)
    let uniques = RecordShare(records: histogram.sampleUniques, of: records)
    let models = try PopulationModels(
      partition: partition, dataset: dataset, file: file, options: options,
      quasiIdentifiers: quasiIdentifiers, source: populationSource)
    let sensitive = options.sensitiveAttributes.compactMap { dataset.column(named: $0) }.map {
      SensitiveAttributeRisk(
        partition: partition, column: $0, l: options.effectiveL, t: options.effectiveT,
        recursiveL: options.l, missingTokens: options.missingTokens)
    }
    self.partition = partition
    self.dataset = dataset
    self.options = options
    self.sensitiveAttributes = sensitive
    let summaries = sensitive.map(\.summary)
    self.report = ScanReport(
      file: file, records: records, recordsExcluded: partition.excludedCount,
      recordsSkipped: dataset.skippedRecords.count,
      quasiIdentifiers: quasiIdentifiers.map(\.name),
      missing: .init(
        policy: options.missingPolicy, tokens: options.missingTokens,
        records: Self.recordsWithMissingValue(quasiIdentifiers, isMissing)),
      equivalenceClasses: histogram.classCount, k: histogram.smallestClass,
      classSizeHistogram: histogram.bins, sampleUniques: uniques,
      recordsInSmallClasses: ScanOptions.smallClassBounds.map { bound in
        let share = RecordShare(
          records: histogram.records(inClassesSmallerThan: bound), of: records)
        return SmallClassShare(below: bound, records: share.records, fraction: share.fraction)
      },
      prosecutor: prosecutor, population: models.population, journalist: models.journalist,
      marketer: .init(averageRiskPerRecord: models.marketer),
      populationUniqueness: models.uniqueness, individualRisk: models.individualRisk,
      sensitiveAttributes: summaries,
      flagged: .init(
        k: options.k,
        records: Self.flaggedRecords(partition: partition, k: options.k, sensitive: sensitive)),
      bounds: options.bounds.checks(
        k: histogram.smallestClass, prosecutor: prosecutor, uniqueFraction: uniques.fraction,
        populationUniques: models.uniqueness.dankar, sensitive: summaries),
      warnings: Self.warnings(dataset: dataset, population: models.population))
  }

  /// The flagged records, in file order: those in classes smaller than k and those whose class
  /// falls short of l or t on a sensitive column. `showValues` adds quasi-identifier values and
  /// names sensitive values in the reasons.
  public func findings(showValues: Bool = false) -> [Finding] {
    Finding.records(
      dataset: dataset, partition: partition,
      quasiIdentifiers: options.quasiIdentifiers.compactMap { dataset.column(named: $0) },
      idColumn: options.idColumn.flatMap { dataset.column(named: $0) }, k: options.k,
      sensitive: sensitiveAttributes, showValues: showValues)
  }

  private static func flaggedRecords(
    partition: Partition, k: Int, sensitive: [SensitiveAttributeRisk]
  ) -> Int {
    partition.classSizes.indices.reduce(0) { total, id in
      let size = partition.riskSizes[id]
      let flagged = size < k || sensitive.contains { $0.shortfall(ofClass: id) != nil }
      return total + (flagged ? partition.classSizes[id] : 0)
    }
  }

  private static func warnings(dataset: Dataset, population: Population) -> [String] {
    var warnings: [String] = []
    if let first = dataset.skippedRecords.first {
      warnings.append(
        "skipped \(dataset.skippedRecords.count) records whose field count differs from the"
          + " header's (first: record \(first.record), line \(first.line))")
    }
    return warnings
  }

  private static func recordsWithMissingValue(_ columns: [EncodedColumn], _ isMissing: [[Bool]])
    -> Int
  {
    guard isMissing.contains(where: { $0.contains(true) }) else { return 0 }
    let count = columns.first?.codes.count ?? 0
    return (0..<count).reduce(0) { total, record in
      total + (columns.indices.contains { isMissing[$0][Int(columns[$0].codes[record])] } ? 1 : 0)
    }
  }
}
