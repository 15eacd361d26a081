import ReidRisk

/// The pieces of a `postgres://` URL, percent-decoded, as libpq parameter names: `user`,
/// `host`, `port`, `dbname` from the URL's parts, then its `?name=value` parameters, which win
/// over the parts (as in libpq). A password, in the user part or as `?password=`, is refused.
///
/// `postgres://ann@[::1]:5433/members?sslmode=require` gives user `ann`, host `::1`, port
/// `5433`, dbname `members`, sslmode `require`. Source: PostgreSQL documentation, "Connection
/// URIs".
struct PostgresURL {
  /// The parameters the URL gives, by libpq name.
  var values: [String: String] = [:]

  static let parameters: Set<String> = [
    "host", "port", "dbname", "user", "sslmode", "sslrootcert", "connect_timeout",
    "application_name", "options", "passfile",
  ]

  init(_ source: String) throws(PostgresSourceError) {
    var rest = Substring(source)
    guard let scheme = ["postgresql://", "postgres://"].first(where: { rest.hasPrefix($0) })
    else {
      throw .invalidURL("a source starts with postgres:// (as postgres://user@host:port/db)")
    }
    rest = rest.dropFirst(scheme.count)
    var query: Substring = ""
    if let mark = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: mark)...]
      rest = rest[..<mark]
    }
    var path: Substring = ""
    if let slash = rest.firstIndex(of: "/") {
      path = rest[rest.index(after: slash)...]
      rest = rest[..<slash]
    }
    if let at = rest.lastIndex(of: "@") {
      let userPart = rest[..<at]
      if userPart.contains(":") { throw .passwordInURL }
      try set("user", userPart)
      rest = rest[rest.index(after: at)...]
    }
    try readHost(rest)
    try set("dbname", path)
    for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
      guard let equals = pair.firstIndex(of: "=") else {
        throw .invalidURL("URL parameter \(quoted(String(pair), limit: 40)) has no =value")
      }
      let name = try Self.decoded(pair[..<equals])
      if name == "password" { throw .passwordInURL }
      guard Self.parameters.contains(name) else {
        throw .invalidURL(
          "URL parameter \(quoted(name, limit: 40)) is not read; reidrisk reads "
            + Self.parameters.sorted().joined(separator: ", "))
      }
      values[name] = try Self.decoded(pair[pair.index(after: equals)...])
    }
  }

  /// `host`, `host:port`, `[v6]`, `[v6]:port`, or `:port` alone.
  private mutating func readHost(_ text: Substring) throws(PostgresSourceError) {
    if text.contains(",") { throw .invalidURL("several hosts are not read; give one host") }
    var host = text
    var port: Substring = ""
    if text.hasPrefix("[") {
      guard let close = text.firstIndex(of: "]") else {
        throw .invalidURL("an IPv6 host in [ ] has no closing ]")
      }
      host = text[text.index(after: text.startIndex)..<close]
      let after = text[text.index(after: close)...]
      if !after.isEmpty {
        guard after.hasPrefix(":") else {
          throw .invalidURL("after an IPv6 host in [ ] comes :port or nothing")
        }
        port = after.dropFirst()
      }
    } else if let colon = text.firstIndex(of: ":") {
      host = text[..<colon]
      port = text[text.index(after: colon)...]
    }
    try set("host", host)
    try set("port", port)
  }

  private mutating func set(_ name: String, _ text: Substring) throws(PostgresSourceError) {
    if !text.isEmpty { values[name] = try Self.decoded(text) }
  }

  /// `text` with `%XX` escapes decoded as UTF-8 bytes.
  static func decoded(_ text: Substring) throws(PostgresSourceError) -> String {
    var bytes: [UInt8] = []
    var utf8 = text.utf8[...]
    while let byte = utf8.popFirst() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard utf8.count >= 2, let high = hexDigit(utf8.removeFirst()),
        let low = hexDigit(utf8.removeFirst())
      else { throw .invalidURL("a % in the URL is not followed by two hex digits") }
      bytes.append(high << 4 | low)
    }
    guard !bytes.contains(0), let decoded = String(validating: bytes, as: UTF8.self) else {
      throw .invalidURL("a %-escape in the URL decodes to a NUL or to bytes that are not UTF-8")
    }
    return decoded
  }

  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
