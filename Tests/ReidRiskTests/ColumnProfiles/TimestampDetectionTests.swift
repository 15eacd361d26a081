import Testing

@testable import ReidRisk

/// Timestamps: each spelling, epoch seconds only under a time header, near misses (dates,
/// times alone, version strings, phone numbers), the role and the suggested level.
@Suite struct TimestampDetectionTests {
  func profile(_ header: String, _ values: [String]) throws -> ColumnProfile {
    let text = ([header] + values.map { "\"\($0)\"" }).joined(separator: "\n") + "\n"
    let dataset = try DatasetReader.read(text, columns: [header])
    return ColumnProfile(column: try #require(dataset.columns.first))
  }

  @Test(arguments: [
    "2024-05-01 13:45:10", "2024-05-01T13:45:10", "2024-05-01T13:45:10.123",
    "2024-05-01T13:45:10Z", "2024-05-01 13:45:10.5+02:00", "2024-05-01T13:45:10-07:30",
  ])
  func eachSpellingIsATimestamp(value: String) {
    #expect(ValuePatterns.isTimestamp(Array(value.utf8), epochSeconds: false))
  }

  @Test(arguments: [
    "2024-05-01",  // a date alone
    "13:45:10",  // a time alone
    "2024-05-01 13:45",  // no seconds
    "2024-13-01 13:45:10",  // no month 13
    "2024-05-01 25:00:00",
    "2024-05-01T13:45:10+0200",  // zone without its colon
    "2024.05.01",  // a version string
    "1.2.3",
    "10.0.19045.3693",
    "(617) 555-0123",  // phone numbers
    "+44 20 7946 0958",
    "6175550123",  // ten digits, but epoch seconds only under a time header
  ])
  func nearMissesAreNot(value: String) {
    #expect(!ValuePatterns.isTimestamp(Array(value.utf8), epochSeconds: false))
  }

  @Test func epochSecondsOnlyUnderATimeHeader() throws {
    let seconds = ["1714571110", "1714574710", "999999999", "1700000000"]
    // 9 and 10 digits under "registered_at" (ends in _at) and "event_time" (says time)
    #expect(try profile("registered_at", seconds).type == .timestamp)
    #expect(try profile("event_time", seconds).type == .timestamp)
    #expect(try profile("createdAt", seconds).type == .timestamp)
    // the same digits under a neutral header are integers; under "phone" a phone column
    // would need separators, so bare digits are integers there too
    #expect(try profile("reference", seconds).type == .integer)
    #expect(try profile("phone", ["6175550123", "6175550124"]).type != .timestamp)
    // 8 or 11 digits under a time header: not epoch seconds
    #expect(try profile("registered_at", ["17145711", "17145712"]).type == .integer)
  }

  @Test func aTimestampColumnIsAQuasiIdentifierSuggestedAtTheHour() throws {
    let column = try profile(
      "last_login", ["2024-05-01 13:45:10", "2024-05-02 09:01:59", "2024-05-03T22:10:00Z"])
    #expect(column.type == .timestamp)
    #expect(column.role == .quasiIdentifier)
    #expect(column.evidence.contains("the time of an event"))
    #expect(ColumnProfile.suggestedQuasiIdentifiers([column]) == ["last_login:hour"])
    let text = "registered_at,gender\n2024-05-01 13:45:10,F\n2024-05-01 13:50:00,M\n"
    let dataset = try DatasetReader.read(text, columns: ["registered_at", "gender"])
    let suggestion = QuasiIdentifierSuggestion(dataset: dataset)
    #expect(suggestion.quasiIdentifiers == ["registered_at", "gender"])
    #expect(suggestion.generalizations == ["registered_at": .hour])
    #expect(suggestion.note?.contains("registered_at:hour, gender") == true)
  }

  @Test func aScanWithoutQiUsesTheSuggestedLevel() throws {
    // both records fall in the hour 2024-05-01 13: one class of 2 on registered_at:hour
    let text = "registered_at\n2024-05-01 13:45:10\n2024-05-01 13:50:00\n"
    let dataset = try DatasetReader.read(text, columns: ["registered_at"])
    let scan = try Scan(dataset: dataset, file: "t.csv", options: ScanOptions(quasiIdentifiers: []))
    #expect(scan.report.k == 2)
    #expect(scan.report.generalizations.map(\.level) == ["hour"])
  }
}
