/// The bounds a policy rule can set, one entry per key of its `bounds:` mapping.
///
/// This table is the one place a new bound is added (a later `max_population_uniques`,
/// `min_l` or `max_t`): its policy key, the `BoundCheck.id` the scan reports it under, the kind
/// of number it takes, and the line that SARIF shows as the rule's description. The policy key is
/// also the SARIF rule id and the name in every check output, so it must never change.
public struct PolicyBound: Sendable {
  /// The kind of number a bound takes.
  public enum Kind: Sendable {
    /// A whole number of at least 1, such as a class size.
    case count
    /// A share or a risk, between 0 and 1.
    case fraction
  }

  /// The key in the policy, e.g. `min_k`; also the SARIF rule id.
  public let key: String
  /// The id of the `BoundCheck` the scan reports for it, e.g. `k`.
  public let checkID: String
  public let kind: Kind
  /// One line saying what the bound demands, shown as SARIF `shortDescription`.
  public let summary: String
  /// What the bound guards against, shown as SARIF `fullDescription` and in docs.
  public let meaning: String
  let apply: @Sendable (inout Bounds, Double) -> Void

  /// Every bound a policy may set, in the order outputs list them.
  public static let all: [PolicyBound] = [
    PolicyBound(
      key: "min_k", checkID: "k", kind: .count,
      summary: "k (the smallest equivalence class) is below the policy's minimum",
      meaning: "Some records share their quasi-identifier values with fewer than k - 1 others,"
        + " so someone who knows those values narrows a person down to fewer than k records."
    ) { $0.minimumK = Int($1) },
    PolicyBound(
      key: "max_risk", checkID: "highest_risk", kind: .fraction,
      summary: "the highest record risk (1/k) is above the policy's maximum",
      meaning: "The most exposed record is re-identified with probability 1/k by an attacker who"
        + " knows the person is in the file (prosecutor model)."
    ) { $0.maximumRisk = $1 },
    PolicyBound(
      key: "max_records_at_risk", checkID: "records_at_risk", kind: .fraction,
      summary: "the share of records at risk is above the policy's maximum",
      meaning: "Too many records have a risk 1/f above the rule's threshold (El Emam's rA)."
    ) { $0.maximumRecordsAtRisk = $1 },
    PolicyBound(
      key: "max_uniques", checkID: "sample_uniques", kind: .fraction,
      summary: "the share of sample uniques is above the policy's maximum",
      meaning: "Too many records are alone in their equivalence class: whoever knows their"
        + " quasi-identifier values finds them."
    ) { $0.maximumUniques = $1 },
    PolicyBound(
      key: "max_population_uniques", checkID: "population_uniques", kind: .fraction,
      summary: "the estimated share of population uniques is above the policy's maximum",
      meaning: "Too many people are estimated to be unique in the whole population on the"
        + " quasi-identifiers (Dankar's model choice); needs population or sampling_fraction."
    ) { $0.maximumPopulationUniques = $1 },
    PolicyBound(
      key: "min_l", checkID: "l_diversity", kind: .count,
      summary: "a class holds fewer distinct sensitive values than the policy's minimum l",
      meaning: "In some equivalence class a sensitive column takes fewer than l distinct values,"
        + " so whoever finds a person's class learns their sensitive value or nearly."
    ) { $0.minimumL = Int($1) },
    PolicyBound(
      key: "max_t", checkID: "t_closeness", kind: .fraction,
      summary: "a class's sensitive values are farther than t from the file's",
      meaning: "In some equivalence class the distribution of a sensitive column differs from the"
        + " whole file's by more than t (earth mover's distance), which discloses something."
    ) { $0.maximumT = $1 },
  ]

  /// The entry for a policy key.
  public static func named(_ key: String) -> PolicyBound? { all.first { $0.key == key } }

  /// The entry for a scan's `BoundCheck.id`.
  public static func forCheck(_ id: String) -> PolicyBound? { all.first { $0.checkID == id } }
}
