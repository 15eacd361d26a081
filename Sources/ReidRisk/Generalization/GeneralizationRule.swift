/// A generalization level resolved against the inferred type of the column it applies to: what
/// to do with each distinct value.
///
/// `:N` becomes bands on an integer column and a prefix on any other; calendar levels must fit
/// the type (`:hour` on timestamps only, `:month` on dates and timestamps). On a timestamp
/// column 9- and 10-digit integers are read as epoch seconds (UTC).
struct GeneralizationRule: Sendable, Equatable {
  enum Operation: Sendable, Equatable {
    case calendar(Generalization, epochSeconds: Bool)
    case band(Int)
    case prefix(Int)
    case star
  }

  let operation: Operation

  init(_ level: Generalization, column: String, type: ValueType) throws(GeneralizationError) {
    switch level {
    case .suppressed, .prefix(0): operation = .star
    case .prefix(let length): operation = .prefix(length)
    case .band(let width): operation = .band(width)
    case .width(let width):
      if type == .integer {
        guard width >= 1 else {
          throw .levelDoesNotFit(
            column: column, type: type, level: level, allowed: Self.allowed(type))
        }
        operation = .band(width)
      } else {
        operation = width == 0 ? .star : .prefix(width)
      }
    case .minute, .hour, .day:
      guard type == .timestamp else {
        throw .levelDoesNotFit(
          column: column, type: type, level: level, allowed: Self.allowed(type))
      }
      operation = .calendar(level, epochSeconds: true)
    case .month, .year, .decade:
      guard type == .timestamp || type == .date else {
        throw .levelDoesNotFit(
          column: column, type: type, level: level, allowed: Self.allowed(type))
      }
      operation = .calendar(level, epochSeconds: type == .timestamp)
    }
  }

  /// The levels a column of `type` takes, in words.
  static func allowed(_ type: ValueType) -> String {
    let any = ":band:N, :prefix:N, :*"
    switch type {
    case .timestamp: return ":minute, :hour, :day, :month, :year, :decade, :N (a prefix), " + any
    case .date: return ":month, :year, :decade, :N (a prefix), " + any
    case .integer: return ":N (bands of width N), " + any
    default: return ":N (the first N characters), " + any
    }
  }

  /// What a value the operation does not apply to is not, on a column of `type`.
  func notApplicableKind(_ type: ValueType) -> String {
    switch operation {
    case .calendar: return type == .date ? "not dates" : "not timestamps"
    case .band: return "not integers"
    case .prefix, .star: return "not valid UTF-8 text"
    }
  }

  /// Whether the operation makes missing values `*` too (`:*`, `:0`).
  var replacesMissingValues: Bool { operation == .star }

  /// The generalized value, or nil when the level does not apply to `value` (a date column's
  /// value that is not a date, a non-integer in bands, invalid UTF-8 for a prefix).
  func apply(_ value: ArraySlice<UInt8>) -> [UInt8]? {
    switch operation {
    case .star:
      return [UInt8(ascii: "*")]
    case .calendar(let level, let epochSeconds):
      return CalendarValue(value, epochSeconds: epochSeconds)?.generalized(level)
    case .band(let width):
      return Self.band(value, width: width)
    case .prefix(let length):
      return Self.prefix(value, length: length)
    }
  }

  /// The band `lo-hi` of width `width` aligned at 0 holding the integer `value`
  /// (`-?[0-9]{1,18}`): 37 at width 10 is `30-39`, 0 is `0-9`, -3 is `-10--1`.
  static func band(_ value: ArraySlice<UInt8>, width: Int) -> [UInt8]? {
    let negative = value.first == UInt8(ascii: "-")
    let digits = negative ? value.dropFirst() : value
    guard (1...18).contains(digits.count), digits.allSatisfy(CalendarValue.isDigit) else {
      return nil
    }
    let magnitude = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    let number = negative ? -magnitude : magnitude
    // floor division, so that -3 falls in [-10, -1]
    let low = (number >= 0 ? number / width : -((-number + width - 1) / width)) * width
    let (high, overflow) = low.addingReportingOverflow(width - 1)
    guard !overflow else { return nil }
    return Array("\(low)-\(high)".utf8)
  }

  /// The first `length` Unicode scalars of `value`; a shorter value as it is; nil when the
  /// value is not valid UTF-8.
  static func prefix(_ value: ArraySlice<UInt8>, length: Int) -> [UInt8]? {
    var scalars = 0
    var end = value.startIndex
    var iterator = value.makeIterator()
    var decoder = UTF8()
    while scalars < length {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        end += UTF8.width(scalar)
        scalars += 1
      case .emptyInput:
        return Array(value)
      case .error:
        return nil
      }
    }
    // the rest must be valid too: a prefix of broken text is not a cut of characters
    guard String(validating: value[end...], as: UTF8.self) != nil else { return nil }
    return Array(value[value.startIndex..<end])
  }
}
