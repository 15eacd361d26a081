import Foundation

/// Attribute disclosure through one sensitive column: what an attacker who finds a person's
/// equivalence class learns about that person's sensitive value.
///
/// For a class of f records whose sensitive values occur r_1 ≥ r_2 ≥ … ≥ r_m times:
/// - distinct l-diversity, l = min over classes of m;
/// - entropy l-diversity, l = exp(min over classes of H), H = −Σ (r_i/f) ln(r_i/f);
/// - recursive (c, l)-diversity: a class satisfies it when r_1 < c · (r_l + … + r_m), so the
///   smallest c every class meets is max over classes of r_1 / (r_l + … + r_m);
/// - t-closeness, t = max over classes of the Earth Mover's Distance between the class's
///   distribution and the whole file's (`GroundDistance`).
///
/// Example: classes A = {Gold, Gold, Silver} and B = {Gold, Bronze}, 5 records. A has m = 2,
/// H = −(⅔ ln ⅔ + ⅓ ln ⅓) = 0.6365; B has m = 2, H = ln 2 = 0.6931. Distinct l = 2, entropy
/// l = exp(0.6365) = 1.8899. With l = 2: A gives 2/1, B gives 1/1, so c = 2. The file is
/// Gold 3/5, Silver 1/5, Bronze 1/5; A is ½(|⅔ − ⅗| + |⅓ − ⅕| + ⅕) = 0.2 from it and B is
/// ½(|½ − ⅗| + ⅕ + |½ − ⅕|) = 0.3, so t = 0.3.
///
/// A missing value (an empty cell, or a token in `missingTokens`) is a value of its own, as
/// pycanon counts it when pandas reads with `keep_default_na=False`: a class whose members all
/// lack the value discloses just that. Records the partition excluded (class -1) are left out
/// of the class and file distributions alike.
///
/// Sources: Machanavajjhala, Kifer, Gehrke, Venkitasubramaniam, "l-Diversity: Privacy Beyond
/// k-Anonymity", ACM TKDD 1(1), 2007; Li, Li, Venkatasubramanian, "t-Closeness: Privacy Beyond
/// k-Anonymity and l-Diversity", ICDE 2007.
public struct SensitiveAttributeRisk: Sendable {
  /// The figures, as a report shows them.
  public let summary: SensitiveAttributeSummary
  /// f_j, the size of each class.
  public let classSizes: [Int]
  /// The Earth Mover's Distance between each class and the whole file.
  public let distanceOfClass: [Double]
  let counts: ClassValueCounts
  let dictionary: ValueDictionary
  let isMissing: [Bool]

  /// The sensitive attribute `column` over `partition` (the same records, in the same order).
  ///
  /// - Parameters:
  ///   - l: the smallest acceptable number of distinct values in a class (distinct l), if any.
  ///   - t: the largest acceptable distance of a class from the file, if any.
  ///   - recursiveL: the l of recursive (c, l)-diversity; `l`, else 2, when nil.
  ///   - missingTokens: values besides the empty cell that mean "missing" (exact bytes).
  public init(
    partition: Partition, column: EncodedColumn, l: Int? = nil, t: Double? = nil,
    recursiveL: Int? = nil, missingTokens: [String] = []
  ) {
    self.init(
      partition: partition, column: column.name, codes: column.codes,
      dictionary: column.dictionary, isMissing: column.missingCodes(tokens: missingTokens),
      l: l, t: t, recursiveL: recursiveL)
  }

  /// The sensitive attribute named `column`, whose record i holds the value `codes[i]` of
  /// `dictionary`. `isMissing[code]` marks missing values (default: the empty value).
  public init(
    partition: Partition, column: String, codes: [Int32], dictionary: ValueDictionary,
    isMissing: [Bool]? = nil, l: Int? = nil, t: Double? = nil, recursiveL: Int? = nil
  ) {
    self.init(
      partition: partition, column: column, codes: CodeColumn(wide: codes),
      dictionary: dictionary, isMissing: isMissing, l: l, t: t, recursiveL: recursiveL)
  }

