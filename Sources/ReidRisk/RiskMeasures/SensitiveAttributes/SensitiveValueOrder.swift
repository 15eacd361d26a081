/// The order of a sensitive column's values for the ordered Earth Mover's Distance: each code's
/// rank, equal numbers sharing one.
///
/// A column is numeric when every value present that is not missing reads as a decimal number
/// ("12", "-3.5", "1e3"; not "inf", "nan" or "0x1F") and at least one such value is present.
/// Numeric values are ranked by number, so "1" and "1.0" share a rank (ground distance 0), as
/// they would after pandas converts the column to numbers. Missing values come after every
/// number, one rank each, as pandas sorts NaN last. A column that is not numeric is categorical
/// and gets no order.
struct SensitiveValueOrder: Sendable {
  /// The rank of each code from 0, or -1 for a code not present.
  let rankOfCode: [Int32]
  /// m, the number of ranks.
  let rankCount: Int

  /// The order of the present codes (those with `valueTotals[code] > 0`), or nil when the
  /// column is not numeric.
  init?(dictionary: ValueDictionary, valueTotals: [Int], isMissing: [Bool]) {
    var numbers: [(value: Double, code: Int32)] = []
    var missing: [Int32] = []
    for code in valueTotals.indices where valueTotals[code] > 0 {
      if isMissing[code] {
        missing.append(Int32(code))
        continue
      }
      guard let number = Self.number(dictionary.bytes(of: Int32(code))) else { return nil }
      numbers.append((number, Int32(code)))
    }
    guard !numbers.isEmpty else { return nil }
    numbers.sort { $0.value < $1.value }
    var ranks = [Int32](repeating: -1, count: valueTotals.count)
    var rank: Int32 = -1
    var previous: Double?
    for (value, code) in numbers {
      if value != previous { rank += 1 }
      previous = value
      ranks[Int(code)] = rank
    }
    for code in missing {
      rank += 1
      ranks[Int(code)] = rank
    }
    rankOfCode = ranks
    rankCount = Int(rank) + 1
  }

  /// The value of `bytes` when they spell a decimal number: optional sign, digits with at most
  /// one decimal point (at least one digit), optional exponent. Surrounding spaces are not
  /// allowed.
  static func number(_ bytes: ArraySlice<UInt8>) -> Double? {
    var index = bytes.startIndex
    let end = bytes.endIndex
    func digits() -> Int {
      let start = index
      while index < end, (0x30...0x39).contains(bytes[index]) { index += 1 }
      return index - start
    }
    if index < end, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
    var mantissaDigits = digits()
    if index < end, bytes[index] == 0x2E {
      index += 1
      mantissaDigits += digits()
    }
    guard mantissaDigits > 0 else { return nil }
    if index < end, bytes[index] == 0x65 || bytes[index] == 0x45 {
      index += 1
      if index < end, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
      guard digits() > 0 else { return nil }
    }
    guard index == end else { return nil }
    return Double(String(decoding: bytes, as: UTF8.self))
  }
}
