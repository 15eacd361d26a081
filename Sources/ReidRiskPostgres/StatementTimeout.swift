/// PostgreSQL's `statement_timeout` in whole seconds, rounded up: a number of milliseconds, or
/// a number with one of the units `us`, `ms`, `s`, `min`, `h`, `d`. `"90s"` is 90, `"2min"` is
/// 120, `"1500"` (ms) is 2. `"0"` is nil: no limit. Text the server would refuse is read as the
/// default, one hour, since the server refuses the login anyway. Source: PostgreSQL
/// documentation, "Parameter Names and Values" (numeric with unit).
enum StatementTimeout {
  static func seconds(_ text: String) -> Int? {
    let trimmed = text.filter { !$0.isWhitespace }
    let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
    let unit = trimmed.dropFirst(digits.count)
    let fallback = PostgresSession.defaultStatementTimeout / 1000
    guard let number = Int(digits), number < Int(Int32.max) else { return fallback }
    let perUnit: [Substring: Double] = [
      "": 0.001, "us": 0.000_001, "ms": 0.001, "s": 1, "min": 60, "h": 3600, "d": 86400,
    ]
    guard let scale = perUnit[unit] else { return fallback }
    if number == 0 { return nil }
    return max(1, Int((Double(number) * scale).rounded(.up)))
  }
}
