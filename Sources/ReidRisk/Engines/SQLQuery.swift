/// A query reidrisk generated for one engine: SQL text with parameter placeholders, the text
/// values bound to them, and the names of the result's columns, in order.
///
/// The text is kept in pieces so that each client marks parameters its own way: PostgreSQL's
/// protocol binds `$1`, Spark's `spark.sql(text, args)` binds `:p1`, the DuckDB shell reads
/// `getenv('REIDRISK_P1')`; `inlined` writes each parameter as a literal, for `--emit-sql`.
/// Every value the user gave (a `--na` token) is a parameter; names are quoted identifiers.
///
/// With `--na N/A` on PostgreSQL, `text` holds `... IN ($1) ...` and `parameters` is `["N/A"]`.
public struct SQLQuery: Sendable, Equatable {
  /// A run of SQL text or a parameter (its index in `parameters`).
  public enum Piece: Sendable, Equatable {
    case sql(String)
    case parameter(Int)
  }

  public let dialect: SQLDialect
  public let pieces: [Piece]
  /// The bound values, each text; a placeholder occurs once per parameter, in this order.
  public let parameters: [String]
  /// The result's column names, in order (`key`, `missing`, `count`, ...).
  public let columns: [String]

  public init(dialect: SQLDialect, pieces: [Piece], parameters: [String], columns: [String]) {
    self.dialect = dialect
    self.pieces = pieces
    self.parameters = parameters
    self.columns = columns
  }

  /// The text with each parameter written by `placeholder` (given its 0-based index).
  public func text(placeholder: (Int) -> String) -> String {
    var text = ""
    for piece in pieces {
      switch piece {
      case .sql(let sql): text += sql
      case .parameter(let index): text += placeholder(index)
      }
    }
    return text
  }

  /// The text with the dialect's own placeholders (`$1`, `:p1`, `@p1`, `?`).
  public var text: String { text(placeholder: dialect.placeholder) }

  /// The text with each parameter written as a literal of the dialect, to run by hand.
  public func inlined() throws(SQLError) -> String {
    var literals: [String] = []
    for parameter in parameters { literals.append(try dialect.literal(parameter)) }
    return text { literals[$0] }
  }
}

/// Builds an `SQLQuery` from SQL text and parameters in the order they occur.
struct SQLBuilder {
  let dialect: SQLDialect
  private(set) var pieces: [SQLQuery.Piece] = []
  private(set) var parameters: [String] = []

  init(_ dialect: SQLDialect) { self.dialect = dialect }

  mutating func append(_ sql: String) {
    if case .sql(let earlier) = pieces.last {
      pieces[pieces.count - 1] = .sql(earlier + sql)
    } else {
      pieces.append(.sql(sql))
    }
  }

  mutating func append(parameter value: String) {
    pieces.append(.parameter(parameters.count))
    parameters.append(value)
  }

  mutating func append(_ fragment: SQLFragment) {
    for piece in fragment.pieces {
      switch piece {
      case .sql(let sql): append(sql)
      case .parameter(let value): append(parameter: value)
      }
    }
  }

  func query(columns: [String]) -> SQLQuery {
    SQLQuery(dialect: dialect, pieces: pieces, parameters: parameters, columns: columns)
  }
}

/// A part of a query that may hold parameters, before they are numbered.
struct SQLFragment: Sendable, Equatable, ExpressibleByStringLiteral {
  enum Piece: Sendable, Equatable {
    case sql(String)
    case parameter(String)
  }

  var pieces: [Piece]

  init(_ sql: String) { pieces = [.sql(sql)] }
  init(stringLiteral sql: String) { self.init(sql) }
  init(pieces: [Piece]) { self.pieces = pieces }

  static func parameter(_ value: String) -> SQLFragment { SQLFragment(pieces: [.parameter(value)]) }

  static func + (lhs: SQLFragment, rhs: SQLFragment) -> SQLFragment {
    SQLFragment(pieces: lhs.pieces + rhs.pieces)
  }

  static func + (lhs: SQLFragment, rhs: String) -> SQLFragment { lhs + SQLFragment(rhs) }
  static func + (lhs: String, rhs: SQLFragment) -> SQLFragment { SQLFragment(lhs) + rhs }

  /// The fragments joined by `separator`.
  static func joined(_ fragments: [SQLFragment], separator: String) -> SQLFragment {
    var pieces: [Piece] = []
    for (index, fragment) in fragments.enumerated() {
      if index > 0 { pieces.append(.sql(separator)) }
      pieces += fragment.pieces
    }
    return SQLFragment(pieces: pieces)
  }
}
