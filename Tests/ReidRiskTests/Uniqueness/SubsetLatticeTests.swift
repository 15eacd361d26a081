import Testing

@testable import ReidRisk

/// The lattice walk's figures (classes, pairs, uniques and the records alone on each set) are
/// sums over batches of classes; every batch size, down to one class a batch, must give the
/// figures counted directly.
@Suite struct SubsetLatticeTests {
  /// Figures of every set counted directly: each record's key on the set, then the class
  /// sizes f, classes = number of keys, pairs = Σ f(f − 1), uniques = classes of one.
  static func counted(_ columns: [[Int32]], _ set: ColumnSet) -> (Int, Int, Int, Set<Int>) {
    let recordCount = columns.first?.count ?? 0
    var sizes: [[Int32]: Int] = [:]
    for record in 0..<recordCount {
      sizes[set.indices.map { columns[$0][record] }, default: 0] += 1
    }
    let alone = Set(
      (0..<recordCount).filter { record in sizes[set.indices.map { columns[$0][record] }] == 1 })
    return (
      sizes.count, sizes.values.reduce(0) { $0 + $1 * ($1 - 1) }, sizes.values.count { $0 == 1 },
      alone
    )
  }

  static func walk(_ columns: [[Int32]], maximumSize: Int, batchRecords: Int) -> [SubsetFigures] {
    let distinct = columns.map { Int($0.max() ?? -1) + 1 }
    return SubsetLattice.walk(
      columns: columns.map(CodeColumn.init(wide:)), distinct: distinct,
      maximumSize: maximumSize, uniqueBitsUpTo: maximumSize, batchRecords: batchRecords
    ).sets
  }

  /// Gender (F, F, M, M, M) and zip (A, A, A, B, C): {gender} 2 classes, pairs 2·1 + 3·2 = 8,
  /// no unique; {zip} 3 classes, pairs 3·2 = 6, records 3 and 4 alone; {gender, zip}: (F,A)
  /// ×2, (M,A), (M,B), (M,C): 4 classes, pairs 2, records 2, 3, 4 alone.
  @Test(arguments: [1, 2, 1 << 16])
  func handCountedFigures(batchRecords: Int) {
    let gender: [Int32] = [0, 0, 1, 1, 1]
    let zip: [Int32] = [0, 0, 0, 1, 2]
    let sets = Self.walk([gender, zip], maximumSize: 2, batchRecords: batchRecords)
    let bySet = Dictionary(uniqueKeysWithValues: sets.map { ($0.set, $0) })
    let genderOnly = bySet[ColumnSet([0])]!
    #expect((genderOnly.classes, genderOnly.pairs, genderOnly.uniques) == (2, 8, 0))
    let zipOnly = bySet[ColumnSet([1])]!
    #expect((zipOnly.classes, zipOnly.pairs, zipOnly.uniques) == (3, 6, 2))
    #expect(zipOnly.uniqueBits == [0b11000])
    let both = bySet[ColumnSet([0, 1])]!
    #expect((both.classes, both.pairs, both.uniques) == (4, 2, 3))
    #expect(both.uniqueBits == [0b11100])
  }

  /// Random records, many repeated (so that classes of every size occur, some larger than a
  /// batch), on five columns of 2 to 300 codes: every batch size gives the direct counts.
  @Test(arguments: [1, 3, 50, 1 << 16])
  func batchesAddUpToTheDirectCounts(batchRecords: Int) {
    var generator = SeededGenerator(state: 14)
    let codeCounts: [Int32] = [2, 3, 9, 40, 300]
    var columns = codeCounts.map { _ in [Int32]() }
    for _ in 0..<700 {
      let record = codeCounts.map { Int32(generator.next() % UInt64($0)) }
      let copies = generator.next() % 3 == 0 ? 1 + Int(generator.next() % 5) : 1
      for _ in 0..<copies {
        for (index, code) in record.enumerated() { columns[index].append(code) }
      }
    }
    let sets = Self.walk(columns, maximumSize: 5, batchRecords: batchRecords)
    #expect(sets.count == 31)
    for figures in sets {
      let (classes, pairs, uniques, alone) = Self.counted(columns, figures.set)
      #expect(figures.classes == classes, "\(figures.set.indices)")
      #expect(figures.pairs == pairs, "\(figures.set.indices)")
      #expect(figures.uniques == uniques, "\(figures.set.indices)")
      let bits = Set(
        (0..<columns[0].count).filter { figures.uniqueBits[$0 >> 6] >> UInt64($0 & 63) & 1 == 1 })
      #expect(bits == alone, "\(figures.set.indices)")
    }
  }

  /// One record is alone on the empty set and on every set; no record, no class.
  @Test func oneAndNoRecords() {
    let one = Self.walk([[0], [0]], maximumSize: 2, batchRecords: 1)
    #expect(one.allSatisfy { $0.classes == 1 && $0.uniques == 1 && $0.pairs == 0 })
    #expect(one.allSatisfy { $0.uniqueBits == [1] })
    let none = Self.walk([[], []], maximumSize: 2, batchRecords: 1)
    #expect(none.allSatisfy { $0.classes == 0 && $0.uniques == 0 && $0.pairs == 0 })
  }
}
