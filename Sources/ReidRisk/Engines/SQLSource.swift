/// Where an engine's records come from: a table, a table function over files, or a query.
///
/// Read from `--table` or `--query`, never spliced: a table's name parts become quoted
/// identifiers; a table function's path becomes a string literal (DuckDB's
/// `read_parquet('...')`) or a quoted identifier (Spark's ``parquet.`...` ``) that reidrisk
/// writes itself; a query is run as a subquery on lines of its own, after a check that it is
/// one statement.
///
/// `--table "sales.members"` is the name parts `sales` and `members` (`"sales"."members"` in
/// PostgreSQL); `--table "read_parquet('x/*.parquet')"` is DuckDB's `read_parquet` over
/// `x/*.parquet`; ``--table "parquet.`/data/members`"`` is Spark's Parquet reader over
/// `/data/members`. DuckDB's `read_csv` is given `all_varchar = true`, so that each value is
/// its text as written (`02139`, not the number 2139), as a scan of the file reads it.
public enum SQLSource: Sendable, Equatable {
  /// A table or view: the parts of its dotted name (`catalog.schema.table`).
  case table([String])
  /// A table function reading files: DuckDB's `read_parquet`, `read_csv`, `read_json` (with
  /// their `_auto` forms), or Spark's `parquet`, `orc`, `json`, `csv`, `avro`, `delta` prefix.
  case tableFunction(function: String, path: String)
  /// A `SELECT` the user wrote, run as a subquery.
  case query(String)

  static let duckdbFunctions = [
    "read_parquet", "parquet_scan", "read_csv", "read_csv_auto", "read_json", "read_json_auto",
  ]
  static let sparkFormats = ["parquet", "orc", "json", "csv", "avro", "delta"]

  /// The source `--table` names.
  public init(table written: String) throws(SQLError) {
    let table = written.trimmingEdgeSpaces
    guard !table.isEmpty else { throw .unreadableTable(written) }
    if let open = table.firstIndex(of: "("), table.hasSuffix(")") {
      let function = table[..<open].trimmingEdgeSpaces.lowercased()
      let argument = table[table.index(after: open)..<table.index(before: table.endIndex)]
      guard Self.duckdbFunctions.contains(function),
        let path = Self.quoted(argument.trimmingEdgeSpaces, by: "'")
      else { throw .unreadableTable(written) }
      self = .tableFunction(function: function, path: path)
      return
    }
    if let dot = table.firstIndex(of: "."),
      Self.sparkFormats.contains(table[..<dot].lowercased()),
      let path = Self.quoted(String(table[table.index(after: dot)...]), by: "`")
    {
      self = .tableFunction(function: table[..<dot].lowercased(), path: path)
      return
    }
    guard let parts = Self.nameParts(table) else { throw .unreadableTable(written) }
    self = .table(parts)
  }

  /// The source `--query` gives: one statement, a final `;` dropped.
  public init(query written: String) throws(SQLError) {
    var query = Substring(written)
    while let last = query.last, last == ";" || last.isWhitespace { query = query.dropLast() }
    guard !query.allSatisfy(\.isWhitespace) else { throw .emptyQuery }
    try Self.checkOneStatement(query)
    self = .query(String(query))
  }

  /// The relation to select from, aliased `source`.
  func relation(_ dialect: SQLDialect) throws(SQLError) -> String {
    switch self {
    case .table(let parts):
      var quoted: [String] = []
      for part in parts { quoted.append(try dialect.identifier(part)) }
      return quoted.joined(separator: ".") + " AS source"
    case .tableFunction(let function, let path):
      if Self.duckdbFunctions.contains(function) {
        guard dialect == .duckdb else {
          throw .tableFunctionNotInDialect(function: function, dialect: dialect)
        }
        // a CSV file's values as written, never typed: '02139' stays '02139', as in a scan
        let options = function.hasPrefix("read_csv") ? ", all_varchar = true" : ""
        return "\(function)(\(try dialect.literal(path))\(options)) AS source"
      }
      guard dialect == .spark else {
        throw .tableFunctionNotInDialect(function: function, dialect: dialect)
      }
      return "\(function).\(try dialect.identifier(path)) AS source"
    case .query(let query):
      return "(\n\(query)\n) AS source"
    }
  }

