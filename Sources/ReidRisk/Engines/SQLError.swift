/// Why reidrisk cannot write a query for an engine. Each message says what to change.
public enum SQLError: Error, Equatable, Sendable, CustomStringConvertible {
  case emptyName
  case nulInName
  case nulInText
  case noQuasiIdentifiers
  /// More quasi-identifiers than the missing mask holds (63).
  case tooManyQuasiIdentifiers(Int)
  /// A generalization whose meaning depends on the column's inferred type (`zip:3`).
  case levelNeedsType(column: String, level: Generalization)
  /// `--query` holds a `;` outside quotes and comments: more than one statement.
  case severalStatements
  /// `--query` ends inside a quoted text or a comment.
  case unterminatedQuery
  case emptyQuery
  /// `--table` could not be read as a name, a dotted name or a table function.
  case unreadableTable(String)
  /// A table function this dialect does not have (`read_parquet` outside DuckDB).
  case tableFunctionNotInDialect(function: String, dialect: SQLDialect)
  /// `--normalise` rewrites values in Swift; an engine source cannot.
  case normaliseUnsupported

  public var description: String {
    switch self {
    case .emptyName: return "an empty column or table name cannot be quoted for SQL"
    case .nulInName: return "a column or table name holds a NUL byte, which no engine keeps"
    case .nulInText: return "a --na token holds a NUL byte, which no engine's text keeps"
    case .noQuasiIdentifiers:
      return "an engine source needs --qi: the classes are counted in the engine"
    case .tooManyQuasiIdentifiers(let count):
      return "\(count) quasi-identifiers; the missing mask of class counts holds at most 63"
    case .levelNeedsType(let column, let level):
      return "\(QuasiIdentifierSpec.quotedIfNeeded(column)):\(level) means bands on integers"
        + " and a prefix on text, which reidrisk decides from a file's values; for an engine"
        + " source write \(QuasiIdentifierSpec.quotedIfNeeded(column)):band:\(level) or"
        + " \(QuasiIdentifierSpec.quotedIfNeeded(column)):prefix:\(level)"
    case .severalStatements:
      return "--query holds a ';' outside quotes: give one SELECT, which reidrisk runs as a"
        + " subquery"
    case .unterminatedQuery:
      return "--query ends inside a quoted name, a text or a comment; close it"
    case .emptyQuery: return "--query is empty; give one SELECT"
    case .unreadableTable(let table):
      return "--table \"\(table)\" is neither a table name (schema.table, parts in double"
        + " quotes or backticks when they hold dots) nor a table function with a path, e.g."
        + " read_parquet('exports/*.parquet') or parquet.`/data/members`"
    case .tableFunctionNotInDialect(let function, let dialect):
      return "--table uses \(function), which \(dialect.rawValue) does not have; give a table"
        + " name, or --query"
    case .normaliseUnsupported:
      return "--normalise rewrites values as reidrisk reads them from a file, which an engine"
        + " source cannot; normalise in --query, or scan an export"
    }
  }
}
