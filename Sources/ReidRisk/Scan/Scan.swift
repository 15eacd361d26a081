/// The main job: from a dataset and the options, the partition, every figure and the flags.
public struct Scan: Sendable {
  public internal(set) var report: ScanReport
  public let partition: Partition
  /// One per sensitive column, in the order given.
  public let sensitiveAttributes: [SensitiveAttributeRisk]
  /// The attack scenarios, when asked for.
  public let scenarios: ScenarioEvaluation?
  let dataset: Dataset
  let options: ScanOptions
  /// The quasi-identifier columns as grouped (normalised when asked).
  let quasiIdentifiers: [EncodedColumn]
  /// The column that identifies a record in the flags (`--id`).
  private let idColumn: EncodedColumn?
  /// The minimal sample uniques, when asked for.
  public let uniqueness: UniquenessAnalysis?

  /// Measures `dataset`, which must hold the columns of `options.requestedColumns`;
  /// `populationSource` gives population class sizes (journalist and marketer models). Without
  /// quasi-identifiers in `options`, they are `suggestion`'s (made beforehand from profiles
  /// read in bounded memory, the dataset holding the columns it names), else suggested from
  /// the dataset's columns, which must then be all of the file's.
  public init(
    dataset read: consuming Dataset, file: String, options: ScanOptions,
    populationSource: PopulationSource? = nil, suggestion given: QuasiIdentifierSuggestion? = nil
  ) throws(ScanError) {
    var dataset = read  // owned: the columns it drops below are freed
    let suggested = options.suggestsQuasiIdentifiers
    var options = options
    var notes: [ScanWarning] = []
    if options.suggestsQuasiIdentifiers {
      let suggestion =
        given ?? QuasiIdentifierSuggestion(dataset: dataset, missingTokens: options.missingTokens)
      guard !suggestion.quasiIdentifiers.isEmpty else {
        throw ScanError(file: file, reason: QuasiIdentifierSuggestion.noneFound)
      }
      options.quasiIdentifiers = suggestion.quasiIdentifiers
      options.generalizations.merge(suggestion.generalizations) { given, _ in given }
      notes += [
        suggestion.note.map { ScanWarning(.quasiIdentifiersSuggested, $0) },
        suggestion.warning.map { ScanWarning(.directIdentifiers, $0) },
      ].compactMap { $0 }
    }
    var columns = try ScanColumns(dataset: dataset, options: options, file: file)
    try Self.refuseSensitiveQuasiIdentifiers(columns, file: file)
    let (generalized, normalisation) = try Self.grouped(
      columns.quasiIdentifiers, options: options, file: file)
    // the columns as read, where replaced by a copy, are freed
    columns.quasiIdentifiers = []
    dataset.release(replacedBy: generalized, keeping: columns, options: options)
    let quasiIdentifiers = generalized.map(\.column)
    let isMissing = quasiIdentifiers.map { $0.missingCodes(tokens: options.missingTokens) }
    let partition = Partition(
      columns: quasiIdentifiers.map(\.codes), isMissing: isMissing, policy: options.missingPolicy,
      distinctValues: quasiIdentifiers.map(\.dictionary.count))
    try Self.refuseEmptyAnalysis(partition: partition, dataset: dataset, file: file)
    let histogram = partition.histogram
    let uniqueness = try Self.uniqueness(
      quasiIdentifiers: quasiIdentifiers, partition: partition, options: options,
      suggested: suggested, file: file)
    let records = histogram.recordCount
    let prosecutor = AttackerRisk(prosecutor: histogram, threshold: options.threshold)
    let uniques = RecordShare(records: histogram.sampleUniques, of: records)
    let models = try PopulationModels(
      partition: partition, histogram: histogram, dataset: dataset, file: file, options: options,
      quasiIdentifiers: quasiIdentifiers, weight: columns.weight,
      source: Self.generalized(
        populationSource, like: generalized, missingTokens: options.missingTokens))
    let sensitiveOptions = options
    let sensitive = columns.sensitive
      .concurrentMap {
        SensitiveAttributeRisk(
          partition: partition, column: $0, l: sensitiveOptions.effectiveL,
          t: sensitiveOptions.effectiveT, recursiveL: sensitiveOptions.l,
          missingTokens: sensitiveOptions.missingTokens)
      }
    let scenarios =
      options.scenarios.isEmpty
      ? nil
      : ScenarioEvaluation(
        dataset: dataset, scenarios: options.scenarios.map { $0.resolve(in: dataset.header) },
        options: ScenarioOptions(
          k: options.k, normalises: options.normalises, missingTokens: options.missingTokens,
          missingPolicy: options.missingPolicy))
    self.partition = partition
    self.dataset = dataset
    self.options = options
    self.quasiIdentifiers = quasiIdentifiers
    self.idColumn = columns.id
    self.sensitiveAttributes = sensitive
    self.scenarios = scenarios
    self.uniqueness = uniqueness.analysis
    let summaries = sensitive.map(\.summary)
    var report = ScanReport(
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
      normalisation: normalisation,
      scenarios: scenarios?.report ?? [],
      flagged: .init(
        k: options.k,
        records: Self.findingRule(
          partition: partition, k: options.k, sensitive: sensitive, scenarios: scenarios
        ).flaggedRecords,
        firstLine: partition.firstRecord(inClassesSmallerThan: options.k).map {
          dataset.lines.line(ofRecord: $0)
        }),
      bounds: options.bounds.checks(
        BoundFigures(
          k: histogram.smallestClass, highestRisk: prosecutor.highestRisk,
          recordsAtRiskFraction: prosecutor.recordsAtRiskFraction,
          uniqueFraction: uniques.fraction,
          populationUniqueFraction: models.uniqueness.dankar.fraction, sensitive: summaries)),
      warnings: notes + Self.warnings(dataset: dataset),
      hasPopulationClassSizes: populationSource != nil, msu: uniqueness.analysis?.summary,
      attributeRisk: uniqueness.attributeRisk)
    report.generalizations = generalized.compactMap(GeneralizationNote.init)
    self.report = report
  }

