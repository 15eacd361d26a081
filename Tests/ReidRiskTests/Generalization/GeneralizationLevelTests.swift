import Testing

@testable import ReidRisk

/// Every level on every type, by hand: the expected output is the input cut as the level says.
@Suite struct GeneralizationLevelTests {
  private func apply(_ level: Generalization, _ type: ValueType, _ value: String) throws
    -> String?
  {
    let rule = try GeneralizationRule(level, column: "c", type: type)
    return rule.apply(Array(value.utf8)[...]).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test(
    arguments: [
      // date column: month keeps YYYY-MM, year YYYY, decade the first three digits and "0s"
      (Generalization.month, "1987-05-17", "1987-05"),
      (.year, "1987-05-17", "1987"),
      (.decade, "1987-05-17", "1980s"),
      (.decade, "2000-01-01", "2000s"),
      // values that are not YYYY-MM-DD dates are not generalized (nil: kept as they are)
      (.year, "17/05/1987", nil),
      (.year, "1987-02-30", nil),  // no 30 February
      (.year, "1987-5-17", nil),
      (.year, "unknown", nil),
      (.month, "2024-02-29", "2024-02"),  // a leap day exists in 2024
      (.month, "2023-02-29", nil),  // not in 2023
    ] as [(Generalization, String, String?)])
  func dates(level: Generalization, value: String, expected: String?) throws {
    #expect(try apply(level, .date, value) == expected)
  }

  @Test(
    arguments: [
      // the separator becomes a space; the zone stays after minute and hour, goes from day on
      (Generalization.minute, "2024-05-01T13:45:10+02:00", "2024-05-01 13:45+02:00"),
      (.hour, "2024-05-01T13:45:10+02:00", "2024-05-01 13+02:00"),
      (.day, "2024-05-01T13:45:10+02:00", "2024-05-01"),
      (.month, "2024-05-01T13:45:10+02:00", "2024-05"),
      (.year, "2024-05-01T13:45:10+02:00", "2024"),
      (.decade, "2024-05-01T13:45:10+02:00", "2020s"),
      (.hour, "2024-05-01 13:45:10", "2024-05-01 13"),
      (.hour, "2024-05-01 13:45:10.123456Z", "2024-05-01 13Z"),
      (.minute, "2024-05-01T23:59:60-11:30", "2024-05-01 23:59-11:30"),  // a leap second
      // a date alone has a day but no hour
      (.day, "2024-05-01", "2024-05-01"),
      (.hour, "2024-05-01", nil),
      // near misses
      (.hour, "2024-05-01 24:00:00", nil),
      (.hour, "2024-05-01 13:45", nil),  // no seconds
      (.hour, "2024-05-01T13:45:10+2:00", nil),
      (.hour, "2024-05-01T13:45:10.", nil),
      (.hour, "2024-05-01T13:45:10 CET", nil),
      // epoch seconds in a timestamp column, UTC: 1714571110 = 19,844 days + 49,510 s; day
      // 19,844 is 2024-05-01 (2024-01-01 is day 19,723, + 31 + 29 + 31 + 30); 49,510 s = 13:45:10
      (.minute, "1714571110", "2024-05-01 13:45"),
      (.hour, "1714571110", "2024-05-01 13"),
      // 999,999,999 s = 11,574 days + 6,399 s = 2001-09-09 01:46:39
      (.day, "999999999", "2001-09-09"),
      (.hour, "17145711", nil),  // 8 digits: not epoch seconds
    ] as [(Generalization, String, String?)])
  func timestamps(level: Generalization, value: String, expected: String?) throws {
    #expect(try apply(level, .timestamp, value) == expected)
  }

  @Test(
    arguments: [
      // bands of width W aligned at 0: lo = floor(v / W) * W, hi = lo + W - 1
      (Generalization.width(10), "37", "30-39"),
      (.width(10), "0", "0-9"),
      (.width(10), "-3", "-10--1"),  // floor(-3 / 10) = -1
      (.width(10), "-10", "-10--1"),
      (.width(10), "-11", "-20--11"),
      (.width(5), "007", "5-9"),
      (.width(1), "42", "42-42"),
      (.band(20), "39", "20-39"),
      (.width(10), "+5", nil),  // -?[0-9]+ only
      (.width(10), "3.5", nil),
      (.width(10), "", nil),
      (.width(10), "1234567890123456789", nil),  // 19 digits: too large
    ] as [(Generalization, String, String?)])
  func integers(level: Generalization, value: String, expected: String?) throws {
    #expect(try apply(level, .integer, value) == expected)
  }

  @Test(
    arguments: [
      // the first N Unicode scalars; a shorter value stays
      (Generalization.width(3), ValueType.zip, "02139", "021"),
      (.width(3), .zip, "SW1A 1AA", "SW1"),
      (.width(3), .zip, "12", "12"),
      (.width(2), .categorical, "Zürich", "Zü"),  // ü is one scalar, two bytes
      (.width(0), .zip, "02139", "*"),
      (.prefix(3), .integer, "12345", "123"),  // forced prefix on an integer column
      (.band(10), .zip, "02139", "2130-2139"),  // forced bands on a code column
      (.band(10), .zip, "SW1A", nil),
      (.prefix(2), .date, "1987-05-17", "19"),
      (.width(4), .date, "1987-05-17", "1987"),  // :N on a date is a prefix
      (.suppressed, .categorical, "Female", "*"),
      (.suppressed, .integer, "", "*"),
    ] as [(Generalization, ValueType, String, String?)])
  func prefixesAndStars(level: Generalization, type: ValueType, value: String, expected: String?)
    throws
  {
    #expect(try apply(level, type, value) == expected)
  }

  @Test func prefixOfInvalidUTF8IsNotApplicable() throws {
    let rule = try GeneralizationRule(.width(2), column: "c", type: .code)
    #expect(rule.apply([0x41, 0xFF, 0x42][...]) == nil)
    #expect(rule.apply([0x41, 0x42, 0xFF][...]) == nil)
  }

  @Test(
    arguments: [
      (Generalization.year, ValueType.categorical),
      (.hour, .date),
      (.minute, .integer),
      (.decade, .zip),
      (.width(0), .integer),
    ] as [(Generalization, ValueType)])
  func levelsThatDoNotFitTheType(level: Generalization, type: ValueType) {
    #expect(throws: GeneralizationError.self) {
      try GeneralizationRule(level, column: "gender", type: type)
    }
  }

  @Test func misfitMessageNamesColumnTypeAndLevels() {
    let error = GeneralizationError.levelDoesNotFit(
      column: "gender", type: .categorical, level: .year,
      allowed: GeneralizationRule.allowed(.categorical))
    #expect(
      error.description
        == "\"gender\" holds categorical values, which :year does not fit; it takes :N (the"
        + " first N characters), :band:N, :prefix:N, :*")
  }
}
