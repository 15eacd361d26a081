/// Why class counts could not be read or combined: where (the source, and the line and column
/// when a row is at fault) and what to do. Never a value of the row: a key, a count or a name
/// read from the file is described, not quoted.
public struct ClassCountsError: Error, Equatable, CustomStringConvertible {
  /// The file or engine the rows came from.
  public let source: String
  /// The line (from 1) of the row at fault, when one is.
  public let line: Int?
  /// The column (from 1) and its name in the format (`key`, `count`...), when one is at fault.
  public let column: Int?
  public let field: String?
  public let reason: String

  public init(
    source: String, line: Int? = nil, column: Int? = nil, field: String? = nil, reason: String
  ) {
    self.source = source
    self.line = line
    self.column = column
    self.field = field
    self.reason = reason
  }

  /// `counts.csv: line 4, column 3 (count): the count is not a whole number of at least 1; ...`,
  /// at most 300 characters.
  public var description: String {
    var place: [String] = []
    if let line { place.append("line \(line)") }
    if let column {
      place.append("column \(column)" + (field.map { " (\($0))" } ?? ""))
    } else if let field {
      place.append("field \(field)")
    }
    let prefix =
      MessageText.file(source) + (place.isEmpty ? "" : ": " + place.joined(separator: ", "))
    return MessageText.capped("\(prefix): \(reason)")
  }
}
