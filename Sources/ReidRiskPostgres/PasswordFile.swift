/// The lines of a libpq password file (`~/.pgpass`): `host:port:database:user:password`.
///
/// Each of the first four fields matches a connection when it equals the connection's value or
/// is `*`; the first matching line gives the password. `\:` is a colon and `\\` a backslash
/// inside a field; a line starting with `#` is a comment. The host of a Unix-socket connection
/// is `localhost` for the default socket folder, the folder itself otherwise. With the line
/// `*:5432:members:ann:s\:cret`, user `ann` on any host, port 5432, database `members` gets the
/// password `s:cret`. Source: PostgreSQL documentation, "The Password File".
struct PasswordFile {
  struct Line {
    /// The four match fields (host, port, database, user), unescaped; nil is `*`.
    var fields: [String?]
    var password: String
  }

  var lines: [Line] = []

  init(text: String) {
    for raw in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
      if raw.hasPrefix("#") { continue }
      if let line = Self.line(raw) { lines.append(line) }
    }
  }

  /// The password of the first line matching `host`, `port`, `database` and `user`.
  func password(host: String, port: Int, database: String, user: String) -> String? {
    let wanted = [host, String(port), database, user]
    return lines.first { line in
      zip(line.fields, wanted).allSatisfy { field, value in field == nil || field == value }
    }?.password
  }

  /// A line split into its fields; nil when it has fewer than five.
  private static func line(_ text: Substring) -> Line? {
    var fields: [String?] = []
    var field = ""
    var isLiteral = false
    var escaped = false
    for character in text {
      if escaped {
        field.append(character)
        isLiteral = true
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" {
        if fields.count == 4 { break }
        fields.append(field == "*" && !isLiteral ? nil : field)
        field = ""
        isLiteral = false
      } else {
        field.append(character)
      }
    }
    guard fields.count == 4 else { return nil }
    return Line(fields: fields, password: field)
  }
}
