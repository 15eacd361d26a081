/// The figures of one sensitive attribute over a partition, as a report shows them.
///
/// JSON keys are snake_case; a figure that does not apply (no threshold given, a recursive
/// (c, l) that some class cannot meet) is `null`. See `SensitiveAttributeRisk` for the
/// definitions.
public struct SensitiveAttributeSummary: Sendable, Codable, Equatable {
  /// The sensitive column's name, as the header has it.
  public var column: String
  /// n, the records in classes (records excluded from the partition not counted).
  public var records: Int
  /// u, the number of equivalence classes.
  public var classes: Int
  /// Distinct values of the column among those records, a missing value counting as one.
  public var distinctValues: Int
  /// Records whose sensitive value is missing (empty, or a missing-value token). They count as
  /// a value of their own in every figure.
  public var missingRecords: Int
  /// Distinct l-diversity: l = min over classes of m, the distinct values in a class.
  /// Classes {Gold, Gold, Silver} and {Gold, Bronze} give l = min(2, 2) = 2.
  /// Source: Machanavajjhala et al., "l-Diversity", ACM TKDD 2007.
  public var distinctL: Int
  /// Entropy l-diversity: l = exp(min over classes of H), H = −Σ (r_i/f) ln(r_i/f), a real
  /// number (pycanon reports ⌊l⌋). {Gold, Gold, Silver}: H = −(⅔ ln ⅔ + ⅓ ln ⅓) = 0.6365;
  /// with {Gold, Bronze} (H = ln 2) l = exp(0.6365) = 1.8899.
  /// Source: Machanavajjhala et al., "l-Diversity", ACM TKDD 2007.
  public var entropyL: Double
  /// The l of recursive (c, l)-diversity.
  public var recursiveL: Int
  /// Recursive (c, l)-diversity: a class satisfies it when r_1 < c · (r_l + … + r_m) (counts
  /// sorted, largest first). This is the smallest c every class meets, max over classes of
  /// r_1 / (r_l + … + r_m); nil when some class has fewer than l values and no c works.
  /// l = 2, classes {Gold 2, Silver 1} and {Gold 1, Bronze 1}: max(2/1, 1/1) = 2.
  /// Source: Machanavajjhala et al., "l-Diversity", ACM TKDD 2007.
  public var recursiveC: Double?
  /// Classes with fewer than `recursiveL` distinct values, which no c can make diverse.
  public var classesFailingRecursive: Int
  /// The records in those classes.
  public var recordsFailingRecursive: Int
  /// The ground distance t-closeness used: ordered for a numeric column, equal otherwise.
  public var groundDistance: GroundDistance
  /// t-closeness: t = max over classes of the Earth Mover's Distance between the class's
  /// distribution P and the whole file's Q. Equal distance: ½ Σ |p_i − q_i|; ordered:
  /// (1/(m − 1)) Σ_i |Σ_{j≤i} (p_j − q_j)|. File Gold ⅗, Silver ⅕, Bronze ⅕ and class
  /// {Gold, Bronze}: ½(|½ − ⅗| + ⅕ + |½ − ⅕|) = 0.3.
  /// Source: Li, Li, Venkatasubramanian, "t-Closeness", ICDE 2007.
  public var tCloseness: Double
  /// The smallest acceptable distinct l, when one was given.
  public var lThreshold: Int?
  /// Classes with fewer than `lThreshold` distinct values (nil without a threshold).
  public var classesBelowL: Int?
  /// The records in those classes.
  public var recordsBelowL: Int?
  /// The largest acceptable distance, when one was given.
  public var tThreshold: Double?
  /// Classes whose distance is strictly greater than `tThreshold` (nil without a threshold).
  public var classesAboveT: Int?
  /// The records in those classes.
  public var recordsAboveT: Int?

  public init(
    column: String, records: Int, classes: Int, distinctValues: Int, missingRecords: Int,
    distinctL: Int, entropyL: Double, recursiveL: Int, recursiveC: Double?,
    classesFailingRecursive: Int, recordsFailingRecursive: Int, groundDistance: GroundDistance,
    tCloseness: Double, lThreshold: Int?, classesBelowL: Int?, recordsBelowL: Int?,
    tThreshold: Double?, classesAboveT: Int?, recordsAboveT: Int?
  ) {
    self.column = column
    self.records = records
    self.classes = classes
    self.distinctValues = distinctValues
    self.missingRecords = missingRecords
    self.distinctL = distinctL
    self.entropyL = entropyL
    self.recursiveL = recursiveL
    self.recursiveC = recursiveC
    self.classesFailingRecursive = classesFailingRecursive
    self.recordsFailingRecursive = recordsFailingRecursive
    self.groundDistance = groundDistance
    self.tCloseness = tCloseness
    self.lThreshold = lThreshold
    self.classesBelowL = classesBelowL
    self.recordsBelowL = recordsBelowL
    self.tThreshold = tThreshold
    self.classesAboveT = classesAboveT
    self.recordsAboveT = recordsAboveT
  }

  /// Whether every class meets the thresholds given (true when none was given).
  public var meetsThresholds: Bool { (classesBelowL ?? 0) == 0 && (classesAboveT ?? 0) == 0 }

  enum CodingKeys: String, CodingKey {
    case column, records, classes
    case distinctValues = "distinct_values"
    case missingRecords = "missing_records"
    case distinctL = "distinct_l"
    case entropyL = "entropy_l"
    case recursiveL = "recursive_l"
    case recursiveC = "recursive_c"
    case classesFailingRecursive = "classes_failing_recursive"
    case recordsFailingRecursive = "records_failing_recursive"
    case groundDistance = "ground_distance"
    case tCloseness = "t_closeness"
    case lThreshold = "l_threshold"
    case classesBelowL = "classes_below_l"
    case recordsBelowL = "records_below_l"
    case tThreshold = "t_threshold"
    case classesAboveT = "classes_above_t"
    case recordsAboveT = "records_above_t"
  }

  /// Writes every key, `null` for an absent figure, so the JSON has one shape.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(column, forKey: .column)
    try container.encode(records, forKey: .records)
    try container.encode(classes, forKey: .classes)
    try container.encode(distinctValues, forKey: .distinctValues)
    try container.encode(missingRecords, forKey: .missingRecords)
    try container.encode(distinctL, forKey: .distinctL)
    try container.encode(entropyL, forKey: .entropyL)
    try container.encode(recursiveL, forKey: .recursiveL)
    try container.encode(recursiveC, forKey: .recursiveC)
    try container.encode(classesFailingRecursive, forKey: .classesFailingRecursive)
    try container.encode(recordsFailingRecursive, forKey: .recordsFailingRecursive)
    try container.encode(groundDistance, forKey: .groundDistance)
    try container.encode(tCloseness, forKey: .tCloseness)
    try container.encode(lThreshold, forKey: .lThreshold)
    try container.encode(classesBelowL, forKey: .classesBelowL)
    try container.encode(recordsBelowL, forKey: .recordsBelowL)
    try container.encode(tThreshold, forKey: .tThreshold)
    try container.encode(classesAboveT, forKey: .classesAboveT)
    try container.encode(recordsAboveT, forKey: .recordsAboveT)
  }
}

/// The ground distance between two values of a sensitive attribute in t-closeness.
public enum GroundDistance: String, Sendable, Codable, CaseIterable {
  /// Every two distinct values are at distance 1: for categories without an order.
  case equal
  /// Values sorted (numbers by value) at distance |i − j| / (m − 1) for ranks i and j.
  case ordered
}
