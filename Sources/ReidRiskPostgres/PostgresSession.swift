import Logging
import PostgresNIO

/// One connection to PostgreSQL, opened from a `PostgresAddress`, that runs queries and streams
/// their rows to a synchronous caller.
///
/// Every wait is bounded: the connection and login by the address's `connect_timeout`; a query
/// by the server's `statement_timeout` (reidrisk sends one hour unless `options` sets it) plus a
/// minute on the client, so a server that stops answering cannot hang the scan. A connection
/// lost mid-query is `PostgresSourceError.connectionLost`, thrown before any row is trusted:
/// callers that build a report from the rows build it only after the last row came.
public final class PostgresSession: @unchecked Sendable {
  let connection: PostgresConnection
  let address: PostgresAddress
  let logger: Logger
  /// The client-side bound of one query, in seconds; nil when `statement_timeout` is 0.
  let queryTimeout: Int?

  /// The default `statement_timeout`, one hour, in milliseconds.
  static let defaultStatementTimeout = 3_600_000

  /// Opens a connection and logs in, with `password` when the server asks for one.
  public init(address: PostgresAddress, password: String?) throws(PostgresSourceError) {
    self.address = address
    logger = Logger(label: "reidrisk.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    var settings = address.serverSettings
    if !settings.contains(where: { $0.name == "statement_timeout" }) {
      settings.append(.init(name: "statement_timeout", value: "\(Self.defaultStatementTimeout)"))
    }
    let statementTimeout = settings.last { $0.name == "statement_timeout" }?.value ?? ""
    queryTimeout = StatementTimeout.seconds(statementTimeout).map { $0 + 60 }
    let configuration = try Self.configuration(address, password: password, settings: settings)
    let logger = logger
    let endpoint = address.endpoint.description
    connection = try Blocking.run(seconds: address.connectTimeout, what: "connecting") {
      do {
        return try await PostgresConnection.connect(
          configuration: configuration, id: 1, logger: logger)
      } catch {
        throw PostgresSourceError(error, endpoint: endpoint, address: address, connected: false)
      }
    }
  }

  /// The connection's configuration: endpoint, TLS per `sslmode`, login and settings.
  static func configuration(
    _ address: PostgresAddress, password: String?, settings: [PostgresAddress.ServerSetting]
  ) throws(PostgresSourceError) -> PostgresConnection.Configuration {
    var configuration: PostgresConnection.Configuration
    switch address.endpoint {
    case .socket(let folder, let port):
      configuration = .init(
        unixSocketPath: "\(folder)/.s.PGSQL.\(port)", username: address.user,
        password: password, database: address.database)
    case .tcp(let host, let port):
      configuration = .init(
        host: host, port: port, username: address.user, password: password,
        database: address.database, tls: try tls(address))
    }
    configuration.options.connectTimeout = .seconds(Int64(address.connectTimeout))
    configuration.options.additionalStartupParameters =
      [("application_name", address.applicationName)] + settings.map { ($0.name, $0.value) }
    return configuration
  }

  /// TLS as `sslmode` asks: none, offered, required without checks, or checked against
  /// `sslrootcert` (else the system's roots), with the host name for `verify-full`.
  static func tls(_ address: PostgresAddress) throws(PostgresSourceError)
    -> PostgresConnection.Configuration.TLS
  {
    if address.sslMode == .disable { return .disable }
    var tls = TLSConfiguration.makeClientConfiguration()
    switch address.sslMode {
    case .verifyFull: tls.certificateVerification = .fullVerification
    case .verifyCA: tls.certificateVerification = .noHostnameVerification
    default: tls.certificateVerification = .none
    }
    if let root = address.sslRootCertificate, address.sslMode.verifiesChain {
      tls.trustRoots = .file(root)
    }
    let context: NIOSSLContext
    do {
      context = try NIOSSLContext(configuration: tls)
    } catch {
      throw .tlsFailed(reason: "the root certificates of sslrootcert cannot be read")
    }
    return address.sslMode.isRequired ? .require(context) : .prefer(context)
  }

  /// Runs `query` with its bound `parameters` (text, or NULL) and calls `row` with each row's
  /// cells as text (NULL as nil), in the order the server sends them, in batches read ahead
  /// of the caller.
  public func stream(
    _ query: String, parameters: [String?] = [],
    row: ([String?]) throws -> Void
  ) throws {
    var binds = PostgresBindings(capacity: parameters.count)
    for parameter in parameters {
      if let parameter { binds.append(parameter) } else { binds.appendNull() }
    }
    let postgresQuery = PostgresQuery(unsafeSQL: query, binds: binds)
    let reader = RowReader()
    let (connection, logger, address) = (self.connection, self.logger, self.address)
    let endpoint = address.endpoint.description
    let deadline = queryTimeout.map { ContinuousClock.now + .seconds($0) }
    func remaining() -> Int? {
      deadline.map { max(1, Int((($0 - ContinuousClock.now) / .seconds(1)).rounded(.up))) }
    }
    try Blocking.run(seconds: remaining(), what: "the query") {
      do {
        try await reader.start(connection.query(postgresQuery, logger: logger))
      } catch {
        throw PostgresSourceError(error, endpoint: endpoint, address: address, connected: true)
      }
    }
    while true {
      let batch = try Blocking.run(seconds: remaining(), what: "the query") {
        do {
          return try await reader.next(256)
        } catch {
          throw PostgresSourceError(error, endpoint: endpoint, address: address, connected: true)
        }
      }
      if batch.isEmpty { return }
      for cells in batch { try row(cells) }
    }
  }

  /// Closes the connection (once; later calls do nothing). A session closes itself when it
  /// goes away.
  public func close() {
    let connection = self.connection
    if connection.isClosed { return }
    try? Blocking.run(seconds: 5, what: "closing") { try? await connection.close() }
  }

  deinit { close() }
}
