import ReidRisk

/// Where and as whom to connect to PostgreSQL, read from a URL in libpq's form.
///
/// `postgres://[user@][host][:port][/database][?name=value&...]` (also `postgresql://`). The
/// host may be a name, an IPv4 address, `[IPv6]`, or a percent-encoded socket folder
/// (`%2Fvar%2Frun%2Fpostgresql`); `?host=/socket/folder` names a Unix-socket folder as in
/// libpq. Parameters read: `host`, `port`, `dbname`, `user`, `sslmode`, `sslrootcert`,
/// `connect_timeout`, `application_name`, `options` (`-c name=value` pieces), `passfile`. What
/// the URL leaves out comes from libpq's variables (`PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`,
/// `PGSSLMODE`, `PGSSLROOTCERT`, `PGCONNECT_TIMEOUT`, `PGAPPNAME`, `PGOPTIONS`), then libpq's
/// defaults: the socket folder `/var/run/postgresql` (Debian's), port 5432, the login name as
/// user, the user as database, `sslmode=prefer`.
///
/// A password is never read from the URL (it would sit in the shell history and the process
/// list): `postgres://ann:secret@db/x` is refused with a message naming `PGPASSWORD` and
/// `~/.pgpass`. Example: `postgres:///members?host=/tmp/pg` is the socket
/// `/tmp/pg/.s.PGSQL.5432`, database `members`. Source: PostgreSQL documentation, "Connection
/// Strings" and "Environment Variables".
public struct PostgresAddress: Sendable, Equatable {
  /// A TCP host and port, or a Unix-socket folder and the port that names its socket file.
  public enum Endpoint: Sendable, Equatable {
    case tcp(host: String, port: Int)
    case socket(folder: String, port: Int)

    /// The port, TCP or the number in the socket's file name.
    public var port: Int {
      switch self {
      case .tcp(_, let port), .socket(_, let port): port
      }
    }

    /// What `.pgpass` matches as the host: the host name, `localhost` for the default socket
    /// folder, or the folder itself (as libpq does).
    var passwordFileHost: String {
      switch self {
      case .tcp(let host, _): host
      case .socket(let folder, _):
        folder == PostgresAddress.defaultSocketFolder ? "localhost" : folder
      }
    }

    /// A short description for messages: `host:port` or the socket file.
    public var description: String {
      switch self {
      case .tcp(let host, let port): host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
      case .socket(let folder, let port): "\(folder)/.s.PGSQL.\(port)"
      }
    }
  }

  /// Debian's libpq default socket folder.
  public static let defaultSocketFolder = "/var/run/postgresql"

  public var endpoint: Endpoint
  public var user: String
  public var database: String
  public var sslMode: SSLMode
  /// A file of root certificates for `verify-ca` and `verify-full`.
  public var sslRootCertificate: String?
  /// Seconds to wait for the connection and the login.
  public var connectTimeout: Int
  public var applicationName: String
  /// Run-time settings sent at login (`options=-c name=value`), in order.
  public var serverSettings: [ServerSetting]
  /// A password file named by the URL's `passfile`.
  public var passwordFile: String?

  /// One `name=value` run-time setting.
  public struct ServerSetting: Sendable, Equatable {
    public var name: String
    public var value: String
  }

  /// The address that `source` names, with libpq's variables from `environment` filling what it
  /// leaves out, and `loginName` as the last default of the user.
  public init(
    source: String, environment: [String: String] = [:], loginName: String
  ) throws(PostgresSourceError) {
    let parts = try PostgresURL(source)
    var values = parts.values
    for (name, variable) in Self.variables where values[name] == nil {
      if let value = environment[variable], !value.isEmpty { values[name] = value }
    }
    let user = values["user"] ?? loginName
    let port = try Self.port(values["port"])
    let host = values["host"] ?? Self.defaultSocketFolder
    if host.contains(",") { throw .invalidURL("several hosts are not read; give one host") }
    endpoint =
      host.hasPrefix("/") ? .socket(folder: host, port: port) : .tcp(host: host, port: port)
    self.user = user
    database = values["dbname"] ?? user
    let mode = values["sslmode"] ?? "prefer"
    guard let sslMode = SSLMode(rawValue: mode) else {
      throw .invalidURL(
        "sslmode \(quoted(mode, limit: 40)) is not one of "
          + SSLMode.allCases.map(\.rawValue).joined(separator: ", "))
    }
    self.sslMode = sslMode
    sslRootCertificate = values["sslrootcert"]
    connectTimeout = try Self.connectTimeout(values["connect_timeout"])
    applicationName = values["application_name"] ?? "reidrisk"
    serverSettings = try Self.serverSettings(values["options"] ?? "")
    passwordFile = values["passfile"]
  }

  /// The URL parameter each libpq variable stands for.
  static let variables: [(String, String)] = [
    ("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER"), ("dbname", "PGDATABASE"),
    ("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT"),
    ("connect_timeout", "PGCONNECT_TIMEOUT"), ("application_name", "PGAPPNAME"),
    ("options", "PGOPTIONS"),
  ]

  static func port(_ text: String?) throws(PostgresSourceError) -> Int {
    guard let text else { return 5432 }
    guard let port = Int(text), (1...65535).contains(port) else {
      throw .invalidURL("port \(quoted(text, limit: 40)) is not a number from 1 to 65535")
    }
    return port
  }

  /// libpq waits forever on 0; reidrisk bounds every wait, so 0 is refused.
  static func connectTimeout(_ text: String?) throws(PostgresSourceError) -> Int {
    guard let text else { return 10 }
    guard let seconds = Int(text), (1...3600).contains(seconds) else {
      throw .invalidURL(
        "connect_timeout \(quoted(text, limit: 40)) is not a number of seconds from 1 to 3600")
    }
    return max(seconds, 2)
  }

  /// The `-c name=value` (or `--name=value`) pieces of libpq's `options`, split on spaces;
  /// `\ ` is a space inside a piece.
  static func serverSettings(_ options: String) throws(PostgresSourceError) -> [ServerSetting] {
    var pieces: [String] = []
    var piece = ""
    var escaped = false
    for character in options {
      if escaped {
        piece.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == " " {
        if !piece.isEmpty { pieces.append(piece) }
        piece = ""
      } else {
        piece.append(character)
      }
    }
    if !piece.isEmpty { pieces.append(piece) }
    var settings: [ServerSetting] = []
    var index = 0
    while index < pieces.count {
      var text = pieces[index]
      if text == "-c", index + 1 < pieces.count {
        index += 1
        text = pieces[index]
      } else if text.hasPrefix("--") {
        text.removeFirst(2)
      } else if text.hasPrefix("-c") {
        text.removeFirst(2)
      } else {
        throw .invalidURL("options reads only -c name=value pieces")
      }
      guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
        throw .invalidURL("options reads only -c name=value pieces")
      }
      let name = String(text[..<equals].map { $0 == "-" ? "_" : $0 })
      settings.append(ServerSetting(name: name, value: String(text[text.index(after: equals)...])))
      index += 1
    }
    return settings
  }
}
