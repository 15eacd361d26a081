import Testing

@testable import ReidRisk

/// MSUs of small tables worked by hand, and both search methods against the definition applied
/// to every set on random tables.
@Suite struct MinimalSampleUniquesTests {
  /// Columns (zip, gender, age); the arithmetic is in `MinimalSampleUniques`'s doc comment.
  ///
  ///     record  zip  gender  age   MSUs
  ///     0       A    F       30    {gender}: the only F
  ///     1       A    M       30    {zip, gender}: (A, M) alone; A, M, 30, (A, 30), (M, 30) shared
  ///     2       B    M       40    {age}: the only 40; (B, M) is shared with 3
  ///     3       B    M       30    {zip, age}: (B, 30) alone; (B, M) and (M, 30) shared
  @Test func fourRecords() {
    let columns = MSUFixture.columns([[0, 0, 30], [0, 1, 30], [1, 1, 40], [1, 1, 30]])
    let (zip, gender, age) = (0, 1, 2)
    #expect(
      MSUFixture.msus(columns) == [
        [ColumnSet([gender])], [ColumnSet([zip, gender])], [ColumnSet([age])],
        [ColumnSet([zip, age])],
      ])
  }

  /// A record whose whole combination occurs twice has no MSU; one alone on two columns
  /// separately has two MSUs of size 1, and none of size 2 (each pair holds one of them).
  ///
  ///     record  a  b  c    MSUs
  ///     0       0  0  0    none: identical to record 1
  ///     1       0  0  0    none
  ///     2       1  1  0    {a}, {b}: the only 1 in a and in b; {c} is 0 like 0, 1, 3
  ///     3       0  2  0    {b}: the only 2
  ///     4       0  0  1    {c}: the only 1 in c
  @Test func duplicatesHaveNone() {
    let columns = MSUFixture.columns([[0, 0, 0], [0, 0, 0], [1, 1, 0], [0, 2, 0], [0, 0, 1]])
    #expect(
      MSUFixture.msus(columns) == [
        [], [], [ColumnSet([0]), ColumnSet([1])], [ColumnSet([1])], [ColumnSet([2])],
      ])
  }

  /// The size limit: record 1 of `fourRecords` has its MSU at size 2, so with M = 1 it has
  /// none, and records 0 and 2 keep theirs.
  @Test func sizeLimit() {
    let columns = MSUFixture.columns([[0, 0, 30], [0, 1, 30], [1, 1, 40], [1, 1, 30]])
    #expect(
      MSUFixture.msus(columns, maximumSize: 1) == [[ColumnSet([1])], [], [ColumnSet([2])], []])
  }

  /// Edge cases: no record, one record (alone on ∅, so no set is minimal), two identical.
  @Test func tinyFiles() {
    #expect(MSUFixture.msus(MSUFixture.columns([])) == [])
    #expect(MSUFixture.msus([[0], [0]]) == [[]])
    #expect(MSUFixture.msus([[0, 0], [0, 0]]) == [[], []])
    #expect(MSUFixture.msus([[0, 1], [0, 0]]) == [[ColumnSet([0])], [ColumnSet([0])]])
  }

  /// `ColumnSet`'s order: by size, then the set holding the first differing column.
  @Test func columnSetOrder() {
    // {0, 2} vs {1, 3}: first differing column 0, in the left: left first.
    #expect(ColumnSet([0, 2]) < ColumnSet([1, 3]))
    #expect(!(ColumnSet([1, 3]) < ColumnSet([0, 2])))
    #expect(ColumnSet([0, 1]) < ColumnSet([0, 2]))
    #expect(ColumnSet([4]) < ColumnSet([0, 1]))
    #expect(ColumnSet([0, 1, 2]).indices == [0, 1, 2])
  }

  /// Both methods against the brute force on seeded random tables of 1 to 8 columns, 2 to 3
  /// values per column (so that MSUs of every size occur), and every size limit.
  @Test(arguments: Array(0..<40))
  func matchesBruteForce(seed: Int) {
    var generator = SeededGenerator(state: UInt64(seed) &* 7919 &+ 17)
    let width = Int.random(in: 1...8, using: &generator)
    let records = Int.random(in: 2...60, using: &generator)
    let cardinality = Int32.random(in: 2...4, using: &generator)
    let rows = (0..<records).map { _ in
      (0..<width).map { _ in Int32.random(in: 0..<cardinality, using: &generator) }
    }
    let columns = MSUFixture.columns(rows)
    for size in 1...width {
      let expected = MSUFixture.bruteForce(columns, maximumSize: size)
      #expect(MSUFixture.msus(columns, maximumSize: size) == expected, "size \(size)")
    }
  }

  /// Larger random tables, where the counting sort and the indexed lists of the recursion and
  /// the hash table of the lattice's refinement are used (600 records, columns of up to 40
  /// values).
  @Test(arguments: Array(0..<6))
  func methodsAgreeOnLargerTables(seed: Int) {
    var generator = SeededGenerator(state: UInt64(seed) &+ 1000)
    let width = 6
    let cardinalities = (0..<width).map { _ in Int32.random(in: 2...40, using: &generator) }
    let rows = (0..<600).map { _ in
      cardinalities.map { Int32.random(in: 0..<$0, using: &generator) }
    }
    let columns = MSUFixture.columns(rows)
    #expect(MSUFixture.msus(columns) == MSUFixture.bruteForce(columns, maximumSize: width))
  }

  /// The recursion takes the first column's values a range at a time: ranges of one record
  /// (each value its own range) and of a few give the MSUs of one range of all.
  @Test(arguments: [1, 7, 1 << 16])
  func recursionInRangesOfValues(rangeRecords: Int) {
    var generator = SeededGenerator(state: 2026)
    let cardinalities: [Int32] = [30, 3, 8, 2, 12]
    let rows = (0..<400).map { _ in
      cardinalities.map { Int32.random(in: 0..<$0, using: &generator) }
    }
    let columns = MSUFixture.columns(rows)
    var lists = MSULists()
    MinimalSampleUniques.byRecursion(
      columns: columns.map(CodeColumn.init(wide:)), distinct: MSUFixture.distinct(columns),
      maximumSize: 3, rangeRecords: rangeRecords, into: &lists)
    let found = (0..<rows.count).map {
      Array(lists.sets[lists.offsets[$0]..<lists.offsets[$0 + 1]])
    }
    #expect(found == MSUFixture.bruteForce(columns, maximumSize: 3))
  }

  /// A value of more records than `MSURecursion.spareRecords` is grouped in place: 280,000
  /// records share the first column's value 0 (10 more have 1); both methods agree.
  @Test func recursionGroupsLargeTablesInPlace() {
    let count = 280_010
    #expect(280_000 > MSURecursion.spareRecords)
    let columns: [[Int32]] = [
      (0..<count).map { $0 < 280_000 ? 0 : 1 }, (0..<count).map { Int32($0 % 7) },
      (0..<count).map { Int32($0 * 7919 % 5003) },
    ]
    let distinct = MSUFixture.distinct(columns)
    let results = [MinimalSampleUniques.Method.recursion, .lattice].map {
      MinimalSampleUniques(columns: columns, distinct: distinct, maximumSize: 3, method: $0)
    }
    #expect(results[0].count == results[1].count)
    #expect(results[0].count > 0)
    #expect(
      (0..<count).allSatisfy { results[0].msus(ofRecord: $0) == results[1].msus(ofRecord: $0) })
  }

  /// The lattice unless its bit sets would pass 64 MiB: at 1M records a set takes
  /// 15,625 words = 125,000 bytes. 10 columns up to size 4: 10 + 45 + 120 + 210 = 385 sets,
  /// 48 MB: the lattice. 30 columns up to size 3: 30 + 435 + 4,060 = 4,525 sets, 566 MB: the
  /// recursion.
  @Test func preferredMethod() {
    #expect(ColumnSet.latticeSize(columnCount: 10, maximumSize: 4) == 385)
    #expect(ColumnSet.latticeSize(columnCount: 30, maximumSize: 3) == 4525)
    #expect(
      MinimalSampleUniques.Method.preferred(
        columnCount: 10, maximumSize: 4, recordCount: 1_000_000) == .lattice)
    #expect(
      MinimalSampleUniques.Method.preferred(
        columnCount: 30, maximumSize: 3, recordCount: 1_000_000) == .recursion)
    // 11 columns up to size 3: 11 + 55 + 165 = 231 sets; at 1M, 28.9 MB: the lattice; 10
    // columns up to size 3 at 10M: 175 sets of 1,250,000 bytes = 218.75 MB > 64 MiB: the
    // recursion
    #expect(
      MinimalSampleUniques.Method.preferred(
        columnCount: 11, maximumSize: 3, recordCount: 1_000_000) == .lattice)
    #expect(
      MinimalSampleUniques.Method.preferred(
        columnCount: 10, maximumSize: 3, recordCount: 10_000_000) == .recursion)
  }
}
