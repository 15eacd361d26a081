/// A date or a date-time read from the spellings generalization takes, kept as written so that
/// a generalized value is a prefix of the original's digits, never a conversion.
///
/// - a date: `YYYY-MM-DD` (ISO 8601; other spellings only after `--normalise`);
/// - a timestamp: `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS`, an optional fraction
///   (`.123`), then an optional zone `Z` or `±hh:mm`, kept as written and never converted;
/// - Unix epoch seconds, 9 or 10 digits (1973-03-03 to 2286-11-20), read as UTC, when the
///   column is a timestamp column (`epochSeconds: true`).
///
/// The day must exist ("2023-02-29" is not a date), hours run 00–23, minutes 00–59 and
/// seconds 00–60 (a leap second). `2024-05-01T13:45:10+02:00` gives year `2024`, month `05`,
/// day `01`, hour `13`, minute `45`, zone `+02:00`.
struct CalendarValue: Equatable {
  /// The value laid out as written: `YYYY-MM-DD` at 0..<10, and with a time of day the hour
  /// at 11..<13, the minute at 14..<16, and the zone from `zoneStart` to the end.
  private var bytes: [UInt8]
  private var hasTime = false
  private var zoneStart = 0

  var year: ArraySlice<UInt8> { bytes[0..<4] }
  var month: ArraySlice<UInt8> { bytes[5..<7] }
  var day: ArraySlice<UInt8> { bytes[8..<10] }
  /// Two digits each, when the value holds a time of day.
  var hour: ArraySlice<UInt8>? { hasTime ? bytes[11..<13] : nil }
  var minute: ArraySlice<UInt8>? { hasTime ? bytes[14..<16] : nil }
  /// The zone as written (`Z`, `+02:00`), or empty.
  var zone: ArraySlice<UInt8> { hasTime ? bytes[zoneStart...] : [] }

  init?(_ value: some Collection<UInt8>, epochSeconds: Bool = false) {
    guard let parsed = Self.parse(Array(value), epochSeconds: epochSeconds) else { return nil }
    self = parsed
  }

  private init(bytes: [UInt8], hasTime: Bool, zoneStart: Int) {
    self.bytes = bytes
    self.hasTime = hasTime
    self.zoneStart = zoneStart
  }

  private static func parse(_ bytes: [UInt8], epochSeconds: Bool) -> CalendarValue? {
    if epochSeconds, (9...10).contains(bytes.count), bytes.allSatisfy(Self.isDigit) {
      return CalendarValue(epoch: bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }
    guard bytes.count >= 10, Self.isDate(bytes[0..<10]) else { return nil }
    guard bytes.count > 10 else {
      return CalendarValue(bytes: bytes, hasTime: false, zoneStart: 10)
    }
    // a time: " HH:MM:SS" or "THH:MM:SS", then ".fraction", then a zone
    guard bytes.count >= 19, bytes[10] == 0x20 || bytes[10] == UInt8(ascii: "T"),
      Self.isDigits(bytes[11..<13]), bytes[13] == UInt8(ascii: ":"), Self.isDigits(bytes[14..<16]),
      bytes[16] == UInt8(ascii: ":"), Self.isDigits(bytes[17..<19]),
      Self.number(bytes[11..<13]) <= 23, Self.number(bytes[14..<16]) <= 59,
      Self.number(bytes[17..<19]) <= 60
    else { return nil }
    var rest = bytes[19...]
    if rest.first == UInt8(ascii: ".") {
      let digits = rest.dropFirst().prefix(while: Self.isDigit)
      guard !digits.isEmpty else { return nil }
      rest = rest.dropFirst(1 + digits.count)
    }
    let isZone =
      rest.isEmpty || rest.elementsEqual([UInt8(ascii: "Z")])
      || (rest.count == 6 && (rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-"))
        && Self.isDigits(rest.dropFirst().prefix(2))
        && rest[rest.startIndex + 3] == UInt8(ascii: ":")
        && Self.isDigits(rest.suffix(2)) && Self.number(rest.dropFirst().prefix(2)) <= 23
        && Self.number(rest.suffix(2)) <= 59)
    guard isZone else { return nil }
    return CalendarValue(bytes: bytes, hasTime: true, zoneStart: rest.startIndex)
  }

  /// The UTC date and time `seconds` after 1970-01-01 00:00:00 (Hinnant's days-to-civil).
  private init(epoch seconds: Int) {
    let days = seconds / 86_400
    let secondOfDay = seconds % 86_400
    let shifted = days + 719_468
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    let dash = UInt8(ascii: "-")
    let bytes =
      Self.digits(year, 4) + [dash] + Self.digits(month, 2) + [dash] + Self.digits(day, 2)
      + [0x20] + Self.digits(secondOfDay / 3600, 2) + [UInt8(ascii: ":")]
      + Self.digits(secondOfDay / 60 % 60, 2)
    self.init(bytes: bytes, hasTime: true, zoneStart: bytes.count)
  }

  static func == (lhs: CalendarValue, rhs: CalendarValue) -> Bool {
    lhs.year.elementsEqual(rhs.year) && lhs.month.elementsEqual(rhs.month)
      && lhs.day.elementsEqual(rhs.day) && lhs.hour.map(Array.init) == rhs.hour.map(Array.init)
      && lhs.minute.map(Array.init) == rhs.minute.map(Array.init)
      && lhs.zone.elementsEqual(rhs.zone)
  }

  /// `YYYY-MM-DD` with a day that exists.
  static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
    let start = bytes.startIndex
    guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"),
      bytes[start + 7] == UInt8(ascii: "-"), isDigits(bytes[start..<start + 4]),
      isDigits(bytes[start + 5..<start + 7]), isDigits(bytes[start + 8..<start + 10])
    else { return false }
    let month = number(bytes[start + 5..<start + 7])
    let day = number(bytes[start + 8..<start + 10])
    let year = number(bytes[start..<start + 4])
    guard (1...12).contains(month), day >= 1 else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  /// The value at `level`; nil when the level needs a time of day this value lacks.
  func generalized(_ level: Generalization) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(22)
    func date() {
      output += year
      output.append(UInt8(ascii: "-"))
      output += month
      output.append(UInt8(ascii: "-"))
      output += day
    }
    switch level {
    case .minute:
      guard let hour, let minute else { return nil }
      date()
      output.append(0x20)
      output += hour
      output.append(UInt8(ascii: ":"))
      output += minute
      output += zone
    case .hour:
      guard let hour else { return nil }
      date()
      output.append(0x20)
      output += hour
      output += zone
    case .day: date()
    case .month:
      output += year
      output.append(UInt8(ascii: "-"))
      output += month
    case .year: output += year
    case .decade:
      output += year.prefix(3)
      output += [UInt8(ascii: "0"), UInt8(ascii: "s")]
    default: return nil
    }
    return output
  }

  static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
  private static func isDigits(_ bytes: some Collection<UInt8>) -> Bool {
    !bytes.isEmpty && bytes.allSatisfy(isDigit)
  }
  private static func number(_ bytes: some Collection<UInt8>) -> Int {
    bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
  }
  private static func digits(_ value: Int, _ width: Int) -> [UInt8] {
    let text = Array(String(value).utf8)
    return [UInt8](repeating: 0x30, count: max(0, width - text.count)) + text
  }
}
