@testable import ReidRisk

/// Small tables for the MSU tests, and a brute force that applies the definition to every set.
enum MSUFixture {
  /// Code columns from rows of small integers (row r, column c).
  static func columns(_ rows: [[Int32]]) -> [[Int32]] {
    guard let width = rows.first?.count else { return [] }
    return (0..<width).map { column in rows.map { $0[column] } }
  }

  static func distinct(_ columns: [[Int32]]) -> [Int] {
    columns.map { Int(($0.max() ?? 0) + 1) }
  }

  /// Each record's MSUs, smallest first, then in QI order, found by both methods; the test
  /// fails if they differ.
  static func msus(_ columns: [[Int32]], maximumSize: Int? = nil) -> [[ColumnSet]] {
    let size = maximumSize ?? columns.count
    let results = MinimalSampleUniques.Method.allCases.map {
      MinimalSampleUniques(
        columns: columns, distinct: distinct(columns), maximumSize: size, method: $0)
    }
    let lists = results.map { result in
      (0..<result.recordCount).map { Array(result.msus(ofRecord: $0)) }
    }
    precondition(lists.allSatisfy { $0 == lists[0] }, "the methods differ")
    return lists[0]
  }

  /// The definition, set by set: S is an MSU of r when r is alone on S and not alone on any S
  /// minus one column (alone on ∅ only in a file of one record).
  static func bruteForce(_ columns: [[Int32]], maximumSize: Int) -> [[ColumnSet]] {
    let recordCount = columns.first?.count ?? 0
    let width = columns.count
    // The records sharing each record's values on each set, counted by a dictionary.
    var aloneOn: [ColumnSet: [Bool]] = [:]
    func isAlone(_ record: Int, _ set: ColumnSet) -> Bool {
      if let known = aloneOn[set] { return known[record] }
      var counts: [[Int32]: Int] = [:]
      let keys = (0..<recordCount).map { row in set.indices.map { columns[$0][row] } }
      for key in keys { counts[key, default: 0] += 1 }
      let alone = keys.map { counts[$0] == 1 }
      aloneOn[set] = alone
      return alone[record]
    }
    var result = [[ColumnSet]](repeating: [], count: recordCount)
    for bits in 1..<(UInt64(1) << UInt64(width)) {
      let set = ColumnSet(bits: bits)
      guard set.count <= maximumSize else { continue }
      for record in 0..<recordCount where isAlone(record, set) {
        if !set.indices.contains(where: { isAlone(record, set.removing($0)) }) {
          result[record].append(set)
        }
      }
    }
    return result.map { $0.sorted() }
  }
}

/// A seeded generator (SplitMix64), so that the random tables are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
