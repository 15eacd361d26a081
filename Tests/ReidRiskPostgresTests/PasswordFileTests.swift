import Foundation
import Testing

@testable import ReidRiskPostgres

@Suite("PasswordFile and PasswordLookup: libpq's ~/.pgpass rules")
struct PasswordFileTests {
  @Test("the first matching line wins; * matches anything")
  func firstMatch() {
    let file = PasswordFile(
      text: """
        # a comment line
        db:5432:members:ann:first
        *:*:*:ann:second
        *:*:*:*:third
        """)
    #expect(file.password(host: "db", port: 5432, database: "members", user: "ann") == "first")
    // port 5433 fails line 1; line 2 matches any host, port and database for ann
    #expect(file.password(host: "db", port: 5433, database: "members", user: "ann") == "second")
    #expect(file.password(host: "x", port: 1, database: "y", user: "bob") == "third")
  }

  @Test("\\: is a colon and \\\\ a backslash, in match fields and in the password")
  func escapes() {
    let file = PasswordFile(text: "/tmp/a\\:b:5432:*:ann:s\\:c\\\\ret\n")
    #expect(file.password(host: "/tmp/a:b", port: 5432, database: "x", user: "ann") == "s:c\\ret")
    #expect(file.password(host: "/tmp/a", port: 5432, database: "x", user: "ann") == nil)
  }

  @Test("an escaped \\* is a literal star, not a wildcard")
  func literalStar() {
    let file = PasswordFile(text: "\\*:*:*:*:pw")
    #expect(file.password(host: "*", port: 1, database: "d", user: "u") == "pw")
    #expect(file.password(host: "db", port: 1, database: "d", user: "u") == nil)
  }

  @Test("lines with fewer than five fields, and comments, are passed over; CRLF is read")
  func shortLines() {
    let file = PasswordFile(text: "db:5432:members\r\n#*:*:*:*:no\r\n*:*:*:*:yes\r\n")
    #expect(file.password(host: "db", port: 5432, database: "members", user: "u") == "yes")
  }

  @Test("the password ends at an unescaped colon, as in libpq")
  func passwordEndsAtColon() {
    let file = PasswordFile(text: "*:*:*:*:pass:extra")
    #expect(file.password(host: "h", port: 1, database: "d", user: "u") == "pass")
  }

  func temporaryFile(_ text: String, mode: Int) throws -> String {
    let path = NSTemporaryDirectory() + "reidrisk-pgpass-\(UUID().uuidString)"
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    return path
  }

  var address: PostgresAddress {
    get throws { try PostgresAddress(source: "postgres://ann@db:5432/members", loginName: "l") }
  }

  @Test("PGPASSWORD comes before the password file")
  func environmentFirst() throws {
    let path = try temporaryFile("*:*:*:*:from-file\n", mode: 0o600)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let lookup = PasswordLookup(
      for: try address, environment: ["PGPASSWORD": "from-env", "PGPASSFILE": path])
    #expect(lookup.password == "from-env")
    let fileOnly = PasswordLookup(for: try address, environment: ["PGPASSFILE": path])
    #expect(fileOnly.password == "from-file")
    #expect(fileOnly.warnings.isEmpty)
  }

  @Test("a password file others may read is ignored, with a warning that holds no password")
  func looseModeIgnored() throws {
    let path = try temporaryFile("*:*:*:*:leaked\n", mode: 0o644)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let lookup = PasswordLookup(for: try address, environment: ["PGPASSFILE": path])
    #expect(lookup.password == nil)
    #expect(lookup.warnings.count == 1)
    #expect(lookup.warnings[0].contains("chmod 0600"))
    #expect(!lookup.warnings[0].contains("leaked"))
  }

  @Test("the URL's passfile, then PGPASSFILE, then ~/.pgpass")
  func fileOrder() throws {
    let home = NSTemporaryDirectory() + "reidrisk-home-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    let homeFile = home + "/.pgpass"
    try "*:*:*:*:from-home\n".write(toFile: homeFile, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: homeFile)
    let named = try temporaryFile("*:*:*:*:from-passfile\n", mode: 0o400)
    defer { try? FileManager.default.removeItem(atPath: named) }
    #expect(PasswordLookup(for: try address, environment: ["HOME": home]).password == "from-home")
    var withFile = try address
    withFile.passwordFile = named
    #expect(
      PasswordLookup(for: withFile, environment: ["HOME": home]).password == "from-passfile")
    // a missing file is no password and no warning
    let missing = PasswordLookup(for: try address, environment: ["PGPASSFILE": home + "/none"])
    #expect(missing.password == nil)
    #expect(missing.warnings.isEmpty)
  }
}
