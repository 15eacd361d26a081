/// Every setting of a scan as one layer writes it: built-in defaults, a policy's `defaults`, a
/// rule, the command line. Nil where the layer does not set it, so layers merge setting by
/// setting (`overridden(by:)`) and bounds bound by bound; `scanOptions` applies the defaults.
///
/// Each setting is declared once, in `ScanSettings.all` (the catalog in
/// `ScanSettings+Catalog.swift`). Adding one takes: a stored property here, an entry in the
/// catalog, and a line in `ScanSettings.scanOptions` (or wherever the value is used); the CLI
/// option it needs is one line in `SettingOptions`, which a test checks against the catalog.
public struct ScanSettings: Sendable, Equatable {
  /// The quasi-identifiers, each with its generalization when one is given (`zip:3`).
  public var quasiIdentifiers: [QuasiIdentifierSpec]?
  public var id: String?
  public var na: [String]?
  public var missing: MissingValuePolicy?
  public var delimiter: UInt8?
  public var lenient: Bool?
  public var maxDistinct: Int?
  public var threshold: Double?
  public var k: Int?
  /// Written by `population` (N) and by `sampling_fraction` (π): one slot, the later layer wins.
  public var population: PopulationSize?
  public var populationTable: String?
  public var countColumn: String?
  public var superset: String?
  public var weight: String?
  public var sensitive: [String]?
  public var l: Int?
  public var t: Double?
  public var normalise: Bool?
  public var scenarios: ScenarioSelection?
  public var scenarioFile: String?
  public var msu: Bool?
  public var msuMaxSize: Int?
  public var attributeRisk: Bool?
  /// An engine holding the records instead of files (issue 15).
  public var source: EngineSource?
  /// Written by `table` and by `query`: one slot, the later layer wins.
  public var relation: EngineRelation?
  public var bounds = Bounds()

  public init() {}

  /// These settings with each one `upper` sets put in its place; bounds merge bound by bound.
  public func overridden(by upper: ScanSettings) -> ScanSettings {
    var merged = self
    for setting in Self.all { setting.copy(upper, &merged) }
    merged.bounds = bounds.merging(upper.bounds)
    return merged
  }

  /// The setting declared under a policy key.
  public static func setting(named key: String) -> Setting? { all.first { $0.key == key } }

  /// Pairs of settings one layer may not both give.
  public static let exclusive: [(String, String)] = [
    ("population", "sampling_fraction"), ("population_table", "superset"),
    ("table", "query"),
  ]

  /// The paths these settings give (`population_table`, `superset`, `scenario_file`), each
  /// relative one put under `folder` (a policy's paths are relative to the policy's folder).
  public func rebasingPaths(onto folder: String) -> ScanSettings {
    guard !folder.isEmpty && folder != "." else { return self }
    func rebase(_ path: String?) -> String? {
      path.map { $0.hasPrefix("/") ? $0 : folder + ($0.hasSuffix("/") ? "" : "/") + $0 }
    }
    var rebased = self
    rebased.populationTable = rebase(populationTable)
    rebased.superset = rebase(superset)
    rebased.scenarioFile = rebase(scenarioFile)
    return rebased
  }

  /// The options a scan takes from these settings, defaults applied; `defined` holds the
  /// scenarios read from `scenarioFile`, when given. A scenario name that is neither built in
  /// nor defined is an error.
  public func scanOptions(scenarioFile defined: [AttackScenario] = [])
    throws(SettingValueError) -> ScanOptions
  {
    var options = measureOptions
    options.scenarios = try (scenarios ?? (scenarioFile == nil ? .none : .all)).scenarios(
      defined: defined)
    return options
  }

  /// The options without attack scenarios: what decides the columns to read.
  public var measureOptions: ScanOptions {
    let columns =
      (try? QuasiIdentifierSpec.split(quasiIdentifiers ?? []))
      ?? (names: quasiIdentifierNames ?? [], generalizations: [:])
    var options = ScanOptions(
      quasiIdentifiers: columns.names, idColumn: id, missingTokens: na ?? [],
      missingPolicy: missing ?? .value, threshold: threshold ?? 0.2, k: k ?? 5, bounds: bounds,
      population: population ?? .file, sensitiveAttributes: sensitive ?? [], l: l, t: t,
      weightColumn: weight)
    options.normalises = normalise ?? false
    options.generalizations = columns.generalizations
    options.uniqueness = uniqueness
    return options
  }

  /// What `msu`, `msu_max_size` and `attribute_risk` ask for; nil when none is on (a scan
  /// without quasi-identifiers then turns MSUs on by itself).
  var uniqueness: UniquenessSettings? {
    if msu == true || msuMaxSize != nil {
      return UniquenessSettings(
        msu: true, maxSize: msuMaxSize, attributeRisk: attributeRisk ?? false)
    }
    return attributeRisk == true ? UniquenessSettings(msu: false, attributeRisk: true) : nil
  }

  /// The quasi-identifier columns by name, without their generalizations.
  public var quasiIdentifierNames: [String]? { quasiIdentifiers.map { $0.map(\.name) } }

  /// The count column of a population table.
  public var resolvedCountColumn: String { countColumn ?? "count" }
}

/// Which attack scenarios a scan tests: none, all (the built-in ones and a scenario file's), or
/// those named.
public enum ScenarioSelection: Sendable, Equatable {
  case none
  case all
  case named([String])

  /// The scenarios selected among the built-in ones and `defined`; a name that is neither is
  /// an error listing the names there are.
  func scenarios(defined: [AttackScenario]) throws(SettingValueError) -> [AttackScenario] {
    let available = AttackScenario.withBuiltIn(defined)
    switch self {
    case .none: return []
    case .all: return available
    case .named(let names):
      var chosen: [AttackScenario] = []
      for name in names {
        guard let scenario = available.first(where: { $0.name == name }) else {
          throw SettingValueError(
            given: name,
            expected: "the name of a scenario: "
              + available.map(\.name).joined(separator: ", ", last: " or "))
        }
        if !chosen.contains(scenario) { chosen.append(scenario) }
      }
      return chosen
    }
  }
}
