import Testing

@testable import ReidRisk

/// `quoted`, the one quoting of input text in messages (the core's and the PostgreSQL
/// client's): quotes and backslashes escaped, control characters visible, cut at a limit.
@Suite struct QuotedTests {
  @Test func escapesQuotesBackslashesAndControls() {
    #expect(quoted("a\"b") == "\"a\\\"b\"")
    #expect(quoted("a\\b") == "\"a\\\\b\"")
    #expect(quoted("l\nf\t\u{1B}") == "\"l\\nf\\t\\u{1b}\"")
  }

  /// A limit of 4 keeps 3 characters and the ellipsis; 6 characters fit a limit of 6.
  @Test func cutsAtTheLimit() {
    #expect(quoted("abcdef", limit: 4) == "\"abc…\"")
    #expect(quoted("abcdef", limit: 6) == "\"abcdef\"")
  }
}
