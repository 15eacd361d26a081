/// What `suggest` searches for: the quasi-identifiers (each optionally starting at a level),
/// the columns kept as they are, and the targets a setting must reach.
public struct SuggestOptions: Sendable {
  public var quasiIdentifiers: [QuasiIdentifierSpec]
  /// Columns kept at their given level (`--fixed gender`).
  public var fixed: Set<String>
  /// Every class of the kept records must hold at least k records.
  public var k: Int
  /// The largest share of records that may be suppressed (`--suppress F`): the records in
  /// classes smaller than k are removed when they are at most ⌊F · n⌋, and every other figure is
  /// measured on the rest. nil: no suppression.
  public var suppress: Double?
  /// A sensitive column, with `l` (distinct l-diversity) and `t` (t-closeness) as targets.
  public var sensitive: String?
  public var l: Int?
  public var t: Double?
  /// The largest share of kept records whose risk 1/f exceeds `threshold`.
  public var maxRecordsAtRisk: Double?
  public var threshold: Double
  public var missingTokens: [String]
  /// Evaluate every node, pruning nothing (to check the pruned search).
  public var exhaustive = false

  public init(
    quasiIdentifiers: [QuasiIdentifierSpec], fixed: Set<String> = [], k: Int,
    suppress: Double? = nil, sensitive: String? = nil, l: Int? = nil, t: Double? = nil,
    maxRecordsAtRisk: Double? = nil, threshold: Double = 0.2, missingTokens: [String] = []
  ) {
    self.quasiIdentifiers = quasiIdentifiers
    self.fixed = fixed
    self.k = k
    self.suppress = suppress
    self.sensitive = sensitive
    self.l = l
    self.t = t
    self.maxRecordsAtRisk = maxRecordsAtRisk
    self.threshold = threshold
    self.missingTokens = missingTokens
  }
}
