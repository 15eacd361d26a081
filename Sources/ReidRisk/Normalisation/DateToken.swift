/// A piece of a date spelling: a run of digits or an English month name.
enum DateToken: Equatable {
  /// A number and how many digits it was written with ("07" → 7, 2 digits).
  case number(Int, digits: Int)
  /// A month, 1 to 12.
  case month(Int)
}

/// A value cut into date pieces. Separators ("-", "/", ".", ",", spaces) divide pieces; the
/// first one is kept to tell "07.03.1980" (European, day first) from "07/03/1980".
struct DateSpelling: Equatable {
  var tokens: [DateToken] = []
  /// The separator right after the first piece.
  var firstSeparator: UInt8?

  /// The pieces of `text`; nil when the text holds anything else (a letter run that is no
  /// month, a time, a sign, a number longer than 8 digits).
  init?(_ text: some Collection<UInt8>) {
    var number = 0
    var digits = 0
    var letters: [UInt8] = []
    var tokens: [DateToken] = []
    var firstSeparator: UInt8?
    func flush() -> Bool {
      if digits > 0 {
        guard digits <= 8 else { return false }
        tokens.append(.number(number, digits: digits))
        number = 0
        digits = 0
      } else if !letters.isEmpty {
        guard let month = Self.month(named: letters) else { return false }
        tokens.append(.month(month))
        letters = []
      }
      return true
    }
    for byte in text {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        // More than 8 digits is no date piece: stop before the number can overflow (a run
        // of 19 digits did, found by fuzzing).
        guard letters.isEmpty, digits < 8 else { return nil }
        number = number * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        guard digits == 0 else { return nil }
        letters.append(byte | 0x20)
      case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ","),
        UInt8(ascii: " "), UInt8(ascii: "\t"):
        // a sign or a separator before the first piece ("-1980-03-07") is no date
        guard
          byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || digits > 0 || !letters.isEmpty
            || !tokens.isEmpty
        else { return nil }
        guard flush() else { return nil }
        if tokens.count == 1 && firstSeparator == nil { firstSeparator = byte }
      default:
        return nil
      }
    }
    guard flush(), !tokens.isEmpty else { return nil }
    self.tokens = tokens
    self.firstSeparator = firstSeparator
  }

  /// The numbers of an "a/b/yyyy" or "a-b-yyyy" spelling (not dots), else nil.
  var yearLastPair: (first: Int, second: Int)? {
    guard tokens.count == 3, firstSeparator != UInt8(ascii: "."),
      case .number(let first, 1...2) = tokens[0], case .number(let second, 1...2) = tokens[1],
      case .number(_, 4) = tokens[2]
    else { return nil }
    return (first, second)
  }

  private static let months: [(name: String, month: Int)] = [
    ("jan", 1), ("january", 1), ("feb", 2), ("february", 2), ("mar", 3), ("march", 3),
    ("apr", 4), ("april", 4), ("may", 5), ("jun", 6), ("june", 6), ("jul", 7), ("july", 7),
    ("aug", 8), ("august", 8), ("sep", 9), ("sept", 9), ("september", 9), ("oct", 10),
    ("october", 10), ("nov", 11), ("november", 11), ("dec", 12), ("december", 12),
  ]

  private static func month(named letters: [UInt8]) -> Int? {
    months.first { $0.name.utf8.elementsEqual(letters) }?.month
  }
}
