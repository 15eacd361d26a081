/// Figures the renderers show that are derived from the report's own numbers: computed here,
/// once, so that no renderer does arithmetic or hard-codes a threshold.
extension ScanReport {
  /// One row of the class-size display: sizes 1 to 10 each, then 11–20, 21–50, 51–100,
  /// 101–1000 and over 1000.
  public struct ClassSizeRow: Sendable, Equatable {
    public var label: String
    public var classes: Int
    public var records: Int
    /// Of `records`, those in classes smaller than the flagging k (`flagged.k`).
    public var recordsBelowK: Int
    /// Whether every class of the row is smaller than k: the text report paints its bar red.
    public var isBelowK: Bool { records > 0 && recordsBelowK == records }
  }

  /// The class-size histogram grouped for display, each row split at `flagged.k`.
  ///
  /// Classes of sizes 1, 1, 3 and 12 with k = 3: rows "1" (2 classes, 2 records, 2 below k),
  /// "3" (1, 3, 0) and "11–20" (1, 12, 0).
  public var classSizeRows: [ClassSizeRow] {
    let k = flagged.k
    return Formatting.displayRanges.compactMap { range, label in
      let inside = classSizeHistogram.filter { range.contains($0.size) }
      guard !inside.isEmpty else { return nil }
      return ClassSizeRow(
        label: label, classes: inside.reduce(0) { $0 + $1.classes },
        records: inside.reduce(0) { $0 + $1.records },
        recordsBelowK: inside.filter { $0.size < k }.reduce(0) { $0 + $1.records })
    }
  }

  /// Records in classes smaller than the flagging k.
  public var recordsBelowK: Int {
    classSizeHistogram.filter { $0.size < flagged.k }.reduce(0) { $0 + $1.records }
  }

  /// Records flagged only because their class falls short of l or t on a sensitive column
  /// (or an attack scenario singles them out): flagged records not in a class smaller than k.
  ///
  /// 10 records flagged, 7 of them in classes smaller than k: 3.
  public var recordsFlaggedBeyondK: Int { max(0, flagged.records - recordsBelowK) }

  /// The line every format prints when the journalist and marketer figures merely repeat the
  /// prosecutor's because no population class sizes were given; nil when they were.
  public var populationCaveat: String? {
    hasPopulationClassSizes
      ? nil
      : "the journalist and marketer figures equal the prosecutor's until --superset or"
        + " --population-table (superset or population_table in a policy) gives the"
        + " population's class sizes"
  }
}
