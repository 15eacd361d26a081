import Foundation

/// The individual risk of sdcMicro's `indivRisk` (Benedetti–Franconi), for survey data where a
/// weight column says how many people each record stands for.
///
/// Class j has f_j records in the file and F_j = Σ weights of those records in the population,
/// and p = f_j / F_j. The risk of each of its records is the expected value of 1/F_true given
/// what the file shows (negative binomial posterior), approximated as
/// - f = 1: r = p/(1 − p) · ln(1/p);
/// - f = 2: r = p/(1 − p) − (p/(1 − p))² · ln(1/p);
/// - f ≥ 3: r = p / (f − (1 − p));
/// - f = F (the weights say the class is all there is): r = 1/f.
///
/// The expected number of re-identifications is ER = Σ over records of r, the global risk
/// ER / n. A unique record with weight 4 (p = 0.25): r = (0.25/0.75) · ln 4 = 0.462; a class
/// of 2 records with weights summing to 2: r = 1/2 each. Together ER = 0.462 + 2 × 0.5 = 1.462,
/// global risk 1.462 / 3 = 0.487. Source: Franconi, Polettini, "Individual risk estimation in
/// μ-Argus: a review", PSD 2004; sdcMicro `indivRisk` (method "approx") and `measure_risk`.
public struct IndividualRisk: Sendable, Equatable, Codable {
  /// ER, the expected number of re-identifications: Σ over records of r.
  public let expectedReidentifications: Double
  /// ER / n.
  public let globalRisk: Double
  /// Records with "higher risk than the main part", as sdcMicro's `print.measure_risk` counts
  /// them: r > median + 3·MAD and r > 0.1, over records, with R's MAD (1.4826 × the median
  /// absolute deviation).
  public let higherRiskRecords: Int

  /// The risk from class sizes f_j and their weight sums F_j (aligned by class).
  public init(classSizes: [Int], weightSums: [Double]) throws(PopulationError) {
    guard classSizes.count == weightSums.count else {
      throw .classCountMismatch(expected: classSizes.count, found: weightSums.count)
    }
    var risks: [(risk: Double, records: Int)] = []
    var expected = 0.0
    for (index, (size, sum)) in zip(classSizes, weightSums).enumerated() where size > 0 {
      guard sum.isFinite, sum >= Double(size) else {
        throw .weightSumBelowClassSize(classIndex: index, classSize: size, weightSum: sum)
      }
      let risk = Self.risk(classSize: size, weightSum: sum)
      risks.append((risk, size))
      expected += Double(size) * risk
    }
    let records = risks.reduce(0) { $0 + $1.records }
    self.expectedReidentifications = expected
    self.globalRisk = records == 0 ? 0 : expected / Double(records)
    self.higherRiskRecords = Self.higherRiskRecords(risks)
  }

  /// The risk of the classes of `partition`, with `weights` one per record of the file (records
  /// the partition excluded are skipped).
  public init(partition: Partition, weights: [Double]) throws(PopulationError) {
    var sums = [Double](repeating: 0, count: partition.classCount)
    for (record, id) in partition.classOfRecord.enumerated() where id >= 0 {
      let weight = record < weights.count ? weights[record] : .nan
      guard weight.isFinite, weight > 0 else {
        throw .invalidWeight(record: record, weight: weight)
      }
      sums[Int(id)] += weight
    }
    try self.init(classSizes: partition.classSizes, weightSums: sums)
  }

  /// r for a record of a class of `classSize` records whose weights sum to `weightSum`
  /// (≥ `classSize`).
  public static func risk(classSize f: Int, weightSum sum: Double) -> Double {
    let size = Double(f)
    if sum == size { return 1 / size }
    let p = size / sum
    let q = (sum - size) / sum  // 1 − p, without cancellation
    let logInverse = -log1p(-q)  // ln(1/p)
    switch f {
    case 1: return p / q * logInverse
    case 2:
      // p/q − (p/q)²·ln(1/p) = p − p²·Σ_{k≥0} q^k/(k+2): the series avoids the cancellation
      // of two large terms when p is near 1.
      guard q < 0.5 else { return p / q - (p / q) * (p / q) * logInverse }
      var sum = 0.0
      var power = 1.0
      for k in 0..<60 {
        sum += power / Double(k + 2)
        power *= q
      }
      return p - p * p * sum
    default: return p / (size - q)
    }
  }

  /// Records with r > median + 3·MAD and r > 0.1 (medians over records, as R computes them).
  static func higherRiskRecords(_ classes: [(risk: Double, records: Int)]) -> Int {
    let sorted = classes.sorted { $0.risk < $1.risk }
    let median = weightedMedian(sorted)
    let deviations = classes.map { (risk: abs($0.risk - median), records: $0.records) }
      .sorted { $0.risk < $1.risk }
    let cutoff = median + 3 * 1.4826 * weightedMedian(deviations)
    return classes.filter { $0.risk > cutoff && $0.risk > 0.1 }.reduce(0) { $0 + $1.records }
  }

  /// The median of values given with multiplicities, sorted ascending: the middle value, or the
  /// mean of the two middle values for an even total.
  static func weightedMedian(_ sorted: [(risk: Double, records: Int)]) -> Double {
    let total = sorted.reduce(0) { $0 + $1.records }
    guard total > 0 else { return 0 }
    func value(at position: Int) -> Double {  // position from 0
      var seen = 0
      for entry in sorted {
        seen += entry.records
        if position < seen { return entry.risk }
      }
      return sorted.last?.risk ?? 0
    }
    if total % 2 == 1 { return value(at: total / 2) }
    return (value(at: total / 2 - 1) + value(at: total / 2)) / 2
  }

  enum CodingKeys: String, CodingKey {
    case expectedReidentifications = "expected_reidentifications"
    case globalRisk = "global_risk"
    case higherRiskRecords = "higher_risk_records"
  }
}
