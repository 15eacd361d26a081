/// What `suggest` found: the minimal settings best first, or, when none reaches the targets,
/// the closest ones.
///
/// JSON: `{suggestions, targets, nodes_evaluated, lattice_size}`, and `closest` when
/// `suggestions` is empty; keys sorted (documented in `docs/generalization.md`).
public struct SuggestionReport: Sendable, Encodable {
  public var file: String
  public var records: Int
  public var suggestions: [LatticeSetting]
  /// The settings nearest the targets (fewest relative shortfalls), when none reaches them.
  public var closest: [LatticeSetting]
  public var targets: Targets
  /// Settings whose classes were computed; the others were settled by monotonicity.
  public var nodesEvaluated: Int
  public var latticeSize: Int
  /// Each quasi-identifier's levels as `--qi` entries, finest first.
  public var ladders: [[String]]
  /// Whether every ladder is a hierarchy (checked on the values).
  public var isHierarchy: Bool
  /// Whether nodes were settled by monotonicity without evaluating them.
  public var pruned: Bool
  /// Every setting evaluated, in the order evaluated (not encoded).
  public var evaluated: [LatticeSetting] = []

  public struct Targets: Sendable, Encodable, Equatable {
    public var k: Int
    public var suppress: Double?
    public var sensitive: String?
    public var l: Int?
    public var t: Double?
    public var maxRecordsAtRisk: Double?

    init(_ options: SuggestOptions) {
      k = options.k
      suppress = options.suppress
      sensitive = options.sensitive
      l = options.l
      t = options.t
      maxRecordsAtRisk = options.maxRecordsAtRisk
    }

    enum CodingKeys: String, CodingKey {
      case k, suppress, sensitive, l, t
      case maxRecordsAtRisk = "max_records_at_risk"
    }

    /// "k ≥ 5, at most 5% suppressed, l ≥ 2 on tier".
    public var summary: String {
      var parts = ["k ≥ \(k)"]
      if let suppress {
        parts.append("at most \(Formatting.percent(suppress)) of records suppressed")
      }
      if let l, let sensitive { parts.append("l ≥ \(l) on \(sensitive)") }
      if let t, let sensitive { parts.append("t ≤ \(Formatting.ratio(t)) on \(sensitive)") }
      if let maxRecordsAtRisk {
        parts.append("at most \(Formatting.percent(maxRecordsAtRisk)) of records at risk")
      }
      return parts.joined(separator: ", ")
    }
  }

  enum CodingKeys: String, CodingKey {
    case suggestions, closest, targets
    case nodesEvaluated = "nodes_evaluated"
    case latticeSize = "lattice_size"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(suggestions, forKey: .suggestions)
    if suggestions.isEmpty { try container.encode(closest, forKey: .closest) }
    try container.encode(targets, forKey: .targets)
    try container.encode(nodesEvaluated, forKey: .nodesEvaluated)
    try container.encode(latticeSize, forKey: .latticeSize)
  }
}
