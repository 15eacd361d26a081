import Testing

@testable import ReidRisk

/// `LineIndex` stores only the records that do not start on the line after the previous one,
/// each in a few bytes, and gives back the line of any record.
@Suite struct LineIndexTests {
  /// Lines 2, 3, 5, 6: record 1 holds one quoted line feed, so record 2 starts on line 5.
  @Test func workedExample() {
    var index = LineIndex()
    for (record, line) in [2, 3, 5, 6].enumerated() { index.record(record, startsOn: line) }
    var jumps: [[Int]] = []
    index.forEachJump { jumps.append([$0, $1]) }
    // The first record is always stored; record 3 follows record 2 and is not.
    #expect(jumps == [[0, 2], [2, 5]])
    #expect((0..<4).map(index.line(ofRecord:)) == [2, 3, 5, 6])
    // Past the last record noted, records follow on: record 5 is on 6 + 2 = 8.
    #expect(index.line(ofRecord: 5) == 8)
  }

  @Test func emptyIndexCountsFromTheLineBelowTheHeader() {
    #expect(LineIndex().line(ofRecord: 0) == 2)
    #expect(LineIndex().line(ofRecord: 9) == 11)
  }

  /// A piece of a file counts lines from its own first line: its record 0 is on line 1, one
  /// line before a dataset's record 0 (line 2). Appended at record 10, line 40: records 10 and
  /// 11 are on lines 40 and 43 (3 lines later: record 10 spans three lines).
  @Test func pieceAppendedAtItsOffsets() {
    var piece = LineIndex()
    piece.record(0, startsOn: 1)
    piece.record(1, startsOn: 4)
    var whole = LineIndex()
    for record in 0..<10 { whole.record(record, startsOn: record + 2) }
    whole.append(piece, recordBase: 10, lineBase: 40)
    #expect(whole.line(ofRecord: 9) == 11)
    #expect(whole.line(ofRecord: 10) == 40)
    #expect(whole.line(ofRecord: 11) == 43)
    #expect(whole.line(ofRecord: 12) == 44)
  }

  /// Thousands of jumps (past many checkpoints of 64), gaps of 1 to 300 lines (two-byte
  /// numbers past 127), against a plain array of lines.
  @Test(arguments: [1, 7, 2026]) func matchesEveryLine(seed: UInt64) {
    var state = seed
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var lines: [Int] = []
    var line = 2
    var index = LineIndex()
    for record in 0..<20_000 {
      index.record(record, startsOn: line)
      lines.append(line)
      let roll = next() % 10
      line += roll < 6 ? 1 : roll < 9 ? 2 + next() % 3 : 1 + next() % 300
    }
    #expect((0..<20_000).map(index.line(ofRecord:)) == lines)
    var jumps = 0
    index.forEachJump { _, _ in jumps += 1 }
    // About 40% of the records do not follow on; each takes 2 to 3 bytes.
    #expect(jumps > 6_000 && jumps < 10_000)
    var copy = LineIndex()
    copy.append(index, recordBase: 0, lineBase: 1)
    #expect(copy == index)
  }
}
