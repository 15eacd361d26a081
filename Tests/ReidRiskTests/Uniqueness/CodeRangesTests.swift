import Testing

@testable import ReidRisk

/// `CodeRanges` cuts a column's codes into ranges of a bounded number of records.
@Suite struct CodeRangesTests {
  /// Counts (3, 1, 1, 2), limit 4: 3 + 1 = 4 fits, + 1 = 5 does not: 0..<2, then 1 + 2 = 3:
  /// 2..<4. With smallest 2 the single records count 0: 3 + 0 + 0 = 3, + 2 = 5 does not fit:
  /// 0..<3, then 3..<4.
  @Test func cutsAtTheLimit() {
    #expect(CodeRanges(counts: [3, 1, 1, 2], limit: 4).ranges == [0..<2, 2..<4])
    #expect(CodeRanges(counts: [3, 1, 1, 2], limit: 4, smallest: 2).ranges == [0..<3, 3..<4])
  }

  /// A code of more records than the limit is a range of its own; a limit past every record
  /// gives one range.
  @Test func largeCodesStandAlone() {
    #expect(CodeRanges(counts: [2, 9, 2], limit: 3).ranges == [0..<1, 1..<2, 2..<3])
    #expect(CodeRanges(counts: [2, 9, 2], limit: 100).ranges == [0..<3])
  }

  /// Codes (0, 2, 1, 2, 0) counted from the column: (2, 1, 2); the records of codes 1..<3 are
  /// 1, 2, 3, in increasing order.
  @Test func countsAndGathersFromTheColumn() {
    let column = CodeColumn([0, 2, 1, 2, 0], distinct: 3)
    let ranges = CodeRanges(column, distinct: 3, limit: 3)
    #expect(ranges.counts == [2, 1, 2])
    #expect(ranges.ranges == [0..<2, 2..<3])
    var records: [Int32] = [9, 9]
    CodeRanges.records(of: column, in: 1..<3, into: &records)
    #expect(records == [1, 2, 3])
  }

  /// 2¹⁶ = 65,536 up to 16 × 65,536 = 1,048,576 records; past it a sixteenth, rounded up:
  /// 10M / 16 = 625,000, (10M + 1) / 16 → 625,001.
  @Test func firstLevelLimit() {
    #expect(CodeRanges.firstLevelLimit(recordCount: 1000) == 65_536)
    #expect(CodeRanges.firstLevelLimit(recordCount: 1_048_576) == 65_536)
    #expect(CodeRanges.firstLevelLimit(recordCount: 10_000_000) == 625_000)
    #expect(CodeRanges.firstLevelLimit(recordCount: 10_000_001) == 625_001)
    // a floor of 1 (the lattice walk's tests): 700 / 16 = 43.75 → 44
    #expect(CodeRanges.firstLevelLimit(recordCount: 700, floor: 1) == 44)
  }
}
