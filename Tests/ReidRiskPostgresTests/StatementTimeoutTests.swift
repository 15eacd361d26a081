import Testing

@testable import ReidRiskPostgres

@Suite("StatementTimeout: statement_timeout in seconds")
struct StatementTimeoutTests {
  @Test(
    "units, rounded up to whole seconds",
    arguments: [
      ("90s", 90), ("2min", 120), ("1500", 2),  // 1500 ms is 1.5 s, rounded up to 2
      ("1h", 3600), ("1d", 86400), ("1ms", 1), ("3000000us", 3),
    ])
  func units(text: String, seconds: Int) {
    #expect(StatementTimeout.seconds(text) == seconds)
  }

  @Test("0 is no limit; text the server would refuse is the default hour")
  func special() {
    #expect(StatementTimeout.seconds("0") == nil)
    #expect(StatementTimeout.seconds("soon") == 3600)
    #expect(StatementTimeout.seconds("5 fortnights") == 3600)
  }
}
