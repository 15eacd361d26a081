extension Scan {
  /// A quasi-identifier column as grouped, and its generalization when it has one.
  struct GroupedColumn: Sendable {
    let column: EncodedColumn
    let generalization: GeneralizedColumn?
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
}
