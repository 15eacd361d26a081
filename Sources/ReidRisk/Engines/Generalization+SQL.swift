extension Generalization {
  /// This level as an SQL expression over the text `value` (never NULL, never missing), giving
  /// what `GeneralizationRule.apply` gives in Swift, and the value itself where the level does
  /// not apply (as the CSV path keeps such a value as it was).
  ///
  /// - `:prefix:N`: the first N characters (code points in every engine, as Swift's Unicode
  ///   scalars);
  /// - `:band:N`: an integer `-?[0-9]{1,18}` becomes `lo-hi`, lo = value − ((value mod N) + N)
  ///   mod N (floor division, so −3 at width 10 is `-10--1`);
  /// - `:year`, `:month`, `:decade`, `:day`, `:hour`, `:minute`: a date `YYYY-MM-DD` whose day
  ///   exists, or such a date with a time `[ T]HH:MM:SS`, a fraction and a zone (`Z`, `±hh:mm`),
  ///   cut as `CalendarValue` cuts it.
  ///
  /// `:N` and `:0` mean bands or a prefix by the column's inferred type, which an engine source
  /// does not infer: they are refused (`SQLError.levelNeedsType`). `:*` is handled by the
  /// caller (every value `*`, missing ones too). Epoch seconds are not read as timestamps.
  func sql(_ value: String, dialect: SQLDialect, column: String) throws(SQLError) -> String {
    switch self {
    case .width:
      throw .levelNeedsType(column: column, level: self)
    case .suppressed, .prefix(0):
      return "'*'"
    case .prefix(let length):
      return "substr(\(value), 1, \(length))"
    case .band(let width):
      return Self.bandSQL(value, width: width, dialect: dialect)
    case .minute, .hour, .day, .month, .year, .decade:
      return calendarSQL(value, dialect: dialect)
    }
  }

  /// Whether the level makes every value `*`, missing ones included.
  var suppressesEveryValue: Bool { self == .suppressed || self == .prefix(0) }

  private static func bandSQL(_ value: String, width: Int, dialect: SQLDialect) -> String {
    let number = dialect.integer(value)
    let low = "(\(number) - mod(mod(\(number), \(width)) + \(width), \(width)))"
    return "CASE WHEN \(dialect.matchesWhole(value, "-?[0-9]{1,18}"))"
      + " THEN \(dialect.text(low)) || '-' || \(dialect.text("\(low) + \(width - 1)"))"
      + " ELSE \(value) END"
  }

  /// The date and time grammar of `CalendarValue`, without backslashes.
  static let calendarPattern =
    "[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?"

  private func calendarSQL(_ value: String, dialect: SQLDialect) -> String {
    func number(_ start: Int, _ length: Int) -> String {
      dialect.integer("substr(\(value), \(start), \(length))")
    }
    let year = number(1, 4)
    let month = number(6, 2)
    let day = number(9, 2)
    let leap =
      "(mod(\(year), 4) = 0 AND (mod(\(year), 100) <> 0 OR mod(\(year), 400) = 0))"
    let monthLength =
      "CASE WHEN \(month) = 2 THEN CASE WHEN \(leap) THEN 29 ELSE 28 END"
      + " WHEN \(month) IN (4, 6, 9, 11) THEN 30 ELSE 31 END"
    let length = "length(\(value))"
    // a sign 6 characters from the end starts a zone ±hh:mm; the grammar allows no other
    let zoneSign = "substr(\(value), \(length) - 5, 1)"
    let hasOffset = "\(zoneSign) IN ('+', '-')"
    let zone =
      "CASE WHEN substr(\(value), \(length), 1) = 'Z' THEN 'Z'"
      + " WHEN \(hasOffset) THEN substr(\(value), \(length) - 5, 6) ELSE '' END"
    let cut: String
    let needsTime: Bool
    switch self {
    case .year: (cut, needsTime) = ("substr(\(value), 1, 4)", false)
    case .month: (cut, needsTime) = ("substr(\(value), 1, 7)", false)
    case .decade: (cut, needsTime) = ("substr(\(value), 1, 3) || '0s'", false)
    case .day: (cut, needsTime) = ("substr(\(value), 1, 10)", false)
    case .hour:
      cut = "substr(\(value), 1, 10) || ' ' || substr(\(value), 12, 2) || \(zone)"
      needsTime = true
    default:
      cut = "substr(\(value), 1, 10) || ' ' || substr(\(value), 12, 5) || \(zone)"
      needsTime = true
    }
    // one condition per WHEN, so that a number is cast only once the grammar says it is
    // digits (an engine need not stop at the first false term of an AND)
    let zoneHour = dialect.integer("substr(\(value), \(length) - 4, 2)")
    let zoneMinute = dialect.integer("substr(\(value), \(length) - 1, 2)")
    return "CASE WHEN NOT \(dialect.matchesWhole(value, Self.calendarPattern)) THEN \(value)"
      + " WHEN \(month) NOT BETWEEN 1 AND 12 THEN \(value)"
      + " WHEN \(day) NOT BETWEEN 1 AND \(monthLength) THEN \(value)"
      + " WHEN \(length) = 10 THEN \(needsTime ? value : cut)"
      + " WHEN \(number(12, 2)) > 23 OR \(number(15, 2)) > 59 OR \(number(18, 2)) > 60"
      + " THEN \(value)"
      + " WHEN \(hasOffset) THEN CASE WHEN \(zoneHour) <= 23 AND \(zoneMinute) <= 59"
      + " THEN \(cut) ELSE \(value) END"
      + " ELSE \(cut) END"
  }
}
