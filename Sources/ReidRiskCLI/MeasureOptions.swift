import ArgumentParser
import ReidRisk

/// The columns a scan groups on and identifies records by.
struct ColumnOptions: ParsableArguments {
  @Option(name: SettingHelp.name("quasi_identifiers"), help: SettingHelp.help("quasi_identifiers"))
  var qi: String?

  @Option(name: SettingHelp.name("id"), help: SettingHelp.help("id"))
  var id: String?

  func settings() throws -> ScanSettings {
    try SettingHelp.layer([("quasi_identifiers", qi.input), ("id", id.input)])
  }

  func validate() throws { _ = try settings() }
}

/// When a record is at risk and which records are flagged.
struct RiskOptions: ParsableArguments {
  @Option(
    name: SettingHelp.name("threshold"), parsing: .unconditional,
    help: SettingHelp.help("threshold"))
  var threshold: String?

  @Option(name: SettingHelp.name("k"), parsing: .unconditional, help: SettingHelp.help("k"))
  var k: String?

  func settings() throws -> ScanSettings {
    try SettingHelp.layer([("threshold", threshold.input), ("k", k.input)])
  }

  func validate() throws { _ = try settings() }
}

/// The population the file was drawn from, survey weights and sensitive columns.
struct ModelOptions: ParsableArguments {
  @Option(
    name: SettingHelp.name("population"), parsing: .unconditional,
    help: SettingHelp.help("population"))
  var population: String?

  @Option(
    name: SettingHelp.name("sampling_fraction"), parsing: .unconditional,
    help: SettingHelp.help("sampling_fraction"))
  var samplingFraction: String?

  @Option(name: SettingHelp.name("population_table"), help: SettingHelp.help("population_table"))
  var populationTable: String?

  @Option(name: SettingHelp.name("count_column"), help: SettingHelp.help("count_column"))
  var countColumn: String?

  @Option(name: SettingHelp.name("superset"), help: SettingHelp.help("superset"))
  var superset: String?

  @Option(name: SettingHelp.name("weight"), help: SettingHelp.help("weight"))
  var weight: String?

  @Option(name: SettingHelp.name("sensitive"), help: SettingHelp.help("sensitive"))
  var sensitive: String?

  @Option(name: SettingHelp.name("l"), parsing: .unconditional, help: SettingHelp.help("l"))
  var l: String?

  @Option(name: SettingHelp.name("t"), parsing: .unconditional, help: SettingHelp.help("t"))
  var t: String?

  func settings() throws -> ScanSettings {
    try SettingHelp.layer([
      ("population", population.input), ("sampling_fraction", samplingFraction.input),
      ("population_table", populationTable.input), ("count_column", countColumn.input),
      ("superset", superset.input), ("weight", weight.input), ("sensitive", sensitive.input),
      ("l", l.input), ("t", t.input),
    ])
  }

  func validate() throws { _ = try settings() }
}

/// How an attacker with outside data would compare values, and which outside sources to test.
struct AttackOptions: ParsableArguments {
  @Flag(
    name: SettingHelp.name("normalise"), inversion: .prefixedNo,
    help: SettingHelp.help("normalise"))
  var normalise: Bool?

  @Option(name: SettingHelp.name("scenarios"), help: SettingHelp.help("scenarios"))
  var scenarios: String?

  @Option(name: SettingHelp.name("scenario_file"), help: SettingHelp.help("scenario_file"))
  var scenarioFile: String?

  func settings() throws -> ScanSettings {
    try SettingHelp.layer([
      ("normalise", normalise.input), ("scenarios", scenarios.input),
      ("scenario_file", scenarioFile.input),
    ])
  }

  func validate() throws { _ = try settings() }
}

/// Gates: bounds that make the command exit 1 when a file breaks them, one option per
/// `BoundKind`, named and explained by it.
struct BoundOptions: ParsableArguments {
  @Option(name: BoundOptions.name(.minK), parsing: .unconditional, help: BoundOptions.help(.minK))
  var minK: String?

  @Option(
    name: BoundOptions.name(.maxRisk), parsing: .unconditional, help: BoundOptions.help(.maxRisk))
  var maxRisk: String?

  @Option(
    name: BoundOptions.name(.maxRecordsAtRisk), parsing: .unconditional,
    help: BoundOptions.help(.maxRecordsAtRisk))
  var maxRecordsAtRisk: String?

