/// A setting's value as written: a flag's argument or a policy scalar (`.text`), a YAML list
/// (`.list`), or a command-line switch (`.flag`).
public enum SettingInput: Sendable, Equatable {
  case text(String)
  case list([String])
  case flag(Bool)

  /// The input as a short text for a message.
  var written: String {
    switch self {
    case .text(let text): return text
    case .list(let items): return items.isEmpty ? "an empty list" : items.joined(separator: ", ")
    case .flag(let value): return value ? "true" : "false"
    }
  }
}

/// A value a setting refuses: what was given and what would do. The edge that read it words the
/// message with its own name for the setting: `--sampling-fraction is "2"; expected ...` on the
/// command line, `.reidrisk.yml:7: sampling_fraction is "2"; expected ...` in a policy.
public struct SettingValueError: Error, Equatable, Sendable {
  public var given: String
  public var expected: String

  public init(given: String, expected: String) {
    self.given = given
    self.expected = expected
  }

  /// The one message shape, with `name` the setting as the user wrote it (`--k`, `k`).
  public func message(name: String) -> String {
    "\(name) is \"\(given)\"; expected \(expected)"
  }
}

/// The kinds of value settings take, each validated once here with one wording of what is
/// expected. A YAML list is accepted where a list is; a list written as text is split at commas
/// outside double quotes (`CommaList`).
enum SettingValue {
  /// A fraction in (0, 1]: a sampling fraction, a risk threshold.
  static func fraction(_ input: SettingInput, example: String) throws(SettingValueError) -> Double {
    let value = try number(input, expected: "a number in (0, 1], e.g. \(example)")
    guard value > 0 && value <= 1 else {
      throw SettingValueError(given: input.written, expected: "a number in (0, 1], e.g. \(example)")
    }
    return value
  }

  /// A share in [0, 1]: a bound on a share of records, a t-closeness distance.
  static func share(_ input: SettingInput, example: String) throws(SettingValueError) -> Double {
    let expected = "a number between 0 and 1, e.g. \(example)"
    let value = try number(input, expected: expected)
    guard (0...1).contains(value) else {
      throw SettingValueError(given: input.written, expected: expected)
    }
    return value
  }

  /// A whole number of at least 1, at most `maximum` (`1_000_000` is allowed, as in YAML).
  static func count(_ input: SettingInput, example: String, maximum: Int = Int.max)
    throws(SettingValueError) -> Int
  {
    let expected =
      maximum == Int.max
      ? "a whole number of at least 1, e.g. \(example)"
      : "a whole number from 1 to \(maximum), e.g. \(example)"
    guard case .text(let text) = input, let value = Int(text.filter { $0 != "_" }), value >= 1,
      value <= maximum
    else {
      throw SettingValueError(given: input.written, expected: expected)
    }
    return value
  }

  /// One non-empty name: a column, a path.
  static func name(_ input: SettingInput, what: String) throws(SettingValueError) -> String {
    guard case .text(let text) = input, !text.isEmpty else {
      throw SettingValueError(given: input.written, expected: what)
    }
    return text
  }

  /// A non-empty list of non-empty names.
  static func names(_ input: SettingInput, example: String) throws(SettingValueError) -> [String] {
    let expected = "one or more column names, e.g. \(example)"
    let items = try list(input, expected: expected)
    guard !items.isEmpty, !items.contains(where: \.isEmpty) else {
      throw SettingValueError(given: input.written, expected: expected)
    }
    return items
  }

  /// A quasi-identifier list: `birth_date:year,zip:3,gender` as text; as a YAML list, each item
  /// one entry, its exact text a column name unless it holds a colon (`zip:3`, or a quoted
  /// name with a colon, `'"a:b":3'`).
  static func quasiIdentifiers(_ input: SettingInput) throws(SettingValueError)
    -> [QuasiIdentifierSpec]
  {
    let expected = "one or more column names, e.g. zip,birth_date:year,gender"
    var specs: [QuasiIdentifierSpec] = []
    do throws(GeneralizationError) {
      switch input {
      case .text(let text): specs = try QuasiIdentifierSpec.parse(text)
      case .list(let items):
        for item in items {
          // an item without a colon is a name, exactly as written
          let parsed =
            item.contains(":")
            ? try QuasiIdentifierSpec.parse(item) : [QuasiIdentifierSpec(name: item)]
          specs += parsed.count == 1 ? parsed : [QuasiIdentifierSpec(name: "")]
        }
      case .flag: break
      }
      _ = try QuasiIdentifierSpec.split(specs)
    } catch {
      throw SettingValueError(given: input.written, expected: error.description)
    }
    guard !specs.isEmpty, !specs.contains(where: { $0.name.isEmpty }) else {
      throw SettingValueError(given: input.written, expected: expected)
    }
    return specs
  }

  /// A list whose items may be empty (missing-value tokens).
  static func tokens(_ input: SettingInput) throws(SettingValueError) -> [String] {
    try list(input, expected: "a list of values, e.g. \"N/A,NULL,?\"")
  }

  /// `true` or `false`, or a command-line switch.
  static func boolean(_ input: SettingInput) throws(SettingValueError) -> Bool {
    switch input {
    case .flag(let value): return value
    case .text("true"): return true
    case .text("false"): return false
    default: throw SettingValueError(given: input.written, expected: "true or false")
    }
  }

  /// One of an enumeration's raw values.
  static func choice<Choice: RawRepresentable & CaseIterable>(
    _ input: SettingInput, _ type: Choice.Type
  ) throws(SettingValueError) -> Choice where Choice.RawValue == String {
    guard case .text(let text) = input, let value = Choice(rawValue: text) else {
      throw SettingValueError(
        given: input.written,
        expected: Choice.allCases.map(\.rawValue).joined(separator: ", ", last: " or "))
    }
    return value
  }

  private static func number(_ input: SettingInput, expected: String) throws(SettingValueError)
    -> Double
  {
    guard case .text(let text) = input, let value = Double(text.filter { $0 != "_" }),
      value.isFinite
    else {
      throw SettingValueError(given: input.written, expected: expected)
    }
    return value
  }

  private static func list(_ input: SettingInput, expected: String) throws(SettingValueError)
    -> [String]
  {
    switch input {
    case .list(let items): return items
    case .text(let text):
      guard let items = CommaList.split(text) else {
        throw SettingValueError(
          given: text, expected: "\(expected) (a quote opened in the list is never closed)")
      }
      return items
    case .flag: throw SettingValueError(given: input.written, expected: expected)
    }
  }
}

extension Array where Element == String {
  /// "a, b or c".
  func joined(separator: String, last: String) -> String {
    count < 2 ? joined() : dropLast().joined(separator: separator) + last + self[count - 1]
  }
}
