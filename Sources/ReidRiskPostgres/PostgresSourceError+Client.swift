import Foundation
import PostgresNIO

extension PostgresSourceError {
  /// The error of postgres-nio (or NIO, or TLS) as reidrisk words it. `connected` says whether
  /// the login had succeeded: a closed connection before it means no server, after it a lost
  /// connection.
  init(_ error: any Error, endpoint: String, address: PostgresAddress?, connected: Bool = true) {
    if let error = error as? PostgresSourceError {
      self = error
      return
    }
    if error is CancellationError {
      self = .connectionLost
      return
    }
    guard let error = error as? PSQLError else {
      self = Self.transport(error, endpoint: endpoint, connected: connected)
      return
    }
    switch error.code {
    case .server:
      self = Self.server(
        state: error.serverInfo?[.sqlState] ?? "",
        message: error.serverInfo?[.message] ?? "", address: address, connected: connected)
    case .sslUnsupported:
      self = .tlsUnavailable(endpoint: endpoint, mode: address?.sslMode ?? .require)
    case .failedToAddSSLHandler:
      self = .tlsFailed(reason: "TLS could not be set up")
    case .authMechanismRequiresPassword:
      self = .passwordNeeded(user: address?.user ?? "")
    case .unsupportedAuthMechanism:
      self = .loginRefused(
        user: address?.user ?? "", database: address?.database ?? "",
        sqlState: "an authentication method reidrisk does not speak")
    case .saslError:
      self = .loginRefused(
        user: address?.user ?? "", database: address?.database ?? "",
        sqlState: "SCRAM failed")
    case .queryCancelled:
      self = .queryCancelled
    case .connectionError, .uncleanShutdown:
      self = Self.transport(error.underlying ?? error, endpoint: endpoint, connected: connected)
    case .serverClosedConnection, .clientClosedConnection:
      if !connected, let underlying = error.underlying {
        self = Self.transport(underlying, endpoint: endpoint, connected: connected)
      } else {
        self = connected ? .connectionLost : .unreachable(endpoint: endpoint, reason: "closed")
      }
    default:
      self =
        connected
        ? .connectionLost : .unreachable(endpoint: endpoint, reason: "\(error.code)")
    }
  }

  /// An error the server sent, by SQLSTATE. Source: PostgreSQL documentation, appendix A,
  /// "PostgreSQL Error Codes".
  static func server(state: String, message: String, address: PostgresAddress?, connected: Bool)
    -> PostgresSourceError
  {
    let user = address?.user ?? ""
    let database = address?.database ?? ""
    switch state {
    case "28P01", "28000":
      return .loginRefused(user: user, database: database, sqlState: state)
    case "3D000":
      return .databaseMissing(database)
    case "42P01", "42703", "42883", "3F000":
      return .nameMissing(serverMessage: message, sqlState: state)
    case "42501":
      return .permissionDenied(serverMessage: message)
    case "57014":
      return .queryCancelled
    case "57P01", "57P02", "57P03":
      return connected
        ? .connectionLost
        : .unreachable(
          endpoint: address?.endpoint.description ?? "",
          reason: "the server is shutting down or starting")
    case _ where state.hasPrefix("08"):
      return .connectionLost
    case _ where state.hasPrefix("22"):
      return .dataError(sqlState: state)
    default:
      return .server(sqlState: state, message: message)
    }
  }

  /// A failure below the PostgreSQL protocol: no server, a name not found, TLS, a reset.
  static func transport(_ error: any Error, endpoint: String, connected: Bool)
    -> PostgresSourceError
  {
    if let error = error as? NIOSSLError {
      return .tlsFailed(reason: Self.tlsReason(error))
    }
    if let error = error as? BoringSSLError {
      return .tlsFailed(reason: Self.tlsReason(error))
    }
    if connected { return .connectionLost }
    if let error = error as? NIOConnectionError {
      if error.connectionErrors.isEmpty {
        return .unreachable(endpoint: endpoint, reason: "the host name was not found")
      }
      if let first = error.connectionErrors.first?.error {
        return transport(first, endpoint: endpoint, connected: false)
      }
    }
    if let error = error as? IOError {
      return .unreachable(endpoint: endpoint, reason: Self.reason(errno: error.errnoCode))
    }
    if let error = error as? ChannelError, case .connectTimeout = error {
      return .unreachable(endpoint: endpoint, reason: "the connection timed out")
    }
    return .unreachable(endpoint: endpoint, reason: clip("\(error)"))
  }

  static func reason(errno code: Int32) -> String {
    switch code {
    case ECONNREFUSED: "connection refused"
    case ENOENT: "no such socket file"
    case EACCES: "permission denied"
    case ETIMEDOUT: "the connection timed out"
    case EHOSTUNREACH, ENETUNREACH: "the host cannot be reached"
    default: String(cString: strerror(code)).lowercased()
    }
  }

  static func tlsReason(_ error: any Error) -> String {
    let text = "\(error)"
    if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("certificate verify") {
      return "the server's certificate is not trusted"
    }
    if text.contains("unableToValidateCertificate") || text.contains("HostnameMismatch")
      || text.contains("hostname")
    {
      return "the server's certificate does not name the host"
    }
    return clip(text)
  }
}
