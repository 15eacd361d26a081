extension Scan {
  /// A quasi-identifier column as grouped, and its generalization when it has one.
  struct GroupedColumn {
    let column: EncodedColumn
    let generalization: GeneralizedColumn?
  }

  /// `columns` with the levels of `options.generalizations` applied (keyed by the name as
  /// requested); a level that does not fit a column's type stops the scan with its message.
  static func generalized(_ columns: [EncodedColumn], options: ScanOptions, file: String)
    throws(ScanError) -> [GroupedColumn]
  {
    var grouped: [GroupedColumn] = []
    for column in columns {
      guard let level = options.generalizations[column.requestedName] else {
        grouped.append(GroupedColumn(column: column, generalization: nil))
        continue
      }
      do {
        let result = try column.generalized(level, missingTokens: options.missingTokens)
        grouped.append(GroupedColumn(column: result.column, generalization: result))
      } catch {
        throw ScanError(file: file, reason: error.description)
      }
    }
    return grouped
  }
}
