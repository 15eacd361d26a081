/// Re-identification risk under one attacker model, as ARX reports it: the highest, lowest
/// and average risk of a record, and how many records exceed a threshold.
public struct AttackerRisk: Sendable, Codable, Equatable {
  /// The largest record risk (El Emam's rB): 1 / the smallest class.
  public var highestRisk: Double
  /// The smallest record risk (rM): 1 / the largest class.
  public var lowestRisk: Double
  /// The mean risk over records (rC, ARX's success rate).
  public var averageRiskPerRecord: Double
  /// The threshold a record's risk is compared to.
  public var threshold: Double
  /// Records whose risk is strictly greater than `threshold` (rA, as a count).
  public var recordsAtRisk: Int
  /// `recordsAtRisk` / records analysed.
  public var recordsAtRiskFraction: Double

  public init(
    highestRisk: Double, lowestRisk: Double, averageRiskPerRecord: Double, threshold: Double,
    recordsAtRisk: Int, recordsAtRiskFraction: Double
  ) {
    self.highestRisk = highestRisk
    self.lowestRisk = lowestRisk
    self.averageRiskPerRecord = averageRiskPerRecord
    self.threshold = threshold
    self.recordsAtRisk = recordsAtRisk
    self.recordsAtRiskFraction = recordsAtRiskFraction
  }

  enum CodingKeys: String, CodingKey {
    case highestRisk = "highest_risk"
    case lowestRisk = "lowest_risk"
    case averageRiskPerRecord = "average_risk_per_record"
    case threshold
    case recordsAtRisk = "records_at_risk"
    case recordsAtRiskFraction = "records_at_risk_fraction"
  }

  /// Whether a record with risk 1 / `size` is strictly above `threshold`. 1 / 5 and 0.2 are the
  /// same `Double`, so a class of 5 is not at risk at 0.2, as in ARX.
  public static func exceeds(size: Int, threshold: Double) -> Bool {
    1 / Double(size) > threshold
  }
}

extension AttackerRisk {
  /// The prosecutor model: the attacker knows the target is in the file, so a record's risk is
  /// 1 / f for its class size f.
  ///
  /// Classes of sizes 1, 2 and 5 (8 records) give highest risk 1/1 = 1, lowest 1/5 = 0.2,
  /// average per record u / n = 3 / 8 = 0.375 (each class contributes f · 1/f = 1), and with a
  /// threshold of 0.4 the records of the classes of size 1 and 2 are at risk: 3, or 3/8 = 0.375.
  /// The average is Σ_bins records / size / n, which is u / n unless wildcard missing values
  /// make a class's risk size differ from its record count.
  /// Source: El Emam, Guide to the De-identification of Personal Health Information (2013); ARX.
  public init(prosecutor histogram: ClassSizeHistogram, threshold: Double) {
    let records = histogram.recordCount
    let atRisk = histogram.bins.filter { Self.exceeds(size: $0.size, threshold: threshold) }
      .reduce(0) { $0 + $1.records }
    self.init(
      highestRisk: records == 0 ? 0 : 1 / Double(histogram.smallestClass),
      lowestRisk: records == 0 ? 0 : 1 / Double(histogram.largestClass),
      averageRiskPerRecord: records == 0
        ? 0
        : histogram.bins.reduce(0) { $0 + Double($1.records) / Double($1.size) } / Double(records),
      threshold: threshold,
      recordsAtRisk: atRisk,
      recordsAtRiskFraction: records == 0 ? 0 : Double(atRisk) / Double(records))
  }
}
