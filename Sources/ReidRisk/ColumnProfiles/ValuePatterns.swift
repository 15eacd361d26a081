/// Byte-level tests of single values, one per `ValueType`. Each is strict: a value either has
/// the shape or not; columns tolerate a few misfits (see `ValueInference`).
enum ValuePatterns {
  /// The digest algorithm whose hex or base64 length `value` has, or nil. Hex must be one case
  /// throughout (as digest tools print); base64 must carry its padding.
  /// 32 hex or 24 base64 ("…==") → MD5; 40 hex or 28 base64 ("…=") → SHA-1; 64 hex or 44
  /// base64 ("…=") → SHA-256.
  static func digest(_ value: some Collection<UInt8>) -> String? {
    let bytes = Array(value)
    if [32, 40, 64].contains(bytes.count) && bytes.allSatisfy(isHex) {
      let hasLower = bytes.contains { (0x61...0x66).contains($0) }
      let hasUpper = bytes.contains { (0x41...0x46).contains($0) }
      guard !(hasLower && hasUpper) else { return nil }
      return bytes.count == 32 ? "MD5" : bytes.count == 40 ? "SHA-1" : "SHA-256"
    }
    let padding = bytes.reversed().prefix { $0 == UInt8(ascii: "=") }.count
    let body = bytes.dropLast(padding)
    guard body.allSatisfy(isBase64) else { return nil }
    switch (bytes.count, padding) {
    case (24, 2): return "MD5"
    case (28, 1): return "SHA-1"
    case (44, 1): return "SHA-256"
    default: return nil
    }
  }

  /// 32 hex digits with a version-4 UUID's fixed digits ("4" at position 13, 8/9/a/b at 17):
  /// a random id without its dashes, not a digest.
  static func isUndashedUUID(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    return bytes.count == 32 && bytes.allSatisfy(isHex) && bytes[12] == UInt8(ascii: "4")
      && [
        UInt8(ascii: "8"), UInt8(ascii: "9"), UInt8(ascii: "a"), UInt8(ascii: "b"),
        UInt8(ascii: "A"), UInt8(ascii: "B"),
      ]
      .contains(bytes[16])
  }

