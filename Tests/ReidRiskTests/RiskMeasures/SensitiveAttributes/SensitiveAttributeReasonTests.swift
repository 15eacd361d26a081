import Testing

@testable import ReidRisk

@Suite struct SensitiveAttributeReasonTests {
  typealias Fixture = SensitiveAttributeFixture

  /// A = 7 × Gold; B = {Gold, Silver, Bronze}; C = {Silver}; D = {Gold, Gold, Silver, Bronze}.
  static let fixture = Fixture(
    Array(repeating: ("A", "Gold"), count: 7) + [
      ("B", "Gold"), ("B", "Silver"), ("B", "Bronze"), ("C", "Silver"),
      ("D", "Gold"), ("D", "Gold"), ("D", "Silver"), ("D", "Bronze"),
    ])

  @Test func classesSharingOneValue() throws {
    let risk = Self.fixture.risk(l: 2)
    #expect(risk.reason(forClass: 0) == "all 7 members share one value of tier")
    #expect(risk.reason(forClass: 0, showValues: true) == "all 7 members share tier=Gold")
    #expect(risk.reason(forClass: 2) == "the class has a single member, whose tier it discloses")
    #expect(
      risk.reason(forClass: 2, showValues: true)
        == "the class has a single member, with tier=Silver")
    #expect(risk.reason(forClass: 1) == nil)
    #expect(risk.shortClasses.map(\.classId) == [0, 2])
    let first = try #require(risk.shortClasses.first)
    #expect(first.size == 7 && first.distinctValues == 1 && first.isBelowL && !first.isAboveT)
  }

  @Test func classesWithTooFewValues() {
    // l = 4: B and D hold 3 values each. D lists its values by count, largest first.
    let risk = Self.fixture.risk(l: 4)
    #expect(
      risk.reason(forClass: 3)
        == "the 4 members hold only 3 distinct values of tier, fewer than 4")
    #expect(
      risk.reason(forClass: 3, showValues: true)
        == "the 4 members hold only 3 distinct values of tier, fewer than 4:"
        + " tier=Gold (2), tier=Silver (1), tier=Bronze (1)")
  }

  @Test func classFarFromTheFile() {
    // File: Gold 10, Silver 3, Bronze 2 (n = 15). C = {Silver}:
    // ½(|1 − 3/15| + 10/15 + 2/15) = ½(12/15 + 12/15) = 0.8. Silver gains 1 − 0.2.
    let risk = Self.fixture.risk(t: 0.5)
    #expect(
      risk.reason(forClass: 2)
        == "tier here is 0.8 from its distribution in the file, above t = 0.5:"
        + " one value holds 1 of 1 members against 3 of 15 records overall")
    #expect(
      risk.reason(forClass: 2, showValues: true)
        == "tier here is 0.8 from its distribution in the file, above t = 0.5:"
        + " tier=Silver holds 1 of 1 members against 3 of 15 records overall")
    // A (7 × Gold) is ½(|1 − 10/15| + 3/15 + 2/15) = 1/3 from the file: within 0.5.
    #expect(risk.reason(forClass: 0) == nil)
  }

  @Test func bothReasonsJoin() {
    let risk = Self.fixture.risk(l: 2, t: 0.5)
    #expect(
      risk.reason(forClass: 2, showValues: true)
        == "the class has a single member, with tier=Silver; tier here is 0.8 from its"
        + " distribution in the file, above t = 0.5: tier=Silver holds 1 of 1 members against"
        + " 3 of 15 records overall")
  }

  @Test func emptyValueIsNamed() {
    let fixture = Fixture([("A", ""), ("A", ""), ("B", "Gold")])
    #expect(
      fixture.risk(l: 2).reason(forClass: 0, showValues: true) == "all 2 members share tier=(empty)"
    )
  }

  @Test(arguments: [(0.8, "0.8"), (1.0 / 3, "0.333"), (0.25, "0.25"), (1.0, "1"), (0.0, "0")])
  func distanceFormat(value: Double, text: String) {
    #expect(SensitiveAttributeRisk.format(value) == text)
  }
}
