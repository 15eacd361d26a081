import Foundation

/// The text rule: whitespace trimmed at both ends and each inner run of it made one space,
/// Unicode canonical composition (NFC: "e" + U+0301 becomes U+00E9), lower case.
///
/// " José  SMITH\t" → "josé smith". ASCII values take a byte-only path; only values with other
/// characters are decoded, and invalid UTF-8 is kept as it is apart from ASCII whitespace and case.
enum TextNormalisation {
  static func normalise(_ value: some Collection<UInt8>) -> [UInt8] {
    let collapsed = collapseWhitespace(value)
    guard collapsed.contains(where: { $0 >= 0x80 }) else {
      return collapsed.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }
    guard let text = String(validating: collapsed, as: UTF8.self) else {
      return collapsed.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return Array(trimmed.precomposedStringWithCanonicalMapping.lowercased().utf8)
  }

  /// ASCII whitespace trimmed, inner runs made one space.
  static func collapseWhitespace(_ value: some Collection<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(value.count)
    var pendingSpace = false
    for byte in value {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B
        || byte == 0x0C
      {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(0x20)
        pendingSpace = false
      }
      result.append(byte)
    }
    return result
  }
}