  /// The flagged records, in file order: those in classes smaller than k, those whose class
  /// falls short of l or t on a sensitive column, and those an attack scenario singles out.
  /// `showValues` adds quasi-identifier values and names sensitive values in the reasons.
  public func findings(showValues: Bool = false) -> [Finding] {
    Self.findingRule(
      partition: partition, k: options.k, sensitive: sensitiveAttributes, scenarios: scenarios
    ).findings(
      dataset: dataset, quasiIdentifiers: quasiIdentifiers,
      idColumn: idColumn, showValues: showValues,
      uniqueness: uniqueness)
  }

  static func findingRule(
    partition: Partition, k: Int, sensitive: [SensitiveAttributeRisk],
    scenarios: ScenarioEvaluation?
  ) -> FindingRule {
    FindingRule(partition: partition, k: k, sensitive: sensitive, scenarios: scenarios)
  }

  /// A column given both as a quasi-identifier and as sensitive: every class then holds one
  /// sensitive value (distinct l = 1) and every record would be flagged, a meaningless result.
  private static func refuseSensitiveQuasiIdentifiers(_ columns: ScanColumns, file: String)
    throws(ScanError)
  {
    let quasiIdentifiers = Set(columns.quasiIdentifiers.map(\.index))
    for column in columns.sensitive where quasiIdentifiers.contains(column.index) {
      let name = column.name
      throw ScanError(file: file) { wording in
        "column \(quoted(name)) is given both as a quasi-identifier and"
          + (wording == .flags ? " with --sensitive" : " in sensitive")
          + "; a sensitive attribute is what the recipient must not learn, so it cannot be one"
          + " of the columns that single a person out: give it once"
      }
    }
  }

  /// A run that analysed no record would pass every bound: it is an error, with the reason.
  private static func refuseEmptyAnalysis(partition: Partition, dataset: Dataset, file: String)
    throws(ScanError)
  {
    guard partition.recordCount == 0 else { return }
    if dataset.recordCount == 0, let first = dataset.skippedRecords.first {
      let skipped = dataset.skippedRecords.count
      throw ScanError(file: file) { wording in
        "0 records analysed: \(wording.name("lenient")) skipped all \(skipped)"
          + " records, whose field counts differ from the header's (first: record"
          + " \(first.record), line \(first.line)); check the delimiter and the quoting"
      }
    }
    let excluded = partition.excludedCount
    throw ScanError(file: file) { wording in
      "0 records analysed: all \(excluded) records miss a quasi-identifier value and"
        + " \(wording.name("missing", value: "exclude")) leaves them out; use"
        + " \(wording.name("missing", value: "value")) or"
        + " \(wording.name("missing", value: "wildcard")), or choose other quasi-identifiers"
    }
  }

  private static func warnings(dataset: Dataset) -> [ScanWarning] {
    var warnings: [ScanWarning] = []
    if let open = dataset.openQuote {
      warnings.append(
        ScanWarning(
          .openQuote,
          "a quote opened on line \(open.line) is never closed where it should be: the \(open.records)"
            + " records after it were read as part of one field and are not analysed; close the"
            + " quote, or quote fields that contain quotes and double the quotes inside (\"\")"))
    }
    if let first = dataset.skippedRecords.first {
      warnings.append(
        ScanWarning(
          .skippedRecords,
          "skipped \(dataset.skippedRecords.count) records whose field count differs from the"
            + " header's (first: record \(first.record), line \(first.line))"))
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
