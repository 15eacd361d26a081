/// The main job: from a dataset and the options, the partition, every figure and the flags.
public struct Scan: Sendable {
  public let report: ScanReport
  public let partition: Partition
  private let dataset: Dataset
  private let options: ScanOptions

  /// Measures `dataset`, which must hold the columns of `options.requestedColumns`.
  public init(dataset: Dataset, file: String, options: ScanOptions) {
    let quasiIdentifiers = options.quasiIdentifiers.compactMap { dataset.column(named: $0) }
    let isMissing = quasiIdentifiers.map { $0.missingCodes(tokens: options.missingTokens) }
    let partition = Partition(
      columns: quasiIdentifiers.map(\.codes), isMissing: isMissing, policy: options.missingPolicy,
      distinctValues: quasiIdentifiers.map(\.dictionary.count))
    let histogram = partition.histogram
    let records = histogram.recordCount
    let prosecutor = AttackerRisk(prosecutor: histogram, threshold: options.threshold)
    let uniques = RecordShare(records: histogram.sampleUniques, of: records)
    let flagged = histogram.records(inClassesSmallerThan: options.k)
    self.partition = partition
    self.dataset = dataset
    self.options = options
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
        let share = RecordShare(records: histogram.records(inClassesSmallerThan: bound), of: records)
        return SmallClassShare(below: bound, records: share.records, fraction: share.fraction)
      },
      prosecutor: prosecutor, flagged: .init(k: options.k, records: flagged),
      bounds: options.bounds.checks(
        k: histogram.smallestClass, prosecutor: prosecutor, uniqueFraction: uniques.fraction),
      warnings: dataset.skippedRecords.isEmpty
        ? []
        : ["skipped \(dataset.skippedRecords.count) records whose field count differs from the header's"
          + " (first: record \(dataset.skippedRecords[0].record), line \(dataset.skippedRecords[0].line))"])
  }

  /// The records in classes smaller than k, in file order; `showValues` adds their
  /// quasi-identifier values.
  public func findings(showValues: Bool = false) -> [Finding] {
    Finding.smallClassRecords(
      dataset: dataset, partition: partition,
      quasiIdentifiers: options.quasiIdentifiers.compactMap { dataset.column(named: $0) },
      idColumn: options.idColumn.flatMap { dataset.column(named: $0) }, k: options.k,
      showValues: showValues)
  }

  private static func recordsWithMissingValue(_ columns: [EncodedColumn], _ isMissing: [[Bool]]) -> Int {
    guard isMissing.contains(where: { $0.contains(true) }) else { return 0 }
    let count = columns.first?.codes.count ?? 0
    return (0..<count).reduce(0) { total, record in
      total + (columns.indices.contains { isMissing[$0][Int(columns[$0].codes[record])] } ? 1 : 0)
    }
  }
}
