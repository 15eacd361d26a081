import Testing

@testable import ReidRisk

/// The searches hand each record's MSUs to a sink; the scan's sink keeps the figures only.
/// These pin the sinks on hand-counted records, and the search over 1- and 2-byte codes
/// against the same codes 4 bytes wide.
@Suite struct MSUSinkTests {
  private static let zip = ColumnSet([0])
  private static let gender = ColumnSet([1])
  private static let zipGender = ColumnSet([0, 1])
  private static let zipAge = ColumnSet([0, 2])

  private func add<Sink: MSUSink>(_ records: [[ColumnSet]], to sink: inout Sink) {
    for msus in records { msus.withUnsafeBufferPointer { sink.add($0) } }
  }

  /// {zip}; nothing; {gender}, {zip, age}: offsets [0, 1, 1, 3].
  @Test func listsKeepEveryMSU() {
    var lists = MSULists()
    add([[Self.zip], [], [Self.gender, Self.zipAge]], to: &lists)
    #expect(lists.offsets == [0, 1, 1, 3])
    #expect(lists.sets == [Self.zip, Self.gender, Self.zipAge])
  }

  /// {zip} and {zip, gender}, m = M = 3 (weights 2·1 = 2 for size 1, 1 for sizes 2 and 3):
  /// zip weighs 2 + 1 = 3 of 3 (share 1), gender 1 of 3, age 0; one MSU and one record of
  /// size 1, one MSU and one record of size 2; combinations {zip}: 1, {zip, gender}: 1.
  @Test func totalsOfTwoRecords() {
    var totals = MSUTotals(columnCount: 3, maximumSize: 3)
    add([[Self.zip], [Self.zipGender]], to: &totals)
    let summary = totals.summary(names: ["zip", "gender", "age"], samplingFraction: 0.01)
    #expect(summary.msus == 2)
    #expect(summary.recordsWithMSU == 2)
    #expect(
      summary.bySize == [
        .init(size: 1, msus: 1, records: 1), .init(size: 2, msus: 1, records: 1),
        .init(size: 3, msus: 0, records: 0),
      ])
    #expect(summary.columns.map(\.msus) == [2, 1, 0])
    #expect(summary.columns.map(\.contribution) == [1, 1.0 / 3, 0])
    #expect(summary.combinations.map(\.columns) == [["zip"], ["zip", "gender"]])
  }

  /// {zip}; nothing; {gender}, {zip, age}; {zip} (m = M = 3: weights 2, 1, 1): records 0 and
  /// 3 share one kind ({zip}, 1 MSU, score 2), record 2 has ({gender}, 2 MSUs, 2 + 1 = 3).
  @Test func recordFiguresShareKinds() {
    var figures = RecordMSUFigures(columnCount: 3, maximumSize: 3)
    add([[Self.zip], [], [Self.gender, Self.zipAge], [Self.zip]], to: &figures)
    figures.finish()
    #expect(figures.recordCount == 4)
    #expect(figures.kind(ofRecord: 1) == nil)
    #expect(figures.kind(ofRecord: 0) == figures.kind(ofRecord: 3))
    #expect(figures.kind(ofRecord: 2)?.smallest == Self.gender)
    #expect(figures.kind(ofRecord: 2)?.msus == 2)
    #expect((0..<4).map { figures.score(ofRecord: $0) } == [2, 0, 3, 2])
    #expect(figures.totals.count == 4)
  }

  /// A random table with a column of 300 values (2-byte codes) and three of 2 to 5 values
  /// (1 byte): the analysis and every record's MSUs over the stored codes equal those over the
  /// same codes as `[Int32]`, by both methods.
  @Test(arguments: Array(0..<4))
  func narrowCodesSearchAsWide(seed: Int) {
    var generator = SeededGenerator(state: UInt64(seed) &+ 41)
    let recordCount = 600
    let wide: [[Int32]] = [300, 2, 3, 5].map { values in
      (0..<recordCount).map { _ in Int32.random(in: 0..<values, using: &generator) }
    }
    let narrow = wide.map { CodeColumn($0) }
    #expect(narrow.map(\.width) == [.two, .one, .one, .one])
    let distinct = [300, 2, 3, 5]
    let names = ["a", "b", "c", "d"]
    let included = (0..<recordCount).map { $0 % 7 != 3 }
    for method in MinimalSampleUniques.Method.allCases {
      let lists = [
        MinimalSampleUniques(columns: wide, distinct: distinct, maximumSize: 3, method: method),
        MinimalSampleUniques(columns: narrow, distinct: distinct, maximumSize: 3, method: method),
      ]
      #expect(lists[0].count > 0)
      #expect(lists[0].offsets == lists[1].offsets)
      #expect(lists[0].sets == lists[1].sets)
      let analyses = [
        UniquenessAnalysis(
          columns: wide, distinct: distinct, names: names, maximumSize: 3,
          samplingFraction: 0.1, included: included, method: method, attributeRisk: true),
        UniquenessAnalysis(
          columns: narrow, distinct: distinct, names: names, maximumSize: 3,
          samplingFraction: 0.1, included: included, method: method, attributeRisk: true),
      ]
      #expect(analyses[0].summary == analyses[1].summary)
      #expect(analyses[0].attributeRisk == analyses[1].attributeRisk)
      #expect(analyses[0].dis == analyses[1].dis)
      #expect((0..<recordCount).allSatisfy { analyses[0].record($0) == analyses[1].record($0) })
    }
  }

  /// The analysis's record figures and summary are those of the full MSU lists: count,
  /// smallest, the score as the sum of the weights (`SUDAScoring`), the summary of the lists.
  @Test(arguments: Array(0..<4))
  func figuresAreThoseOfTheLists(seed: Int) {
    var generator = SeededGenerator(state: UInt64(seed) &+ 7)
    let columns: [[Int32]] = [4, 3, 6, 2, 5].map { values in
      (0..<200).map { _ in Int32.random(in: 0..<values, using: &generator) }
    }
    let distinct = [4, 3, 6, 2, 5]
    let names = ["a", "b", "c", "d", "e"]
    let lists = MinimalSampleUniques(columns: columns, distinct: distinct, maximumSize: 4)
    let analysis = UniquenessAnalysis(
      columns: columns, distinct: distinct, names: names, maximumSize: 4,
      samplingFraction: 0.05)
    #expect(lists.count > 0)
    #expect(analysis.summary == lists.summary(names: names, samplingFraction: 0.05))
    let scoring = SUDAScoring(columnCount: 5, maximumSize: 4)
    for record in 0..<200 {
      let figures = analysis.record(record)
      let msus = lists.msus(ofRecord: record)
      #expect(figures.msus == msus.count)
      #expect(figures.smallest == msus.first)
      #expect(figures.sudaScore == scoring.score(msus))
    }
  }
}

