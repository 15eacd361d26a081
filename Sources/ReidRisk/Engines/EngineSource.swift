/// An engine that holds the records, named by the `source` setting (`--source`): the counting
/// runs there, and only class keys (hashed), masks and counts come back.
///
/// - `postgres://user@host:5432/db`, `postgresql://…`, `postgres:///db?host=/run/postgresql`
///   (libpq's URL form): PostgreSQL. A password in the URL is refused: it would sit in the
///   shell's history and the process list; use `PGPASSWORD` or `~/.pgpass`.
/// - `duckdb:members.duckdb`: a DuckDB database file; `duckdb:` alone: DuckDB in memory, to
///   read files with `--table "read_parquet('exports/*.parquet')"`.
/// - `spark`: Spark SQL on the `spark-submit` found on PATH, its own master (local mode
///   unless configured); `spark:local[2]` or `spark:spark://host:7077` names the master.
public enum EngineSource: Sendable, Equatable, CustomStringConvertible {
  case postgres(url: String)
  case duckdb(database: String)
  case spark(master: String?)

  /// The SQL this engine reads.
  public var dialect: SQLDialect {
    switch self {
    case .postgres: .postgres
    case .duckdb: .duckdb
    case .spark: .spark
    }
  }

  /// The source as written.
  public var description: String {
    switch self {
    case .postgres(let url): url
    case .duckdb(let database): "duckdb:" + database
    case .spark(let master): master.map { "spark:" + $0 } ?? "spark"
    }
  }

  /// What `--source` takes, in words.
  static let expected =
    "postgres://user@host/db, duckdb:FILE.duckdb, duckdb: (in memory), spark or spark:MASTER"

  /// The source `text` names.
  public init(_ text: String) throws(SettingValueError) {
    let lower = text.lowercased()
    if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
      guard !Self.holdsPassword(text) else {
        throw SettingValueError(
          given: "a URL with a password",
          expected: "a URL without one: give the password in PGPASSWORD or ~/.pgpass")
      }
      self = .postgres(url: text)
    } else if lower.hasPrefix("duckdb:") {
      self = .duckdb(database: String(text.dropFirst("duckdb:".count)))
    } else if lower == "spark" {
      self = .spark(master: nil)
    } else if lower.hasPrefix("spark:"), text.count > "spark:".count {
      self = .spark(master: String(text.dropFirst("spark:".count)))
    } else {
      throw SettingValueError(given: text, expected: Self.expected)
    }
  }

  /// Whether a libpq URL carries a password: `user:password@` before the host, or a
  /// `password=` parameter.
  static func holdsPassword(_ url: String) -> Bool {
    let afterScheme = url.split(separator: "://", maxSplits: 1).last ?? ""
    let authority = afterScheme.prefix { $0 != "/" && $0 != "?" }
    if let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") { return true }
    let query = url.split(separator: "?", maxSplits: 1).dropFirst().first ?? ""
    return query.split(separator: "&").contains { $0.lowercased().hasPrefix("password=") }
  }
}

/// What an engine source scans: a table (`table`, `--table`) or a query (`query`, `--query`);
/// one slot, so a rule's `query` overrides the defaults' `table`.
public enum EngineRelation: Sendable, Equatable {
  case table(String)
  case query(String)

  /// The source of the generated queries.
  public func source() throws(SQLError) -> SQLSource {
    switch self {
    case .table(let table): try SQLSource(table: table)
    case .query(let query): try SQLSource(query: query)
    }
  }
}
