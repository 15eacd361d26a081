/// A SQL engine reidrisk writes queries for: how it quotes names and text, marks a bound
/// parameter, casts to text and hashes.
///
/// | dialect | identifier | text literal | parameter | MD5 as hex |
/// | --- | --- | --- | --- | --- |
/// | `postgres` | `"a""b"` | `'it''s'` | `$1` | `md5(t)` |
/// | `duckdb` | `"a""b"` | `'it''s'` | `$1` | `md5(t)` |
/// | `spark` | `` `a``b` `` | `'it\'s'` | `:p1` | `md5(t)` |
/// | `bigquery` | `` `a\`b` `` | `'it\'s'` | `@p1` | `TO_HEX(MD5(t))` |
/// | `trino` | `"a""b"` | `'it''s'` | `?` | `lower(to_hex(md5(to_utf8(t))))` |
/// | `snowflake` | `"a""b"` | `'it\'s'` | `?` | `MD5(t)` |
///
/// Sources: each engine's reference for lexical structure (PostgreSQL 4.1, DuckDB "Keywords and
/// Identifiers", Spark SQL "Identifiers", BigQuery "Lexical structure", Trino "Identifiers",
/// Snowflake "Identifier requirements").
public enum SQLDialect: String, Sendable, CaseIterable, Codable {
  case postgres, duckdb, spark, bigquery, trino, snowflake

  /// The dialects in words, for messages and `--help`.
  public static let allNames = allCases.map(\.rawValue).joined(separator: ", ")

  /// `name` quoted as one identifier: `zip "code"` is `"zip ""code"""` in PostgreSQL and
  /// `` `zip "code"` `` in Spark. A name that is empty or holds a NUL byte is refused: no
  /// engine keeps one, and a NUL could cut the query short in a C client.
  public func identifier(_ name: String) throws(SQLError) -> String {
    guard !name.isEmpty else { throw .emptyName }
    guard !name.unicodeScalars.contains("\0") else { throw .nulInName }
    switch self {
    case .postgres, .duckdb, .trino, .snowflake:
      return "\"" + name.replacing("\"", with: "\"\"") + "\""
    case .spark:
      return "`" + name.replacing("`", with: "``") + "`"
    case .bigquery:
      return "`" + Self.backslashEscaped(name, quote: "`") + "`"
    }
  }

  /// `text` as a string literal: `it's` is `'it''s'` where the engine reads no backslash escape
  /// (PostgreSQL with `standard_conforming_strings` on, as it is by default since 9.1; DuckDB;
  /// Trino), `'it\'s'` where it does (Spark, BigQuery, Snowflake). A NUL byte is refused.
  public func literal(_ text: String) throws(SQLError) -> String {
    guard !text.unicodeScalars.contains("\0") else { throw .nulInText }
    switch self {
    case .postgres, .duckdb, .trino:
      return "'" + text.replacing("'", with: "''") + "'"
    case .spark, .bigquery, .snowflake:
      return "'" + Self.backslashEscaped(text, quote: "'") + "'"
    }
  }

  /// The placeholder for the parameter at `index` (0-based): `$1`, `:p1`, `@p1` or `?`.
  public func placeholder(_ index: Int) -> String {
    switch self {
    case .postgres, .duckdb: "$\(index + 1)"
    case .spark: ":p\(index + 1)"
    case .bigquery: "@p\(index + 1)"
    case .trino, .snowflake: "?"
    }
  }

  /// The name of the text type, for `CAST(x AS ...)`.
  var textType: String {
    switch self {
    case .postgres: "text"
    case .duckdb, .trino, .snowflake: "VARCHAR"
    case .spark, .bigquery: "STRING"
    }
  }

  /// The name of the 64-bit integer type.
  var integerType: String {
    switch self {
    case .bigquery: "INT64"
    default: "BIGINT"
    }
  }

  /// `expression` cast to text.
  func text(_ expression: String) -> String { "CAST(\(expression) AS \(textType))" }

  /// `expression` (text) cast to a 64-bit integer.
  func integer(_ expression: String) -> String { "CAST(\(expression) AS \(integerType))" }

  /// The lowercase hexadecimal MD5 (32 characters) of the UTF-8 bytes of the text `expression`.
  func md5Hex(_ expression: String) -> String {
    switch self {
    case .postgres, .duckdb, .spark: "md5(\(expression))"
    case .bigquery: "TO_HEX(MD5(\(expression)))"
    case .trino: "lower(to_hex(md5(to_utf8(\(expression)))))"
    case .snowflake: "MD5(\(expression))"
    }
  }

  /// Whether the whole of the text `expression` matches `pattern`, a regular expression
  /// written with `[...]`, `{n}`, `?`, `|` and groups only, and no backslash, so that it means
  /// the same in each engine's regular-expression library and string literal. Java's and
  /// Joni's `$` also match before a final line feed, so Spark and Trino compare the match with
  /// the text instead of anchoring (the text is never empty, so Trino's NULL for no match,
  /// made '', never equals it).
  func matchesWhole(_ expression: String, _ pattern: String) -> String {
    switch self {
    case .postgres: "(\(expression) ~ '^(\(pattern))$')"
    case .duckdb: "regexp_full_match(\(expression), '\(pattern)')"
    case .spark: "(regexp_extract(\(expression), '^(\(pattern))$', 0) = \(expression))"
    case .bigquery: "REGEXP_CONTAINS(\(expression), '^(\(pattern))$')"
    case .trino: "(coalesce(regexp_extract(\(expression), '^(\(pattern))$'), '') = \(expression))"
    case .snowflake: "REGEXP_LIKE(\(expression), '\(pattern)')"
    }
  }

  /// `text` with `\` and `quote` escaped by a backslash, and line feed, carriage return and
  /// tab as `\n`, `\r`, `\t` (Spark, BigQuery and Snowflake read these three alike; other
  /// characters are kept as they are, which each of them reads as itself).
  private static func backslashEscaped(_ text: String, quote: Character) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\\": escaped += "\\\\"
      case quote: escaped += "\\" + String(quote)
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\r\n": escaped += "\\r\\n"
      case "\t": escaped += "\\t"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
