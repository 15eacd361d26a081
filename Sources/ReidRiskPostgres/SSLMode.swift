/// How a connection to PostgreSQL uses TLS: libpq's `sslmode`.
///
/// - `disable`: never TLS.
/// - `prefer` (libpq's default): TLS when the server offers it, the certificate not checked;
///   plain otherwise.
/// - `require`: TLS or no connection; the certificate is not checked (as libpq without a root
///   certificate).
/// - `verify-ca`: TLS, the certificate chain checked against the root certificates.
/// - `verify-full`: as `verify-ca`, and the certificate names the host.
///
/// `allow` (plain first, TLS if refused) is read as `prefer`. A Unix-socket connection never
/// uses TLS, as in libpq. Source: PostgreSQL documentation, "SSL Support", table "SSL Mode
/// Descriptions".
public enum SSLMode: String, Sendable, CaseIterable {
  case disable
  case allow
  case prefer
  case require
  case verifyCA = "verify-ca"
  case verifyFull = "verify-full"

  /// Whether a connection without TLS is refused.
  var isRequired: Bool { self == .require || self == .verifyCA || self == .verifyFull }

  /// Whether the server's certificate chain is checked.
  var verifiesChain: Bool { self == .verifyCA || self == .verifyFull }
}