  /// "name@example.org": one "@", no spaces, a dot in the domain, not at its ends.
  static func isEmail(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    guard bytes.count <= 254, bytes.count(where: { $0 == UInt8(ascii: "@") }) == 1,
      !bytes.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: ",") }),
      let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0
    else { return false }
    let domain = bytes[(at + 1)...]
    guard let dot = domain.lastIndex(of: UInt8(ascii: ".")) else { return false }
    return dot > domain.startIndex && dot < bytes.count - 1
  }

  /// "http://…", "https://…", "www.…" without spaces.
  static func isURL(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    guard !bytes.contains(where: { $0 <= 0x20 }) else { return false }
    let lower = bytes.prefix(8).map { $0 | 0x20 }
    return lower.starts(with: Array("http://".utf8)) || lower.starts(with: Array("https://".utf8))
      || (lower.starts(with: Array("www.".utf8)) && bytes.count > 6)
  }

  /// An IPv4 address (four numbers 0–255) or an IPv6 address ("2001:db8::1").
  static func isIPAddress(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    if parts.count == 4 {
      return parts.allSatisfy { part in
        (1...3).contains(part.count) && part.allSatisfy(isDigit)
          && (Int(String(decoding: part, as: UTF8.self)) ?? 256) <= 255
      }
    }
    // IPv6: eight groups (seven colons) or a "::" shortening; "10:30:00" is a time
    let colons = bytes.count { $0 == UInt8(ascii: ":") }
    let shortened = zip(bytes, bytes.dropFirst()).contains {
      $0 == UInt8(ascii: ":") && $1 == UInt8(ascii: ":")
    }
    return (colons == 7 || (shortened && colons >= 2 && colons <= 7)) && bytes.count <= 45
      && bytes.allSatisfy { isHex($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }
  }

  /// A US social security number "123-45-6789" or a UK National Insurance number "QQ123456C"
  /// (optionally spaced "QQ 12 34 56 C").
  static func isNationalID(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    if bytes.count == 11 {
      return bytes.enumerated().allSatisfy { index, byte in
        index == 3 || index == 6 ? byte == UInt8(ascii: "-") : isDigit(byte)
      }
    }
    let compact = bytes.filter { $0 != 0x20 }.map { (0x61...0x7A).contains($0) ? $0 & ~0x20 : $0 }
    guard compact.count == 9 else { return false }
    return compact.prefix(2).allSatisfy(isUpper) && compact[2..<8].allSatisfy(isDigit)
      && (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(compact[8])
  }

  /// "(617) 555-0123", "617-555-0123", "+44 20 7946 0958": 7 to 15 digits, only phone
  /// punctuation, and a separator or a leading "+" (bare digits are an integer); not a date
  /// ("1980-03-07" has the digits and dashes of a phone number).
  static func isPhone(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    let digits = bytes.count(where: isDigit)
    guard (7...15).contains(digits) else { return false }
    let allowed: Set<UInt8> = Set(" -().".utf8)
    guard bytes.allSatisfy({ isDigit($0) || allowed.contains($0) || $0 == UInt8(ascii: "+") }),
      bytes.dropFirst().allSatisfy({ $0 != UInt8(ascii: "+") })
    else { return false }
    return (bytes.first == UInt8(ascii: "+") || bytes.contains(where: allowed.contains))
      && CalendarDate(parsing: bytes) == nil
  }

  /// A date with a time of day in the spellings of `CalendarValue` ("2024-05-01 13:45:10",
  /// "2024-05-01T13:45:10.5+02:00"); with `epochSeconds`, also 9 or 10 bare digits
  /// ("1714571110"). A date alone, a time alone or a version string ("2024.05.01") is not one.
  static func isTimestamp(_ value: some Collection<UInt8>, epochSeconds: Bool) -> Bool {
    guard let parsed = CalendarValue(value, epochSeconds: epochSeconds) else { return false }
    return parsed.hour != nil
  }

  /// "02139", "02139-4307".
  static func isUSZip(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    if bytes.count == 5 { return bytes.allSatisfy(isDigit) }
    if bytes.count == 10 {
      return bytes[5] == UInt8(ascii: "-") && bytes[..<5].allSatisfy(isDigit)
        && bytes[6...].allSatisfy(isDigit)
    }
    return false
  }

  /// "SW1A 1AA", "M1 1AE", "EC1A1BB".
  static func isUKPostcode(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value).filter { $0 != 0x20 }.map {
      (0x61...0x7A).contains($0) ? $0 & ~0x20 : $0
    }
    guard (5...7).contains(bytes.count), isUpper(bytes[0]) else { return false }
    let inward = bytes.suffix(3)
    let outward = bytes.dropLast(3)
    return isDigit(inward[inward.startIndex]) && inward.dropFirst().allSatisfy(isUpper)
      && outward.allSatisfy { isUpper($0) || isDigit($0) } && outward.contains(where: isDigit)
      && isUpper(outward[outward.startIndex])
  }

  /// An optional sign and 1 to 18 digits.
  static func isInteger(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    let body =
      bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+")
      ? bytes.dropFirst() : bytes[...]
    return (1...18).contains(body.count) && body.allSatisfy(isDigit)
  }

  /// An optional sign, digits, one decimal point and digits: "-3.25", ".5", "12.".
  static func isDecimal(_ value: some Collection<UInt8>) -> Bool {
    let bytes = Array(value)
    let body =
      bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+")
      ? bytes.dropFirst() : bytes[...]
    let points = body.count { $0 == UInt8(ascii: ".") }
    return points == 1 && body.count >= 2
      && body.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") }
  }

  static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
  static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
  static func isHex(_ byte: UInt8) -> Bool {
    isDigit(byte) || (0x61...0x66).contains(byte) || (0x41...0x46).contains(byte)
  }
  static func isBase64(_ byte: UInt8) -> Bool {
    isDigit(byte) || isUpper(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "+")
      || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }
}
