/// The field delimiters a file may use, and the rule that picks one from the header.
public enum Delimiter {
  /// Comma, semicolon, tab and vertical bar, in order of preference on a tie.
  public static let candidates: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]

  /// The candidate that occurs most often outside quotes in the header line; comma when none
  /// occurs (a one-column file).
  public static func detect(inHeader header: [UInt8]) -> UInt8 {
    var counts = [Int](repeating: 0, count: candidates.count)
    var inQuotes = false
    for byte in header {
      if byte == 0x22 { inQuotes.toggle() }
      if inQuotes { continue }
      if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
    }
    let best = counts.indices.max {
      counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 < $1)
    }
    guard let best, counts[best] > 0 else { return 0x2C }
    return candidates[best]
  }

  /// The delimiter a user named: a single character, or "tab", "comma", "semicolon", "pipe".
  public static func parse(_ text: String) -> UInt8? {
    switch text.lowercased() {
    case "tab", "\\t", "\t": return 0x09
    case "comma": return 0x2C
    case "semicolon": return 0x3B
    case "pipe": return 0x7C
    default:
      let bytes = Array(text.utf8)
      guard bytes.count == 1, bytes[0] != 0x22, bytes[0] != 0x0A, bytes[0] != 0x0D else {
        return nil
      }
      return bytes[0]
    }
  }
}
