/// Figures read straight off the class-size histogram: sample uniques and the records in
/// classes smaller than a bound.
extension ClassSizeHistogram {
  /// Records alone in their class (f = 1), u_1.
  ///
  /// Sizes {1: 3, 2: 1, 4: 1} (9 records): 3 sample uniques, 3 / 9 = 0.333.
  public var sampleUniques: Int { classes(ofSize: 1) }

  /// Records in classes smaller than `bound`: Σ_{f < bound} f · u_f. sdcMicro prints this for
  /// bounds 2, 3 and 5.
  ///
  /// Sizes {1: 3, 2: 1, 4: 1}: below 3 → 3·1 + 1·2 = 5 records; below 5 → 5 + 4 = 9.
  public func records(inClassesSmallerThan bound: Int) -> Int {
    bins.filter { $0.size < bound }.reduce(0) { $0 + $1.records }
  }
}

/// A count of records and its share of the records analysed.
public struct RecordShare: Sendable, Codable, Equatable {
  public var records: Int
  public var fraction: Double

  public init(records: Int, of total: Int) {
    self.records = records
    self.fraction = total == 0 ? 0 : Double(records) / Double(total)
  }
}

/// Records in classes smaller than `below`.
public struct SmallClassShare: Sendable, Codable, Equatable {
  public var below: Int
  public var records: Int
  public var fraction: Double
}
