/// How a message names a setting in its remedy: as the flag a user of `scan` types, or as the
/// line a user of a policy writes. The core describes the problem; the edge that reports it
/// picks the wording, so a `check` user is told `lenient: true`, not `--lenient`.
public enum SettingWording: Sendable, Equatable {
  case flags
  case policy

  /// The setting `key`, with `value` when the remedy is a value: `--missing value` or
  /// `missing: value`; a switch (`value` nil) is `--lenient` or `lenient: true`.
  public func name(_ key: String, value: String? = nil) -> String {
    let setting = ScanSettings.setting(named: key)
    switch self {
    case .flags:
      let flag = setting?.flag ?? "--" + key.replacing("_", with: "-")
      return value.map { "\(flag) \($0)" } ?? flag
    case .policy:
      let isSwitch = setting?.shape == .flag
      return "\(key): \(value ?? (isSwitch ? "true" : "..."))"
    }
  }
}