  /// The same, with the codes read at their stored width.
  public init(
    partition: Partition, column: String, codes: CodeColumn, dictionary: ValueDictionary,
    isMissing: [Bool]? = nil, l: Int? = nil, t: Double? = nil, recursiveL: Int? = nil
  ) {
    let isMissing =
      isMissing
      ?? (0..<Int32(dictionary.count)).map { dictionary.bytes(of: $0).isEmpty }
    let counts = ClassValueCounts(
      classOfRecord: partition.classOfRecord, classCount: partition.classCount, codes: codes,
      valueCount: dictionary.count)
    let order = SensitiveValueOrder(
      dictionary: dictionary, valueTotals: counts.valueTotals, isMissing: isMissing)
    let emd = EarthMoversDistance(
      valueTotals: counts.valueTotals, recordCount: counts.recordCount, order: order)
    let recursiveL = max(1, recursiveL ?? l ?? 2)

    var distinctL = Int.max
    var minimumEntropy = Double.infinity
    var recursiveC = 0.0
    var failingRecursive = (classes: 0, records: 0)
    var belowL = (classes: 0, records: 0)
    var aboveT = (classes: 0, records: 0)
    var distances = [Double](repeating: 0, count: partition.classCount)
    for classId in 0..<partition.classCount {
      let entries = counts.entries(ofClass: classId)
      let size = partition.classSizes[classId]
      guard size > 0 else { continue }
      distinctL = min(distinctL, entries.count)
      minimumEntropy = min(minimumEntropy, Self.entropy(counts.counts[entries], size: size))
      if entries.count < recursiveL {
        failingRecursive.classes += 1
        failingRecursive.records += size
      } else {
        let tail = counts.counts[(entries.lowerBound + recursiveL - 1)..<entries.upperBound]
        let ratio = Double(counts.counts[entries.lowerBound]) / Double(tail.reduce(0, +))
        recursiveC = max(recursiveC, ratio)
      }
      if let l, entries.count < l {
        belowL.classes += 1
        belowL.records += size
      }
      let distance = emd.distance(
        codes: counts.codes, counts: counts.counts, entries: entries, size: size)
      distances[classId] = distance
      if let t, distance > t {
        aboveT.classes += 1
        aboveT.records += size
      }
    }
    let hasClasses = distinctL != Int.max
    summary = SensitiveAttributeSummary(
      column: column, records: counts.recordCount, classes: partition.classCount,
      distinctValues: counts.valueTotals.reduce(0) { $0 + ($1 > 0 ? 1 : 0) },
      missingRecords: counts.valueTotals.indices.reduce(0) {
        $0 + (isMissing[$1] ? counts.valueTotals[$1] : 0)
      },
      distinctL: hasClasses ? distinctL : 0, entropyL: hasClasses ? exp(minimumEntropy) : 0,
      recursiveL: recursiveL, recursiveC: failingRecursive.classes > 0 ? nil : recursiveC,
      classesFailingRecursive: failingRecursive.classes,
      recordsFailingRecursive: failingRecursive.records,
      groundDistance: emd.isOrdered ? .ordered : .equal, tCloseness: distances.max() ?? 0,
      lThreshold: l, classesBelowL: l.map { _ in belowL.classes },
      recordsBelowL: l.map { _ in belowL.records }, tThreshold: t,
      classesAboveT: t.map { _ in aboveT.classes }, recordsAboveT: t.map { _ in aboveT.records })
    self.classSizes = partition.classSizes
    self.distanceOfClass = distances
    self.counts = counts
    self.dictionary = dictionary
    self.isMissing = isMissing
  }

  /// The number of distinct sensitive values in class `classId` (m).
  public func distinctValues(ofClass classId: Int) -> Int {
    counts.entries(ofClass: classId).count
  }

  /// H = −Σ (r_i/f) ln(r_i/f) in nats, for counts r_i summing to f.
  static func entropy(_ counts: ArraySlice<Int32>, size: Int) -> Double {
    let f = Double(size)
    return counts.reduce(0.0) { sum, count in
      let share = Double(count) / f
      return sum - share * log(share)
    }
  }
}