/// Sensitive-attribute counts over 1-byte codes equal those over the same codes 4 bytes wide.
@Suite struct ClassValueCountsWidthTests {
  /// Classes A = {Gold, Gold, Silver}, B = {Gold, Bronze}: A holds Gold twice, Silver once;
  /// B Gold once, Bronze once; from the stored 1-byte codes or the 4-byte ones.
  @Test func narrowCodesCountAsWide() {
    let classOfRecord: [Int32] = [0, 0, 1, 0, 1]
    let codes: [Int32] = [0, 0, 0, 1, 2]  // Gold 0, Silver 1, Bronze 2
    let wide = ClassValueCounts(
      classOfRecord: classOfRecord, classCount: 2, codes: codes, valueCount: 3)
    let narrow = ClassValueCounts(
      classOfRecord: classOfRecord, classCount: 2, codes: CodeColumn(codes), valueCount: 3)
    #expect(narrow.offsets == [0, 2, 4])
    #expect(narrow.codes == [0, 1, 0, 2])
    #expect(narrow.counts == [2, 1, 1, 1])
    #expect(narrow.valueTotals == [3, 1, 1])
    #expect(wide.offsets == narrow.offsets)
    #expect(wide.codes == narrow.codes)
    #expect(wide.counts == narrow.counts)
  }

  /// Past `denseLimit` values (40 values, 2-byte codes for 300): the grouping path, same
  /// counts at both widths.
  @Test func groupingPathAtTwoBytes() {
    var generator = SeededGenerator(state: 5)
    let codes = (0..<2_000).map { _ in Int32.random(in: 0..<300, using: &generator) }
    let classOfRecord = (0..<2_000).map { Int32($0 % 40) }
    let wide = ClassValueCounts(
      classOfRecord: classOfRecord, classCount: 40, codes: codes, valueCount: 300)
    let column = CodeColumn(codes)
    #expect(column.width == .two)
    let narrow = ClassValueCounts(
      classOfRecord: classOfRecord, classCount: 40, codes: column, valueCount: 300)
    #expect(wide.offsets == narrow.offsets)
    #expect(wide.codes == narrow.codes)
    #expect(wide.counts == narrow.counts)
    #expect(wide.valueTotals == narrow.valueTotals)
  }
}
