import Testing

@testable import ReidRisk

/// Each value pattern, with near misses that must not match.
@Suite struct ValuePatternTests {
  func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  static let digests: [(String, String?)] = [
    ("5d41402abc4b2a76b9719d911017c592", "MD5"),  // md5("hello"), 32 hex
    ("5D41402ABC4B2A76B9719D911017C592", "MD5"),  // upper case throughout
    ("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d", "SHA-1"),  // sha1("hello"), 40 hex
    ("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "SHA-256"),  // 64 hex
    ("XUFAKrxLKna5cZ2REBfFkg==", "MD5"),  // base64 of md5("hello"): 24 characters, "=="
    ("qvTGHdzF6KLavt4PO0gs2a6pQ00=", "SHA-1"),  // 28 characters, "="
    ("LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=", "SHA-256"),  // 44 characters, "="
    // near misses
    ("5d41402abc4b2a76b9719d911017c59", nil),  // 31 hex
    ("5d41402abc4b2a76b9719d911017c5922", nil),  // 33 hex
    ("5d41402ABC4b2a76b9719d911017c592", nil),  // mixed case: no digest tool prints that
    ("5d41402abc4b2a76b9719d911017c59g", nil),  // "g" is no hex digit
    ("XUFAKrxLKna5cZ2REBfFkg", nil),  // base64 without its padding
    ("XUFAKrxLKna5cZ2REBfFk===", nil),  // wrong padding
    ("550e8400-e29b-41d4-a716-446655440000", nil),  // a UUID with dashes: 36 characters
  ]

  @Test(arguments: digests)
  func digest(_ value: String, _ algorithm: String?) {
    #expect(ValuePatterns.digest(bytes(value)) == algorithm)
  }

  @Test func undashedUUIDIsNotADigest() {
    // version 4: "4" at position 13, "a" (of 8, 9, a, b) at 17
    #expect(ValuePatterns.isUndashedUUID(bytes("550e8400e29b41d4a716446655440000")))
    #expect(!ValuePatterns.isUndashedUUID(bytes("5d41402abc4b2a76b9719d911017c592")))
  }

  static let emails: [(String, Bool)] = [
    ("ann@example.org", true), ("a.b+tag@mail.example", true),
    ("ann@example", false),  // no dot in the domain
    ("@example.org", false), ("ann@@example.org", false), ("ann smith@example.org", false),
    ("ann@example.org,bob@example.org", false), ("ann@example.", false),
  ]

  @Test(arguments: emails)
  func email(_ value: String, _ expected: Bool) {
    #expect(ValuePatterns.isEmail(bytes(value)) == expected)
  }

  static let urls: [(String, Bool)] = [
    ("https://example.org/in/ann", true), ("http://example.org", true), ("www.example.org", true),
    ("example.org", false), ("http//example.org", false), ("https://exa mple.org", false),
  ]

  @Test(arguments: urls)
  func url(_ value: String, _ expected: Bool) {
    #expect(ValuePatterns.isURL(bytes(value)) == expected)
  }

  static let addresses: [(String, Bool)] = [
    ("192.168.0.1", true), ("2001:db8::1", true), ("2001:0db8:0000:0000:0000:ff00:0042:8329", true),
    ("256.1.1.1", false),  // 256 is over 255
    ("1.2.3", false), ("1.2.3.4.5", false),
    ("10:30:00", false),  // a time
    ("1980.03.07", false),
  ]

  @Test(arguments: addresses)
  func ipAddress(_ value: String, _ expected: Bool) {
    #expect(ValuePatterns.isIPAddress(bytes(value)) == expected)
  }

  static let nationalIDs: [(String, Bool)] = [
    ("123-45-6789", true),  // US social security number
    ("QQ123456C", true), ("qq 12 34 56 c", true),  // UK National Insurance number
    ("123-456-789", false), ("12-345-6789", false), ("123456789", false),
    ("QQ123456E", false),  // the suffix is A to D
  ]

  @Test(arguments: nationalIDs)
  func nationalID(_ value: String, _ expected: Bool) {
    #expect(ValuePatterns.isNationalID(bytes(value)) == expected)
  }

  static let phones: [(String, Bool)] = [
    ("(617) 555-0123", true), ("617-555-0123", true), ("+44 20 7946 0958", true),
    ("+16175550123", true),
    ("6175550123", false),  // bare digits: an integer
    ("1980-03-07", false),  // a date
    ("555-0123", true),  // 7 digits: a local number
    ("12-34", false),  // too few digits
    ("1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6", false),  // 16 digits: too many
  ]

  @Test(arguments: phones)
  func phone(_ value: String, _ expected: Bool) {
    #expect(ValuePatterns.isPhone(bytes(value)) == expected)
  }

  static let postcodes: [(String, Bool, Bool)] = [
    // value, US ZIP, UK postcode
    ("02139", true, false), ("02139-4307", true, false), ("SW1A 1AA", false, true),
    ("m1 1ae", false, true),
    ("2139", false, false),  // a lost leading zero: a ZIP only where the header says so
    ("021394307", false, false), ("SW1A", false, false),
  ]

  @Test(arguments: postcodes)
  func postcode(_ value: String, _ us: Bool, _ uk: Bool) {
    #expect(ValuePatterns.isUSZip(bytes(value)) == us)
    #expect(ValuePatterns.isUKPostcode(bytes(value)) == uk)
  }

  @Test func numbers() {
    #expect(ValuePatterns.isInteger(bytes("-42")))
    #expect(!ValuePatterns.isInteger(bytes("4.2")))
    #expect(!ValuePatterns.isInteger(bytes("")))
    #expect(ValuePatterns.isDecimal(bytes("-3.25")))
    #expect(ValuePatterns.isDecimal(bytes(".5")))
    #expect(!ValuePatterns.isDecimal(bytes("1.2.3")))
    #expect(!ValuePatterns.isDecimal(bytes("3,25")))
  }
}