  /// The text inside `quote` ... `quote` with doubled quotes undoubled; nil when `text` is not
  /// one such quoted run.
  static func quoted(_ text: String, by quote: Character) -> String? {
    guard text.count >= 2, text.first == quote, text.last == quote else { return nil }
    var inner = ""
    var characters = text.dropFirst().dropLast()[...]
    while let character = characters.first {
      characters = characters.dropFirst()
      if character == quote {
        guard characters.first == quote else { return nil }
        characters = characters.dropFirst()
      }
      inner.append(character)
    }
    return inner
  }

  /// The parts of a dotted name: bare parts (no quote, parenthesis or space) or parts in
  /// double quotes or backticks, doubled inside; nil when `text` is not such a name.
  static func nameParts(_ text: String) -> [String]? {
    var parts: [String] = []
    var rest = Substring(text)
    while true {
      if let quote = rest.first, quote == "\"" || quote == "`" {
        var part = ""
        var closed = false
        rest = rest.dropFirst()
        while let character = rest.first {
          rest = rest.dropFirst()
          if character == quote {
            if rest.first == quote {
              part.append(quote)
              rest = rest.dropFirst()
            } else {
              closed = true
              break
            }
          } else {
            part.append(character)
          }
        }
        guard closed, !part.isEmpty else { return nil }
        parts.append(part)
      } else {
        let bare = rest.prefix { $0 != "." }
        let forbidden: Set<Character> = ["\"", "`", "'", "(", ")", ";", " ", "\t", "\n", "\r"]
        guard !bare.isEmpty, !bare.contains(where: forbidden.contains) else { return nil }
        parts.append(String(bare))
        rest = rest.dropFirst(bare.count)
      }
      if rest.isEmpty { return parts }
      guard rest.first == "." else { return nil }
      rest = rest.dropFirst()
    }
  }

  /// Throws when `query` holds a `;` outside quoted text, quoted names and comments, or ends
  /// inside one of them, read each way an engine may read it: with and without backslash
  /// escapes in quotes (Spark, BigQuery and Snowflake have them), with and without backticks as
  /// quotes (PostgreSQL has none). A query one engine would split is refused by all. Dollar
  /// quotes (PostgreSQL's `$$...$$`) are not recognised, so a `;` inside one is refused too:
  /// a refusal, never a second statement.
  static func checkOneStatement(_ query: Substring) throws(SQLError) {
    for backslashes in [false, true] {
      for backticks in [false, true] {
        try checkOneStatement(query, backslashes: backslashes, backticks: backticks)
      }
    }
  }

  private static func checkOneStatement(
    _ query: Substring, backslashes: Bool, backticks: Bool
  ) throws(SQLError) {
    var characters = query[...]
    while let character = characters.first {
      characters = characters.dropFirst()
      switch character {
      case ";": throw .severalStatements
      case "'", "\"", "`":
        if character == "`" && !backticks { continue }
        var closed = false
        while let inner = characters.first {
          characters = characters.dropFirst()
          if inner == "\\" && backslashes && character != "`" {
            characters = characters.dropFirst()
            continue
          }
          if inner == character {
            if characters.first == character {
              characters = characters.dropFirst()
              continue
            }
            closed = true
            break
          }
        }
        guard closed else { throw .unterminatedQuery }
      case "-" where characters.first == "-":
        characters = characters.drop { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
      case "/" where characters.first == "*":
        characters = characters.dropFirst()
        var closed = false
        while let inner = characters.first {
          characters = characters.dropFirst()
          if inner == "*" && characters.first == "/" {
            characters = characters.dropFirst()
            closed = true
            break
          }
        }
        guard closed else { throw .unterminatedQuery }
      default: break
      }
    }
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at its edges.
  fileprivate var trimmingEdgeSpaces: String {
    let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }
    return String(
      String.UnicodeScalarView(scalars.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
  }
}