  @Option(
    name: BoundOptions.name(.maxUniques), parsing: .unconditional,
    help: BoundOptions.help(.maxUniques))
  var maxUniques: String?

  @Option(
    name: BoundOptions.name(.maxPopulationUniques), parsing: .unconditional,
    help: BoundOptions.help(.maxPopulationUniques))
  var maxPopulationUniques: String?

  @Option(name: BoundOptions.name(.minL), parsing: .unconditional, help: BoundOptions.help(.minL))
  var minL: String?

  @Option(name: BoundOptions.name(.maxT), parsing: .unconditional, help: BoundOptions.help(.maxT))
  var maxT: String?

  static func name(_ kind: BoundKind) -> NameSpecification {
    .customLong(String(kind.flag.dropFirst(2)))
  }

  static func help(_ kind: BoundKind) -> ArgumentHelp {
    ArgumentHelp(kind.help, valueName: kind.valueName)
  }

  /// What was given, by kind.
  var given: [(BoundKind, String?)] {
    [
      (.minK, minK), (.maxRisk, maxRisk), (.maxRecordsAtRisk, maxRecordsAtRisk),
      (.maxUniques, maxUniques), (.maxPopulationUniques, maxPopulationUniques), (.minL, minL),
      (.maxT, maxT),
    ]
  }

  /// The bounds given, each checked by its kind, a refusal worded with the flag.
  func bounds() throws -> Bounds {
    var bounds = Bounds()
    for (kind, text) in given {
      guard let text else { continue }
      do {
        bounds[kind] = try kind.limit(.text(text))
      } catch {
        throw ValidationError(error.message(name: kind.flag))
      }
    }
    return bounds
  }

  func validate() throws { _ = try bounds() }
}

/// Every setting of a scan but the input files: what `check` and `report` take to override
/// the rules of a policy (or, for `report`, to measure without one).
struct SettingOptions: ParsableArguments {
  @OptionGroup(title: "Columns") var columns: ColumnOptions
  @OptionGroup(title: "Risk") var risk: RiskOptions
  @OptionGroup(title: "Risk") var missing: MissingOption
  @OptionGroup(title: "Outside data") var attacks: AttackOptions
  @OptionGroup(title: "Population and sensitive columns") var models: ModelOptions
  @OptionGroup(title: "Why records are unique") var uniqueness: UniquenessOptions
  @OptionGroup(title: "Bounds (exit 1 when broken)") var bounds: BoundOptions

  /// The settings given, reading settings from `input`, as one layer.
  func layer(input: some ReadingSettings) throws -> ScanSettings {
    var settings = [
      try input.settings(), try columns.settings(), try risk.settings(), try missing.settings(),
      try attacks.settings(), try models.settings(), try uniqueness.settings(),
    ].reduce(ScanSettings()) { $0.overridden(by: $1) }
    settings.bounds = try bounds.bounds()
    return settings
  }
}

/// Options that give the reading settings (delimiter, lenient, na).
protocol ReadingSettings {
  func settings() throws -> ScanSettings
}

/// The reading settings without file arguments, for `check`, whose files are the policy's.
struct InputSettingOptions: ParsableArguments, ReadingSettings {
  @Option(name: SettingHelp.name("delimiter"), help: SettingHelp.help("delimiter"))
  var delimiter: String?

  @Flag(
    name: SettingHelp.name("lenient"), inversion: .prefixedNo, help: SettingHelp.help("lenient"))
  var lenient: Bool?

  @Option(name: SettingHelp.name("na"), help: SettingHelp.help("na"))
  var na: String?

  @Option(
    name: SettingHelp.name("max_distinct"), parsing: .unconditional,
    help: SettingHelp.help("max_distinct"))
  var maxDistinct: String?

  @Option(name: SettingHelp.name("source"), help: SettingHelp.help("source"))
  var source: String?

  @Option(name: SettingHelp.name("table"), help: SettingHelp.help("table"))
  var table: String?

  @Option(name: SettingHelp.name("query"), help: SettingHelp.help("query"))
  var query: String?

  func settings() throws -> ScanSettings {
    try SettingHelp.layer([
      ("delimiter", delimiter.input), ("lenient", lenient.input), ("na", na.input),
      ("max_distinct", maxDistinct.input), ("source", source.input), ("table", table.input),
      ("query", query.input),
    ])
  }

  func validate() throws { _ = try settings() }
}
