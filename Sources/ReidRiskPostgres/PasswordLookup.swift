import Foundation
import ReidRisk

/// Where the password of a connection comes from, in libpq's order: `PGPASSWORD`, then the
/// password file (the URL's `passfile`, else `PGPASSFILE`, else `~/.pgpass`). Never the command
/// line.
///
/// A password file that the group or others may read or write is ignored with a warning, as
/// libpq does (its mode must be 0600 or stricter); a missing file is no password and no
/// warning. Source: PostgreSQL documentation, "The Password File" and "Environment Variables".
public struct PasswordLookup: Sendable {
  /// The password found, if any.
  public var password: String?
  /// Why a password file was passed over, for the CLI to print (no password in them).
  public var warnings: [String] = []

  /// The password for `address`.
  public init(for address: PostgresAddress, environment: [String: String]) {
    if let password = environment["PGPASSWORD"], !password.isEmpty {
      self.password = password
      return
    }
    guard let path = Self.passwordFilePath(address, environment) else { return }
    guard let text = read(path) else { return }
    password = PasswordFile(text: text).password(
      host: address.endpoint.passwordFileHost, port: address.endpoint.port,
      database: address.database, user: address.user)
  }

  static func passwordFilePath(_ address: PostgresAddress, _ environment: [String: String])
    -> String?
  {
    if let path = address.passwordFile { return path }
    if let path = environment["PGPASSFILE"], !path.isEmpty { return path }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.pgpass"
  }

  /// The file's text when it is a regular file of mode 0600 or stricter.
  private mutating func read(_ path: String) -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    let name = quoted(path, limit: 40)
    guard status.st_mode & S_IFMT == S_IFREG else {
      warnings.append("postgres: password file \(name) is not a plain file; it was ignored")
      return nil
    }
    guard status.st_mode & (S_IRWXG | S_IRWXO) == 0 else {
      warnings.append(
        "postgres: password file \(name) may be read by others, so it was ignored (as libpq"
          + " does); chmod 0600 it")
      return nil
    }
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      warnings.append("postgres: password file \(name) cannot be read as UTF-8; it was ignored")
      return nil
    }
    return text
  }
}
