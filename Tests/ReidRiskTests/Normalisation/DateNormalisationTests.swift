import Testing

@testable import ReidRisk

/// Each date spelling the date rule accepts, and near misses it must leave alone.
@Suite struct DateNormalisationTests {
  static let accepted: [(String, String)] = [
    ("1980-03-07", "1980-03-07"),  // ISO
    ("1980-3-7", "1980-03-07"),  // ISO without zero padding
    ("1980/03/07", "1980-03-07"),  // year first, slashes
    ("1980.03.07", "1980-03-07"),  // year first, dots
    ("19800307", "1980-03-07"),  // basic ISO, 8 digits
    ("03/07/1980", "1980-03-07"),  // US: month first
    ("3/7/1980", "1980-03-07"),  // US without padding
    ("03-07-1980", "1980-03-07"),  // year last, dashes: month first by default
    ("07.03.1980", "1980-03-07"),  // European: dots are day first
    ("7.3.1980", "1980-03-07"),
    ("7 Mar 1980", "1980-03-07"),  // day, short month name, year
    ("7 March 1980", "1980-03-07"),
    ("07-Mar-1980", "1980-03-07"),
    ("7 MAR 1980", "1980-03-07"),  // month names in any case
    ("Mar 7, 1980", "1980-03-07"),  // month name first
    ("March 7 1980", "1980-03-07"),
    ("Sept 7, 1980", "1980-09-07"),
    ("1980 Mar 7", "1980-03-07"),
    ("  1980-03-07 ", "1980-03-07"),  // surrounding whitespace
    ("2000-02-29", "2000-02-29"),  // leap year (divisible by 400)
  ]

  @Test(arguments: accepted)
  func spellingBecomesISO(_ value: String, _ expected: String) {
    let normaliser = ColumnNormaliser(rule: .date)
    #expect(String(decoding: normaliser.normalise(Array(value.utf8)), as: UTF8.self) == expected)
  }

  static let rejected: [String] = [
    "1980-02-30",  // no 30 February
    "1900-02-29",  // 1900 is not a leap year (divisible by 100, not 400)
    "1981-02-29",
    "1980-13-01",  // no month 13
    "03/07/80",  // two-digit year: ambiguous century
    "7 Foo 1980",  // no such month
    "1980-03-07T10:00",  // a time
    "12345",
    "-1980-03-07",
  ]

  @Test(arguments: rejected)
  func nonDatesAreNotDates(_ value: String) {
    #expect(CalendarDate(parsing: Array(value.utf8)) == nil)
  }

  @Test func aNonDateFallsBackToTheTextRule() {
    let normaliser = ColumnNormaliser(rule: .date)
    #expect(
      String(decoding: normaliser.normalise(Array(" Unknown ".utf8)), as: UTF8.self) == "unknown")
  }

  @Test func dayFirstOrderReadsSlashesDayFirst() {
    let normaliser = ColumnNormaliser(rule: .date, dateOrder: .dayFirst)
    // 03/07/1980 day first = 3 July
    #expect(
      String(decoding: normaliser.normalise(Array("03/07/1980".utf8)), as: UTF8.self)
        == "1980-07-03")
    // dots are day first whatever the order
    #expect(
      String(decoding: normaliser.normalise(Array("03.07.1980".utf8)), as: UTF8.self)
        == "1980-07-03")
  }

  @Test func orderEvidence() {
    func order(_ values: [String]) -> DateOrder {
      DateOrder.evidence(in: values.map { Array($0.utf8) })
    }
    // 25/12: only a day can be 25 → day first (1 vote against 0)
    #expect(order(["25/12/1980", "03/07/1980"]) == .dayFirst)
    // 12/25: the second number is the day → month first
    #expect(order(["12/25/1980", "03/07/1980"]) == .monthFirst)
    // no evidence → the US convention
    #expect(order(["03/07/1980"]) == .monthFirst)
    // dotted dates are no evidence: they are always day first
    #expect(order(["25.12.1980", "03/07/1980"]) == .monthFirst)
    // a tie (one vote each) → month first
    #expect(order(["25/12/1980", "12/25/1980"]) == .monthFirst)
  }
}

/// Crashes found by fuzzing (`fuzz/run`), each kept as a test.
@Suite struct DateFuzzRegressionTests {
  /// `FuzzDateRecognisers`: a run of 22 digits overflowed the piece's number (a trap once the
  /// library built without `-Ounchecked`; a silent wrap before). More than 8 digits is no date.
  @Test func longDigitRunIsNoDate() {
    let found =
      Array("06666666666666666666662".utf8) + [0xD1, 0xCE] + Array("72/0".utf8)
      + [UInt8](repeating: 0xFF, count: 8) + Array("7/".utf8)
    #expect(DateSpelling(found) == nil)
    #expect(CalendarDate(parsing: found) == nil)
    #expect(CalendarDate(parsing: Array(String(repeating: "9", count: 40).utf8)) == nil)
    // 8 digits still read: 19800307 is 1980-03-07.
    #expect(
      CalendarDate(parsing: Array("19800307".utf8)) == CalendarDate(year: 1980, month: 3, day: 7))
  }
}
