/// A calendar date read from one of the usual spellings, written back as ISO "yyyy-mm-dd".
///
/// Accepted (four-digit years only; a two-digit year is ambiguous and stays as it was):
/// - ISO and year-first: "1980-03-07", "1980/3/7", "1980.03.07", "19800307";
/// - numeric with the year last: "07.03.1980" (dots: European, day first), "03/07/1980" and
///   "03-07-1980" (month first unless the column is day-first, see `DateOrder`);
/// - with a month name (English, full or three letters, any case): "7 Mar 1980",
///   "07-Mar-1980", "Mar 7, 1980", "March 7 1980", "1980 Mar 7".
/// The day must exist: "1980-02-30" and "1981-02-29" are not dates.
public struct CalendarDate: Sendable, Equatable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// A valid date, or nil.
  public init?(year: Int, month: Int, day: Int) {
    guard (1000...9999).contains(year), (1...12).contains(month),
      (1...Self.days(inMonth: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date `text` spells, reading "a/b/yyyy" in `order`; nil when it is not a date.
  public init?(parsing text: some Collection<UInt8>, order: DateOrder = .monthFirst) {
    guard let spelling = DateSpelling(text), let parsed = Self.read(spelling, order: order) else {
      return nil
    }
    self = parsed
  }

  /// "1980-03-07".
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func read(_ spelling: DateSpelling, order: DateOrder) -> CalendarDate? {
    let tokens = spelling.tokens
    switch tokens.count {
    case 1:
      // yyyymmdd
      guard case .number(let value, 8) = tokens[0] else { return nil }
      return CalendarDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    case 3:
      return readThree(spelling, order: order)
    default:
      return nil
    }
  }

  private static func readThree(_ spelling: DateSpelling, order: DateOrder) -> CalendarDate? {
    let tokens = spelling.tokens
    switch (tokens[0], tokens[1], tokens[2]) {
    case (.number(let year, 4), .number(let month, 1...2), .number(let day, 1...2)):
      return CalendarDate(year: year, month: month, day: day)
    case (.number(let first, 1...2), .number(let second, 1...2), .number(let year, 4)):
      let dayFirst = spelling.firstSeparator == UInt8(ascii: ".") || order == .dayFirst
      return dayFirst
        ? CalendarDate(year: year, month: second, day: first)
        : CalendarDate(year: year, month: first, day: second)
    case (.number(let day, 1...2), .month(let month), .number(let year, 4)),
      (.month(let month), .number(let day, 1...2), .number(let year, 4)),
      (.number(let year, 4), .month(let month), .number(let day, 1...2)):
      return CalendarDate(year: year, month: month, day: day)
    default:
      return nil
    }
  }
}

/// How to read a numeric date whose year comes last and whose separator is "/" or "-":
/// "03/07/1980" is 7 March month-first (US) and 3 July day-first (most of Europe). Dots
/// ("03.07.1980") are always day-first.
public enum DateOrder: String, Sendable, Codable, Equatable {
  case monthFirst = "month_first"
  case dayFirst = "day_first"

  /// The order a column's values show: day-first when more of its "a/b/yyyy" values have a
  /// first number above 12 (only a day can be) than a second number above 12; month-first
  /// otherwise, the US convention. "25/12/1980" and "03/07/1980" → day-first;
  /// "12/25/1980" and "03/07/1980" → month-first; "03/07/1980" alone → month-first.
  public static func evidence(in values: some Sequence<some Collection<UInt8>>) -> DateOrder {
    var dayFirst = 0
    var monthFirst = 0
    for value in values {
      guard let (first, second) = DateSpelling(value)?.yearLastPair else { continue }
      if first > 12 && second <= 12 { dayFirst += 1 }
      if second > 12 && first <= 12 { monthFirst += 1 }
    }
    return dayFirst > monthFirst ? .dayFirst : .monthFirst
  }
}
