import Foundation
import ReidRisk

/// What a scan needs beside its settings, read from the files the settings name: the scenarios
/// of a scenario file and the population class sizes of a superset or population table. `scan`,
/// `check` and `report` all measure through it, so one setting gives one figure whichever way it
/// was given.
struct ScanInputs {
  let settings: ScanSettings
  var options: ScanOptions
  let populationSource: PopulationSource?

  /// Where a message about settings goes: on the command line, naming flags; or for a rule
  /// of a policy, naming keys and prefixed with the policy and the rule.
  enum Naming {
    case flags
    case policy(file: String, rule: String)

    func name(_ key: String) -> String {
      switch self {
      case .flags: return SettingWording.flags.name(key)
      case .policy: return key
      }
    }

    func message(_ text: String) -> String {
      switch self {
      case .flags: return text
      case .policy(let file, let rule): return "\(file): \(rule): \(text)"
      }
    }
  }

  /// Reads what `settings` (merged, paths as the user may open them) name.
  static func load(_ settings: ScanSettings, naming: Naming = .flags) throws(ReportedError)
    -> ScanInputs
  {
    try check(settings, naming: naming)
    var defined: [AttackScenario] = []
    if let file = settings.scenarioFile { defined = try scenarios(in: file) }
    let options: ScanOptions
    do {
      options = try settings.scanOptions(scenarioFile: defined)
    } catch {
      throw ReportedError(message: naming.message(error.message(name: naming.name("scenarios"))))
    }
    return ScanInputs(
      settings: settings, options: options, populationSource: try populationSource(settings))
  }

  /// What a combination of settings cannot mean.
  private static func check(_ settings: ScanSettings, naming: Naming) throws(ReportedError) {
    func fail(_ text: String) throws(ReportedError) {
      throw ReportedError(message: naming.message(text))
    }
    if settings.superset != nil && settings.populationTable != nil {
      try fail("give \(naming.name("population_table")) or \(naming.name("superset")), not both")
    }
    if settings.quasiIdentifiers == nil
      && (settings.superset != nil || settings.populationTable != nil)
    {
      try fail(
        "\(naming.name("superset")) and \(naming.name("population_table")) need"
          + " \(naming.name("quasi_identifiers"))")
    }
    if (settings.l != nil || settings.t != nil) && settings.sensitive == nil {
      try fail(
        "\(naming.name("l")) and \(naming.name("t")) apply to sensitive columns; name them with"
          + " \(naming.name("sensitive"))")
    }
  }

  private static func scenarios(in file: String) throws(ReportedError) -> [AttackScenario] {
    let text = try TextFile.read(file, what: "the scenario file")
    do {
      return try ScenarioFile.parse(text, file: file)
    } catch {
      throw ReportedError(message: error.description)
    }
  }

  /// The superset or population table, read on the quasi-identifiers (and the count column).
  private static func populationSource(_ settings: ScanSettings) throws(ReportedError)
    -> PopulationSource?
  {
    let quasiIdentifiers = settings.quasiIdentifierNames ?? []
    if let superset = settings.superset {
      return .superset(
        try InputReader.read(
          superset, request: InputOptions.request(settings, columns: quasiIdentifiers)))
    }
    if let table = settings.populationTable {
      let count = settings.resolvedCountColumn
      let dataset = try InputReader.read(
        table, request: InputOptions.request(settings, columns: quasiIdentifiers + [count]))
      return .table(dataset, countColumn: count)
    }
    return nil
  }

  /// The request that reads a file for these options.
  var request: DatasetRequest {
    let options = self.options
    return InputOptions.request(
      settings, columns: options.requestedColumns,
      columnsForHeader: { options.columns(for: $0) })
  }
}
