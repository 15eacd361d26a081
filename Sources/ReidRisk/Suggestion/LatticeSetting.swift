/// One setting of the lattice (a level per quasi-identifier) and its figures, measured on the
/// records kept after suppression.
///
/// JSON: `{qi, k, classes, records_suppressed, sample_uniques, loss, discernibility}`, `qi`
/// the setting as `--qi` takes it.
public struct LatticeSetting: Sendable, Encodable, Equatable {
  /// The level index of each quasi-identifier (0 = its first level).
  public let levels: [Int]
  public let qi: String
  /// The smallest class of the kept records.
  public let k: Int
  /// Classes of the kept records.
  public let classes: Int
  public let recordsSuppressed: Int
  /// The classes whose records were suppressed (not encoded).
  public let classesSuppressed: Int
  /// Kept records alone in their class.
  public let sampleUniques: Int
  /// The mean over quasi-identifiers of level index / (levels − 1), as the exact fraction
  /// `lossNumerator / lossDenominator` (a column with one level adds 0). With zip at 2 of
  /// 0…5 and birth_date at 1 of 0…4: (2/5 + 1/4) / 2 = 13/40 = 0.325.
  public let lossNumerator: Int
  public let lossDenominator: Int
  /// Σ f² over kept classes + n for each suppressed record (Bayardo and Agrawal's
  /// discernibility metric): classes 2, 3 and one suppressed record of n = 6 give 4 + 9 + 6 =
  /// 19.
  public let discernibility: Int
  /// Distinct l and t of the sensitive column over the kept records, when asked.
  public let l: Int?
  public let t: Double?
  /// The share of kept records whose risk 1/f is above the threshold.
  public let recordsAtRiskFraction: Double
  /// Whether the setting reaches every target.
  public let reachesTargets: Bool

  public var loss: Double { Double(lossNumerator) / Double(lossDenominator) }

  enum CodingKeys: String, CodingKey {
    case qi, k, classes, loss, discernibility, l, t
    case recordsSuppressed = "records_suppressed"
    case sampleUniques = "sample_uniques"
    case recordsAtRiskFraction = "records_at_risk_fraction"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(qi, forKey: .qi)
    try container.encode(k, forKey: .k)
    try container.encode(classes, forKey: .classes)
    try container.encode(recordsSuppressed, forKey: .recordsSuppressed)
    try container.encode(sampleUniques, forKey: .sampleUniques)
    try container.encode(loss, forKey: .loss)
    try container.encode(discernibility, forKey: .discernibility)
    try container.encodeIfPresent(l, forKey: .l)
    try container.encodeIfPresent(t, forKey: .t)
  }

  /// Best first: lower loss (exact), then lower discernibility, then the level indices.
  static func isBetter(_ lhs: LatticeSetting, _ rhs: LatticeSetting) -> Bool {
    if lhs.lossNumerator != rhs.lossNumerator { return lhs.lossNumerator < rhs.lossNumerator }
    if lhs.discernibility != rhs.discernibility { return lhs.discernibility < rhs.discernibility }
    return lhs.levels.lexicographicallyPrecedes(rhs.levels)
  }
}
