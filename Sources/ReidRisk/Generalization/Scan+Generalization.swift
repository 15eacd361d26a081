extension Scan {
  /// A quasi-identifier column as grouped, and its generalization when it has one.
  struct GroupedColumn: Sendable {
    let column: EncodedColumn
    let generalization: GeneralizedColumn?
  }

  /// `columns` as grouped: normalised when `options` asks (with a note per column), then
  /// generalized.
  static func grouped(_ columns: [EncodedColumn], options: ScanOptions, file: String)
    throws(ScanError) -> ([GroupedColumn], [NormalisationNote])
  {
    guard options.normalises else {
      return (try generalized(columns, options: options, file: file), [])
    }
    let normalised = columns.map { $0.normalised(missingTokens: options.missingTokens) }
    return (
      try generalized(normalised.map(\.column), options: options, file: file),
      normalised.map(NormalisationNote.init)
    )
  }

  /// `columns` with the levels of `options.generalizations` applied (keyed by the name as
  /// requested); a level that does not fit a column's type stops the scan with its message.
  static func generalized(_ columns: [EncodedColumn], options: ScanOptions, file: String)
    throws(ScanError) -> [GroupedColumn]
  {
    // the columns are generalized at once on the available cores
    let results: [Result<GroupedColumn, GeneralizationError>] = columns.concurrentMap { column in
      guard let level = options.generalizations[column.requestedName] else {
        return .success(GroupedColumn(column: column, generalization: nil))
      }
      do throws(GeneralizationError) {
        let result = try column.generalized(level, missingTokens: options.missingTokens)
        return .success(GroupedColumn(column: result.column, generalization: result))
      } catch {
        return .failure(error)
      }
    }
    var grouped: [GroupedColumn] = []
    for result in results {
      switch result {
      case .success(let column): grouped.append(column)
      case .failure(let error): throw ScanError(file: file, reason: error.description)
      }
    }
    return grouped
  }

  /// `source` with the quasi-identifiers generalized as `grouped` generalized the file's, so
  /// that superset or population-table values compare with the file's generalized values.
  static func generalized(
    _ source: PopulationSource?, like grouped: [GroupedColumn], missingTokens: [String]
  ) -> PopulationSource? {
    let rules = Dictionary(
      grouped.compactMap { column in
        column.generalization.map { (column.column.requestedName, $0.rule) }
      },
      uniquingKeysWith: { first, _ in first })
    guard let source, !rules.isEmpty else { return source }
    func generalize(_ dataset: Dataset) -> Dataset {
      Dataset(
        header: dataset.header,
        columns: dataset.columns.map { column in
          rules[column.requestedName].map {
            column.generalized(by: $0, missingTokens: missingTokens)
          } ?? column
        },
        recordCount: dataset.recordCount, skippedRecords: dataset.skippedRecords,
        lines: dataset.lines)
    }
    switch source {
    case .superset(let dataset): return .superset(generalize(dataset))
    case .table(let dataset, let countColumn):
      return .table(generalize(dataset), countColumn: countColumn)
    }
  }
}
