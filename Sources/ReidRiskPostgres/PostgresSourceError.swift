import ReidRisk

/// What went wrong reading records from PostgreSQL, worded as one line that names the engine
/// and what to check. No message carries a cell value or a password: a server message is
/// shown only for errors about names and syntax, never for data errors (SQLSTATE class 22),
/// whose messages may quote a value.
public enum PostgresSourceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The `--source` URL cannot be read; the reason says what to write instead.
  case invalidURL(String)
  /// The URL carries a password.
  case passwordInURL
  /// Nothing listens at the endpoint (or it cannot be resolved).
  case unreachable(endpoint: String, reason: String)
  /// The server asked for a password and none was found.
  case passwordNeeded(user: String)
  /// The server refused the login (bad password, or `pg_hba.conf`).
  case loginRefused(user: String, database: String, sqlState: String)
  /// The database does not exist.
  case databaseMissing(String)
  /// A table, view or column named by `--table`, `--query` or `--qi` does not exist.
  case nameMissing(serverMessage: String, sqlState: String)
  /// The user may not read the table.
  case permissionDenied(serverMessage: String)
  /// `sslmode` requires TLS and the server does not offer it.
  case tlsUnavailable(endpoint: String, mode: SSLMode)
  /// The TLS handshake failed (a certificate not trusted, a name that does not match).
  case tlsFailed(reason: String)
  /// The connection closed before the result was complete.
  case connectionLost
  /// A wait went past its bound.
  case timedOut(what: String, seconds: Int)
  /// The server cancelled the query (its `statement_timeout`, or an administrator).
  case queryCancelled
  /// The server could not convert or compute a value; the value is not shown.
  case dataError(sqlState: String)
  /// Any other error from the server, with its SQLSTATE and message.
  case server(sqlState: String, message: String)
  /// A result column of a type reidrisk does not read.
  case columnType(column: String, type: String)

  /// What kind of failure this is, for the exit code and the engine-error wording.
  public enum Kind: Sendable {
    /// The URL: a usage error, before any connection.
    case usage
    /// No connection or no login.
    case connection
    /// The connection ended before the result did.
    case connectionLost
    /// The server refused or failed the query.
    case query
    /// A result reidrisk cannot read.
    case result
  }

  public var kind: Kind {
    switch self {
    case .invalidURL, .passwordInURL: .usage
    case .unreachable, .passwordNeeded, .loginRefused, .databaseMissing, .tlsUnavailable,
      .tlsFailed:
      .connection
    case .connectionLost: .connectionLost
    case .timedOut, .queryCancelled, .nameMissing, .permissionDenied, .dataError, .server: .query
    case .columnType: .result
    }
  }

  public var description: String { "postgres: \(detail); check \(remedy)" }

  /// What happened.
  public var detail: String {
    switch self {
    case .invalidURL(let reason):
      "--source is not a URL reidrisk reads: \(reason)"
    case .passwordInURL:
      "--source holds a password, which would show in the shell history and the process list"
    case .unreachable(let endpoint, let reason):
      "no server answers at \(endpoint) (\(reason))"
    case .passwordNeeded(let user):
      "the server asks a password for \(quoted(user, limit: 40)) and none was found"
    case .loginRefused(let user, let database, let state):
      "the server refused the login of \(quoted(user, limit: 40)) to"
        + " \(quoted(database, limit: 40)) (\(state))"
    case .databaseMissing(let database):
      "database \(quoted(database, limit: 40)) does not exist"
    case .nameMissing(let message, let state):
      "\(Self.clip(message)) (SQLSTATE \(state))"
    case .permissionDenied(let message):
      Self.clip(message)
    case .tlsUnavailable(let endpoint, let mode):
      "the server at \(endpoint) does not offer TLS and sslmode=\(mode.rawValue) requires it"
    case .tlsFailed(let reason):
      "the TLS handshake failed (\(Self.clip(reason)))"
    case .connectionLost:
      "the connection was lost before the result was complete, so no report was made"
    case .timedOut(let what, let seconds):
      "\(what) took longer than \(seconds) s"
    case .queryCancelled:
      "the server cancelled the query (statement_timeout, or an administrator)"
    case .dataError(let state):
      "the server could not convert or compute a value (SQLSTATE \(state); the value is not"
        + " shown)"
    case .server(let state, let message):
      "\(Self.clip(message)) (SQLSTATE \(state))"
    case .columnType(let column, let type):
      "result column \(quoted(column, limit: 40)) has type \(type), which reidrisk does not read"
    }
  }

  /// What to check or do.
  public var remedy: String {
    switch self {
    case .invalidURL:
      "the form postgres://user@host:port/database?sslmode=require (or ?host=/socket/folder)"
    case .passwordInURL, .passwordNeeded:
      "that the password is in PGPASSWORD or ~/.pgpass (mode 0600,"
        + " host:port:database:user:password), never in --source"
    case .unreachable:
      "that PostgreSQL is running and the host, port or socket folder of --source"
    case .loginRefused:
      "the password (PGPASSWORD, ~/.pgpass) and the server's pg_hba.conf"
    case .databaseMissing:
      "the database in --source"
    case .nameMissing:
      "--table or --query and the column names of --qi, --sensitive and --id"
    case .permissionDenied:
      "that the user of --source may read the table"
    case .tlsUnavailable:
      "the server's ssl setting, or choose another sslmode in --source"
    case .tlsFailed:
      "the server's certificate, sslrootcert and the host name of --source"
    case .connectionLost:
      "that the server is still running (its log says why it closed)"
    case .timedOut:
      "that the server is running and not overloaded (connect_timeout and"
        + " options=-c statement_timeout=... in --source)"
    case .queryCancelled:
      "the time the query needs, and raise options=-c statement_timeout=... in --source"
    case .dataError:
      "the column types that --query returns"
    case .server:
      "--source, --table and --query"
    case .columnType:
      "the column types of --query, and cast that column to text"
    }
  }

  /// A server message on one line, at most 120 characters.
  static func clip(_ message: String) -> String {
    let line = String(message.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    return line.count <= 120 ? line : line.prefix(119) + "…"
  }
}
