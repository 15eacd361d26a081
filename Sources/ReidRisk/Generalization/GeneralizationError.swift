/// Why a quasi-identifier list or one of its levels cannot be used. The description is the
/// one-line message the user sees: it names the column and, where the data decided, the
/// column's inferred type and the levels that type takes.
public enum GeneralizationError: Error, Equatable, CustomStringConvertible {
  /// A level no column takes ("birth_date:yr").
  case unknownLevel(column: String, level: String)
  /// A level that does not fit the column's inferred type ("gender:year").
  case levelDoesNotFit(
    column: String, type: ValueType, level: Generalization, allowed: String)
  /// A quoted name without its closing quote.
  case unterminatedQuote(String)
  /// Text between a quoted name's closing quote and the next colon or comma.
  case textAfterQuotedName(column: String)
  /// A level with no column name (":3").
  case missingName(String)
  /// The same column given twice with two levels.
  case conflictingLevels(column: String, first: Generalization, second: Generalization)

  public var description: String {
    switch self {
    case .unknownLevel(let column, let level):
      return "\(quoted(column)): unknown generalization level \(quoted(level)); levels are "
        + Generalization.allLevelsText
    case .levelDoesNotFit(let column, let type, let level, let allowed):
      return "\(quoted(column)) holds \(type.rawValue.replacingUnderscores) values, which"
        + " :\(level) does not fit; it takes \(allowed)"
    case .unterminatedQuote(let text):
      return "the quasi-identifier list \(quoted(text)) opens a quote it does not close;"
        + " write a name holding commas as \"zip,code\":3"
    case .textAfterQuotedName(let column):
      return "\(quoted(column)): a quoted name must be followed by a colon and a level, a comma"
        + " or the end of the list"
    case .missingName(let text):
      return "the quasi-identifier list \(quoted(text)) has a level without a column name"
    case .conflictingLevels(let column, let first, let second):
      return "\(quoted(column)) is given twice, at :\(first) and at :\(second); give it once"
    }
  }
}

extension String {
  fileprivate var replacingUnderscores: String {
    String(map { $0 == "_" ? " " : $0 })
  }
}
