/// Why a file could not be read as a dataset. The description is the one-line message a user
/// sees: it names the file, the record and the line where one applies, and what to do.
///
/// Records are numbered from 1 after the header; lines are physical lines of the file, from 1,
/// counting the header (a quoted field may span lines, so the two differ).
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
  case empty(file: String)
  case headerOnly(file: String)
  case headerTooLarge(file: String, limit: Int)
  /// The header errors carry the header's line: 1, or later when blank lines come first
  /// (they are skipped, and counted).
  case malformedHeader(file: String, line: Int = 1)
  case invalidUTF8InHeader(file: String, column: Int, line: Int = 1)
  case duplicateHeader(file: String, name: String, columns: [Int], line: Int = 1)
  case unknownColumns(file: String, names: [String], header: [String], line: Int = 1)
  case ambiguousColumn(file: String, name: String, matches: [String], line: Int = 1)
  case malformedQuote(file: String, record: Int, line: Int)
  case fieldTooLarge(file: String, record: Int, line: Int, limit: Int)
  case wrongFieldCount(file: String, record: Int, line: Int, expected: Int, found: Int)
  case outOfMemory(file: String, record: Int, line: Int)
  case parser(file: String, record: Int, line: Int, code: Int)
  case tooManyDistinctValues(file: String, column: Int, name: String, limit: Int)
  case tooManyRecords(file: String, limit: Int)

  public var description: String { message(.flags) }

  /// The one-line message, its remedy's settings named as `wording` names them (`--lenient`
  /// for `scan`, `lenient: true` for a policy's `check`).
  public func message(_ wording: SettingWording) -> String {
    let text = problem(wording)
    let file = self.file
    guard text.hasPrefix(file) else { return MessageText.capped(text) }
    return MessageText.capped(MessageText.file(file) + text.dropFirst(file.count))
  }

  /// The file the error is about.
  public var file: String {
    switch self {
    case .empty(let file), .headerOnly(let file), .headerTooLarge(let file, _),
      .malformedHeader(let file, _), .invalidUTF8InHeader(let file, _, _),
      .duplicateHeader(let file, _, _, _), .unknownColumns(let file, _, _, _),
      .ambiguousColumn(let file, _, _, _), .malformedQuote(let file, _, _),
      .fieldTooLarge(let file, _, _, _), .wrongFieldCount(let file, _, _, _, _),
      .outOfMemory(let file, _, _), .parser(let file, _, _, _),
      .tooManyDistinctValues(let file, _, _, _), .tooManyRecords(let file, _):
      return file
    }
  }

  private func problem(_ wording: SettingWording) -> String {
    switch self {
    case .empty(let file):
      return "\(file): the file is empty; expected a header line and at least one record"
    case .headerOnly(let file):
      return "\(file): the file has a header but no records"
    case .headerTooLarge(let file, let limit):
      return "\(file): no end of the header line in the first \(limit >> 20) MiB;"
        + " is this a CSV file?"
    case .malformedHeader(let file, let line):
      return "\(file): line \(line), the header: a quote is misplaced or never closed; is this a"
        + " CSV file? Quote names that contain quotes and double the quotes inside (\"\")"
    case .invalidUTF8InHeader(let file, let column, let line):
      return "\(file): line \(line), column \(column): the header name is not valid UTF-8;"
        + " save the file as UTF-8"
    case .duplicateHeader(let file, _, let columns, let line):
      // The name is not shown: in a file without a header, it is a cell value.
      let list = columns.map(String.init).joined(separator: " and ")
      return "\(file): line \(line): columns \(list) of the header have the same name;"
        + " rename one so that columns can be chosen by name"
    case .unknownColumns(let file, let names, let header, _):
      // The header is never listed: in a file without one, its first line is a record.
      let plural = names.count == 1 ? "column" : "columns"
      let guess = names.prefix(3).lazy.compactMap { MessageText.nearMiss(to: $0, among: header) }
        .first
      return "\(file): no \(plural) \(MessageText.list(names)) among the \(header.count) columns"
        + " of the header"
        + (guess.map { "; did you mean \(MessageText.name($0))?" }
          ?? "; is the first line a header? `reidrisk columns` lists the names")
    case .ambiguousColumn(let file, let name, let matches, _):
      return "\(file): \(MessageText.name(name)) matches \(MessageText.list(matches))"
        + " when case is ignored; give the exact name"
    case .malformedQuote(let file, let record, let line):
      return "\(file): record \(record) (line \(line)): a quote is misplaced or never closed;"
        + " quote fields that contain quotes and double the quotes inside (\"\"), or use"
        + " \(wording.name("lenient"))"
    case .fieldTooLarge(let file, let record, let line, let limit):
      return "\(file): record \(record) (line \(line)): a field is larger than"
        + " \(limit >> 20) MiB; is a quote left open?"
    case .wrongFieldCount(let file, let record, let line, let expected, let found):
      return "\(file): record \(record) (line \(line)) has \(found) fields, the header has"
        + " \(expected); fix the record or use \(wording.name("lenient")) to skip such records"
    case .outOfMemory(let file, let record, let line):
      return "\(file): record \(record) (line \(line)): out of memory while reading a field"
    case .tooManyDistinctValues(let file, let column, let name, let limit):
      return
        "\(file): column \(column) (\(MessageText.name(name))) has more than \(limit) distinct values;"
        + " a column with a value per record identifies by itself: leave it out of the"
        + " quasi-identifiers, generalise it, or raise \(wording.name("max_distinct"))"
    case .tooManyRecords(let file, let limit):
      return "\(file): more than \(limit) records; split the file and scan the parts"
    case .parser(let file, let record, let line, let code):
      return "\(file): record \(record) (line \(line)): the CSV parser failed with code \(code)"
    }
  }
}

/// A value or name from the input, quoted for a message: quotes and backslashes escaped,
/// control characters made visible, at most `limit` characters (cut with "…").
/// `quoted("a\"b")` is `"a\"b"`; `quoted("abcdef", limit: 4)` is `"abc…"`.
public func quoted(_ value: String, limit: Int = .max) -> String {
  let short =
    limit == .max || value.count <= limit ? Substring(value) : value.prefix(limit - 1) + "…"
  var result = "\""
  for scalar in short.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    case _ where scalar.properties.generalCategory == .control:
      result += "\\u{\(String(scalar.value, radix: 16))}"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}
