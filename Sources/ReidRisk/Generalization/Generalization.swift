/// How one quasi-identifier is coarsened before records are grouped: the level written after
/// the column's name in `--qi` (`birth_date:year`, `zip:3`, `age:10`, `gender:*`).
///
/// Values are compared after generalizing, as strings. A value the level does not apply to (a
/// birth date that is not `YYYY-MM-DD`, an age that is not an integer) stays exactly as it was,
/// and is counted (`GeneralizedColumn.notApplicableRecords`). What each level gives:
///
/// | level | on | `1987-05-17` / `2024-05-01T13:45:10+02:00` / `37` / `02139` |
/// | --- | --- | --- |
/// | `:minute` | timestamps | `2024-05-01 13:45+02:00` |
/// | `:hour` | timestamps | `2024-05-01 13+02:00` |
/// | `:day` | timestamps | `2024-05-01` |
/// | `:month` | dates, timestamps | `1987-05`, `2024-05` |
/// | `:year` | dates, timestamps | `1987`, `2024` |
/// | `:decade` | dates, timestamps | `1980s`, `2020s` |
/// | `:N` | integers: bands of width N; other columns: the first N characters | `age:10` → `30-39`, `zip:3` → `021` |
/// | `:band:N` | any column: bands of width N aligned at 0, `lo-hi` | `37` → `30-39`, `-3` → `-10--1` |
/// | `:prefix:N` | any column: the first N Unicode scalars; a shorter value stays | `02139` → `021` |
/// | `:*` | any column: every value `*`, missing cells included | `*` |
///
/// `:0` as a prefix (`zip:0`, `prefix:0`) is `:*`: every value, missing cells included,
/// becomes `*`. Sources: Sweeney, "Achieving k-anonymity privacy protection using
/// generalization and suppression" (2002), for generalization hierarchies; ARX's interval and
/// masking hierarchies for the band and prefix shapes.
public enum Generalization: Sendable, Hashable, CustomStringConvertible {
  case minute, hour, day, month, year, decade
  /// `:N`: bands of width N on an integer column, the first N characters on any other.
  case width(Int)
  /// `:band:N`: bands of width N (N ≥ 1) aligned at 0, whatever the column's type.
  case band(Int)
  /// `:prefix:N`: the first N Unicode scalars, whatever the column's type.
  case prefix(Int)
  /// `:*`: every value `*`; the column is suppressed but still counted.
  case suppressed

  /// The level as written after the colon: "year", "10", "band:10", "prefix:3", "*".
  public var description: String {
    switch self {
    case .minute: "minute"
    case .hour: "hour"
    case .day: "day"
    case .month: "month"
    case .year: "year"
    case .decade: "decade"
    case .width(let width): "\(width)"
    case .band(let width): "band:\(width)"
    case .prefix(let length): "prefix:\(length)"
    case .suppressed: "*"
    }
  }

  /// The calendar levels, finest first.
  static let calendarLevels: [Generalization] = [.minute, .hour, .day, .month, .year, .decade]

  /// Every level, in words, for error messages.
  static let allLevelsText =
    ":month :year :decade (dates and timestamps), :minute :hour :day (timestamps), :N, :band:N,"
    + " :prefix:N, :* (any column)"

  /// The level `text` names ("year", "10", "band:10", "prefix:3", "*"), or nil.
  public init?(level text: String) {
    let lower = text.lowercased()
    if let calendar = Self.calendarLevels.first(where: { $0.description == lower }) {
      self = calendar
      return
    }
    if lower == "*" {
      self = .suppressed
      return
    }
    if let width = Self.count(lower) {
      self = .width(width)
      return
    }
    for (word, make) in [("band:", Generalization.band), ("prefix:", Generalization.prefix)] {
      if lower.hasPrefix(word), let count = Self.count(String(lower.dropFirst(word.count))) {
        if word == "band:" && count < 1 { return nil }
        self = make(count)
        return
      }
    }
    return nil
  }

  /// A non-negative decimal count of at most 9 digits.
  private static func count(_ text: String) -> Int? {
    guard (1...9).contains(text.count), text.utf8.allSatisfy({ (0x30...0x39).contains($0) })
    else { return nil }
    return Int(text)
  }
}
