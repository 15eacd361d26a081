/// One setting of a scan, declared once (in `ScanSettings.all`): its policy key, its value type
/// and validation, its default and its one-line help. The command-line flag is the key with `-`
/// for `_` (`sampling_fraction` is `--sampling-fraction`); the CLI's option groups, the policy
/// parser and the policy's key table in `docs/policy.md` are tested against this list.
public struct Setting: Sendable {
  /// How the setting is written on the command line.
  public enum Shape: Sendable {
    /// An option with a value, `--k 5`.
    case value
    /// An option with a comma-separated list, `--qi zip,age`.
    case list
    /// A switch, `--lenient` (and `--no-lenient` to undo a policy's `lenient: true`).
    case flag
  }

  /// The key in a policy, e.g. `sampling_fraction`.
  public let key: String
  public let shape: Shape
  /// The value's name in `--help`, e.g. `fraction`.
  public let valueName: String
  /// One line saying what the setting does.
  public let help: String
  /// The value used when no layer sets it, in words ("0.2"); nil when unset means "none".
  public let defaultValue: String?
  /// Whether the value is a path, which a policy gives relative to its own folder.
  public let isPath: Bool
  /// The flag, where it is not the key with dashes: `--qi` for `quasi_identifiers`.
  let flagName: String?
  let assign: @Sendable (SettingInput, inout ScanSettings) throws(SettingValueError) -> Void
  let copy: @Sendable (ScanSettings, inout ScanSettings) -> Void

  /// The command-line flag, e.g. `--sampling-fraction`.
  public var flag: String { flagName ?? "--" + key.replacing("_", with: "-") }

  init(
    key: String, flag: String? = nil, shape: Shape, valueName: String, help: String,
    defaultValue: String? = nil, isPath: Bool = false,
    assign:
      @escaping @Sendable (SettingInput, inout ScanSettings) throws(SettingValueError) -> Void,
    copy: @escaping @Sendable (ScanSettings, inout ScanSettings) -> Void
  ) {
    self.key = key
    self.flagName = flag
    self.shape = shape
    self.valueName = valueName
    self.help = help
    self.defaultValue = defaultValue
    self.isPath = isPath
    self.assign = assign
    self.copy = copy
  }

  /// A setting stored at `path`; `read` validates the value as written.
  static func stored<Value: Sendable>(
    _ key: String, _ path: WritableKeyPath<ScanSettings, Value?> & Sendable,
    flag: String? = nil, shape: Shape = .value, valueName: String, help: String,
    default defaultValue: String? = nil,
    isPath: Bool = false,
    read: @escaping @Sendable (SettingInput) throws(SettingValueError) -> Value
  ) -> Setting {
    Setting(
      key: key, flag: flag, shape: shape, valueName: valueName, help: help,
      defaultValue: defaultValue,
      isPath: isPath,
      assign: { (input, settings) throws(SettingValueError) in
        settings[keyPath: path] = try read(input)
      },
      copy: { from, to in if let value = from[keyPath: path] { to[keyPath: path] = value } })
  }

  /// Sets this setting in `settings` from `input`.
  public func set(_ input: SettingInput, in settings: inout ScanSettings) throws(SettingValueError)
  {
    try assign(input, &settings)
  }

}
