extension Scan {
  /// Measures class counts (an engine's result, or a file's emitted counts) as `init(dataset:)`
  /// measures the file they were counted from: the same report, figure for figure, except
  /// what needs the records themselves (docs/class-counts.md): no line of the first flagged
  /// record, no notes on what generalization or normalisation did to the values, and no
  /// per-record flags, survey weights or attack scenarios (refused here).
  ///
  /// `options.quasiIdentifiers` name the key's quasi-identifiers in order; their
  /// generalizations and normalisation were applied where the counts were made, so they are
  /// not applied again. A population table or superset is hashed the same way to find the
  /// population class sizes.
  public init(
    classCounts: ClassCounts, file: String, options: ScanOptions,
    populationSource: PopulationSource? = nil
  ) throws(ScanError) {
    try Self.refuseRecordSettings(options, file: file)
    guard options.quasiIdentifiers.count == classCounts.quasiIdentifierCount else {
      throw ScanError(
        file: file,
        reason: "the keys hold \(classCounts.quasiIdentifierCount) quasi-identifiers, not the"
          + " \(options.quasiIdentifiers.count) given; give those the keys were made of")
    }
    var inner = options
    inner.generalizations = [:]
    inner.normalises = false
    let dataset = try classCounts.records(
      quasiIdentifiers: options.quasiIdentifiers, sensitive: options.sensitiveAttributes,
      missingTokens: options.missingTokens, file: file)
    let hashed = try populationSource.map { source throws(ScanError) in
      try Self.hashed(source, options: options, file: file)
    }
    try self.init(dataset: dataset, file: file, options: inner, populationSource: hashed)
    report.flagged.firstLine = nil  // the counts hold no lines
  }

  /// Each class of `counts`, in their order, flagged or not, when this scan measured them
  /// (`init(classCounts:)`): nil when a file's flags would list none of its records, else its
  /// size and the reason they would give (k, then each sensitive column's l or t). Class j's
  /// records are the f_j after those of the classes before it, so its first tells its class in
  /// the partition (none under `--missing exclude` when a quasi-identifier is missing).
  public func classFlags(of counts: ClassCounts) -> [ClassFlag?] {
    let rule = Self.findingRule(
      partition: partition, k: options.k, sensitive: sensitiveAttributes, scenarios: nil)
    let names = quasiIdentifiers.map(\.name)
    var first = 0
    return counts.counts.map { size in
      defer { first += size }
      guard size > 0, first < partition.classOfRecord.count else { return nil }
      let id = Int(partition.classOfRecord[first])
      guard id >= 0, let reason = rule.reason(ofClass: id, columns: names, showValues: false)
      else { return nil }
      return ClassFlag(size: partition.riskSizes[id], reason: reason)
    }
  }

  /// Settings that need each record, which class counts do not hold.
  private static func refuseRecordSettings(_ options: ScanOptions, file: String)
    throws(ScanError)
  {
    let refused: [(Bool, String)] = [
      (options.idColumn != nil, "id"), (options.weightColumn != nil, "weight"),
      (!options.scenarios.isEmpty, "scenarios"),
    ]
    for (isSet, key) in refused where isSet {
      throw ScanError(file: file) { wording in
        "\(wording.name(key)) needs the records, and class counts hold only classes; scan the"
          + " file itself, or leave \(wording.name(key)) out"
      }
    }
    if options.suggestsQuasiIdentifiers {
      throw ScanError(file: file) { wording in
        "class counts need \(wording.name("quasi_identifiers")): those the keys were made of"
      }
    }
  }

  /// A superset or population table with its quasi-identifier values generalized as
  /// `options` asks, then replaced by the stand-ins of their digests, so that they compare
  /// with the classes' digests.
  static func hashed(_ source: PopulationSource, options: ScanOptions, file: String)
    throws(ScanError) -> PopulationSource
  {
    let missing = ClassCounts.missingText(options.missingTokens)
    func hash(_ dataset: Dataset) throws(ScanError) -> Dataset {
      var columns: [EncodedColumn] = []
      for column in dataset.columns {
        guard options.quasiIdentifiers.contains(column.requestedName) else {
          columns.append(column)
          continue
        }
        var source = column
        if let level = options.generalizations[column.requestedName] {
          do throws(GeneralizationError) {
            source = try column.generalized(level, missingTokens: options.missingTokens).column
          } catch {
            throw ScanError(file: file, reason: error.description)
          }
        }
        var dictionary = ValueDictionary()
        let map = (0..<Int32(source.dictionary.count)).map { code in
          dictionary.code(
            of: Array(
              ClassCounts.standIn(MD5.digest(source.dictionary.bytes(of: code)), missing: missing)
                .utf8))
        }
        columns.append(
          EncodedColumn(
            requestedName: source.requestedName, name: source.name, index: source.index,
            dictionary: dictionary, codes: source.codes.map { map[Int($0)] }))
      }
      return Dataset(
        header: dataset.header, columns: columns, recordCount: dataset.recordCount,
        skippedRecords: dataset.skippedRecords, lines: dataset.lines)
    }
    switch source {
    case .superset(let dataset): return .superset(try hash(dataset))
    case .table(let dataset, let countColumn):
      return .table(try hash(dataset), countColumn: countColumn)
    }
  }
}
