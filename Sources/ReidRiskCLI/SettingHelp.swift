import ArgumentParser
import ReidRisk

/// The command-line face of `ScanSettings.all`: each option group below declares its settings'
/// options with the help, value name and flag of their declaration, and reads what was given
/// into a `ScanSettings` layer through the same validation a policy line goes through.
/// `SettingOptionsTests` checks the groups against the catalog, both ways.
enum SettingHelp {
  /// The help of the setting declared under `key`.
  static func help(_ key: String) -> ArgumentHelp {
    guard let setting = ScanSettings.setting(named: key) else { return ArgumentHelp("") }
    let help = setting.defaultValue.map { setting.help + " Default: \($0)." } ?? setting.help
    return ArgumentHelp(help, valueName: setting.valueName.isEmpty ? nil : setting.valueName)
  }

  /// The flag of the setting declared under `key`.
  static func name(_ key: String) -> NameSpecification {
    .customLong(String((ScanSettings.setting(named: key)?.flag ?? key).dropFirst(2)))
  }

  /// A layer of settings from the values given on the command line, by policy key; each value
  /// checked by its declaration, a refusal worded with the flag.
  static func layer(_ given: [(key: String, input: SettingInput?)]) throws -> ScanSettings {
    var settings = ScanSettings()
    for (key, input) in given {
      guard let input, let setting = ScanSettings.setting(named: key) else { continue }
      do {
        try setting.set(input, in: &settings)
      } catch {
        throw ValidationError(error.message(name: setting.flag))
      }
    }
    for (first, second) in ScanSettings.exclusive {
      let given = Set(given.filter { $0.input != nil }.map(\.key))
      if given.contains(first) && given.contains(second) {
        let flags = [first, second].compactMap { ScanSettings.setting(named: $0)?.flag }
        throw ValidationError("give \(flags.joined(separator: " or ")), not both")
      }
    }
    return settings
  }
}

extension Optional where Wrapped == String {
  /// A flag's value as a setting reads it.
  var input: SettingInput? { map(SettingInput.text) }
}

extension Optional where Wrapped == Bool {
  /// A switch (`--lenient`, `--no-lenient`) as a setting reads it.
  var input: SettingInput? { map(SettingInput.flag) }
}
