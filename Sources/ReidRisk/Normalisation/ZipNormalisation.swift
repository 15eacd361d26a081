/// The ZIP rule. In a column of US ZIP codes, a value of 3 or 4 digits lost its leading zeros
/// to a spreadsheet: "2139" → "02139", "501" → "00501". Other postcodes are upper-cased with
/// one space, and a UK postcode written without its space gets it back: "sw1a1aa" →
/// "SW1A 1AA". ZIP+4 ("02139-4307") is kept as written.
enum ZipNormalisation {
  /// `padsToFive`: whether the column holds 5-digit ZIP codes (see `padsToFive(evidence:)`).
  static func normalise(_ value: some Collection<UInt8>, padsToFive: Bool) -> [UInt8] {
    let trimmed = TextNormalisation.collapseWhitespace(value)
    if trimmed.allSatisfy(isDigit) {
      if padsToFive && (3...4).contains(trimmed.count) {
        return Array(repeating: UInt8(ascii: "0"), count: 5 - trimmed.count) + trimmed
      }
      return trimmed
    }
    var upper = trimmed.map { (0x61...0x7A).contains($0) ? $0 & ~0x20 : $0 }
    if isUnspacedUKPostcode(upper) { upper.insert(0x20, at: upper.count - 3) }
    return upper
  }

  /// Whether a column looks like US ZIP codes: at least half of its all-digit values, 3 to 5
  /// digits long, have 5 digits. {"02139", "10025", "2139"} → yes; {"2000", "3000", "8001"}
  /// (Australian postcodes) → no.
  static func padsToFive(evidence values: some Sequence<some Collection<UInt8>>) -> Bool {
    var five = 0
    var shorter = 0
    for value in values {
      let trimmed = TextNormalisation.collapseWhitespace(value)
      guard (3...5).contains(trimmed.count), trimmed.allSatisfy(isDigit) else { continue }
      if trimmed.count == 5 { five += 1 } else { shorter += 1 }
    }
    return five > 0 && five >= shorter
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
  private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }

  /// "SW1A1AA", "M11AE", "CR26XH": an outward code (letter, then letters and digits) directly
  /// followed by an inward code (digit, letter, letter), 5 to 7 characters, no space.
  private static func isUnspacedUKPostcode(_ value: [UInt8]) -> Bool {
    guard (5...7).contains(value.count), isLetter(value[0]) else { return false }
    let inward = value.suffix(3)
    let outward = value.dropLast(3)
    return isDigit(inward[inward.startIndex]) && inward.dropFirst().allSatisfy(isLetter)
      && outward.allSatisfy { isLetter($0) || isDigit($0) } && outward.contains(where: isDigit)
  }
}
