/// Every kind of bound a file can be held to, declared once: its policy key (also the SARIF
/// rule id and the name in every check output, so it never changes), its command-line flag, the
/// figure it reads, its direction and its wording. `Bounds`, the flags of `BoundOptions`, the
/// policy's `bounds:` keys, SARIF's rules and `docs/sarif-rules.md` all come from this list.
public enum BoundKind: String, CaseIterable, Sendable, Codable {
  case minK = "min_k"
  case maxRisk = "max_risk"
  case maxRecordsAtRisk = "max_records_at_risk"
  case maxUniques = "max_uniques"
  case maxPopulationUniques = "max_population_uniques"
  case minL = "min_l"
  case maxT = "max_t"

  /// Whether a file holds when its figure is at least the limit, or at most.
  public enum Direction: Sendable { case atLeast, atMost }

  /// The key in a policy's `bounds:`, e.g. `min_k`; also the SARIF rule id.
  public var key: String { rawValue }

  /// The command-line flag. Bounds kept the flags they had before the policy existed, so
  /// `min_k` is `--fail-under-k`; every other flag is the key with dashes.
  public var flag: String {
    self == .minK ? "--fail-under-k" : "--" + key.replacing("_", with: "-")
  }

  /// The id of the `BoundCheck` a scan reports, e.g. `k`.
  public var checkID: String {
    switch self {
    case .minK: return "k"
    case .maxRisk: return "highest_risk"
    case .maxRecordsAtRisk: return "records_at_risk"
    case .maxUniques: return "sample_uniques"
    case .maxPopulationUniques: return "population_uniques"
    case .minL: return "l_diversity"
    case .maxT: return "t_closeness"
    }
  }

  /// Whether the limit is a whole number (a class size, an l) rather than a share in [0, 1].
  public var isCount: Bool { self == .minK || self == .minL }

  /// Whether the bound is checked once per sensitive column (`min_l`, `max_t`).
  public var isPerSensitiveColumn: Bool { self == .minL || self == .maxT }

  public var direction: Direction { key.hasPrefix("min_") ? .atLeast : .atMost }

  /// The figure the bound reads, in words, with the value name of its flag's help.
  public var help: String {
    switch self {
    case .minK: return "Fail when k is below this."
    case .maxRisk: return "Fail when the highest record risk (1/k) is above this."
    case .maxRecordsAtRisk:
      return "Fail when the share of records at risk (above --threshold) is above this."
    case .maxUniques: return "Fail when the share of sample uniques is above this."
    case .maxPopulationUniques:
      return "Fail when the estimated share of the population that is unique is above this."
    case .minL: return "Fail when a sensitive column's distinct l-diversity is below this."
    case .maxT: return "Fail when a sensitive column's t-closeness is above this."
    }
  }

  public var valueName: String {
    switch self {
    case .minK: return "k"
    case .maxRisk: return "risk"
    case .minL: return "l"
    case .maxT: return "t"
    default: return "fraction"
    }
  }

  /// One line saying what the bound demands, shown as SARIF `shortDescription`.
  public var summary: String {
    switch self {
    case .minK: return "k (the smallest equivalence class) is below the policy's minimum"
    case .maxRisk: return "the highest record risk (1/k) is above the policy's maximum"
    case .maxRecordsAtRisk: return "the share of records at risk is above the policy's maximum"
    case .maxUniques: return "the share of sample uniques is above the policy's maximum"
    case .maxPopulationUniques:
      return "the estimated share of population uniques is above the policy's maximum"
    case .minL: return "a class holds fewer distinct sensitive values than the policy's minimum l"
    case .maxT: return "a class's sensitive values are farther than t from the file's"
    }
  }

  /// What the bound guards against, shown as SARIF `fullDescription` and in docs.
  public var meaning: String {
    switch self {
    case .minK:
      return "Some records share their quasi-identifier values with fewer than k - 1 others,"
        + " so someone who knows those values narrows a person down to fewer than k records."
    case .maxRisk:
      return "The most exposed record is re-identified with probability 1/k by an attacker who"
        + " knows the person is in the file (prosecutor model)."
    case .maxRecordsAtRisk:
      return "Too many records have a risk 1/f above the rule's threshold (El Emam's rA)."
    case .maxUniques:
      return "Too many records are alone in their equivalence class: whoever knows their"
        + " quasi-identifier values finds them."
    case .maxPopulationUniques:
      return "Too many people are estimated to be unique in the whole population on the"
        + " quasi-identifiers (Dankar's model choice); needs population or sampling_fraction."
    case .minL:
      return "In some equivalence class a sensitive column takes fewer than l distinct values,"
        + " so whoever finds a person's class learns their sensitive value or nearly."
    case .maxT:
      return "In some equivalence class the distribution of a sensitive column differs from the"
        + " whole file's by more than t (earth mover's distance), which discloses something."
    }
  }

  /// The bound in words for one limit, e.g. "k must be at least 5"; `column` names the
  /// sensitive column of `min_l` and `max_t`.
  func rule(limit: Double, column: String?) -> String {
    let limit = isCount ? String(Int(limit)) : "\(limit)"
    let column = column ?? "the sensitive column"
    switch self {
    case .minK: return "k must be at least \(limit)"
    case .maxRisk: return "the highest record risk must be at most \(limit)"
    case .maxRecordsAtRisk: return "the share of records at risk must be at most \(limit)"
    case .maxUniques: return "the share of sample uniques must be at most \(limit)"
    case .maxPopulationUniques:
      return "the estimated share of the population that is unique must be at most \(limit)"
    case .minL: return "every class must hold at least \(limit) distinct values of \(column)"
    case .maxT: return "every class's \(column) must be within t = \(limit) of the file's"
    }
  }

  /// The figures the bound reads from a file: one, or one per sensitive column; nil where no
  /// figure could be computed (no population model gave an estimate).
  func figures(_ figures: BoundFigures) -> [(value: Double?, column: String?)] {
    switch self {
    case .minK: return [(Double(figures.k), nil)]
    case .maxRisk: return [(figures.highestRisk, nil)]
    case .maxRecordsAtRisk: return [(figures.recordsAtRiskFraction, nil)]
    case .maxUniques: return [(figures.uniqueFraction, nil)]
    case .maxPopulationUniques: return [(figures.populationUniqueFraction, nil)]
    case .minL: return figures.sensitive.map { (Double($0.distinctL), $0.column) }
    case .maxT: return figures.sensitive.map { ($0.tCloseness, $0.column) }
    }
  }

  /// The value a policy or a flag gives for this bound, validated.
  public func limit(_ input: SettingInput) throws(SettingValueError) -> Double {
    isCount
      ? Double(try SettingValue.count(input, example: "5"))
      : try SettingValue.share(input, example: "0.05 for 5%")
  }

  /// The kind whose policy key is `key`.
  public static func named(_ key: String) -> BoundKind? { BoundKind(rawValue: key) }

  /// The kind a scan reports under `BoundCheck.id`.
  public static func forCheck(_ id: String) -> BoundKind? { allCases.first { $0.checkID == id } }

}

/// The figures of one file that bounds are checked against.
struct BoundFigures {
  var k: Int
  var highestRisk: Double
  var recordsAtRiskFraction: Double
  var uniqueFraction: Double
  var populationUniqueFraction: Double?
  var sensitive: [SensitiveAttributeSummary]
}
