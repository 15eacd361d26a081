import Dispatch
import Testing

@testable import ReidRisk

/// `--missing wildcard`: exact risk sizes, any number of quasi-identifiers, and no blow-up in
/// the number of missing-value patterns.
@Suite struct WildcardSizesTests {
  /// The definition, pair by pair: the sizes of the classes that agree with class a wherever
  /// both are present.
  static func bruteForce(classSizes: [Int], keys: [[Int32]], isMissing: [[Bool]]) -> [Int] {
    keys.indices.map { a in
      keys.indices.reduce(0) { total, b in
        let agree = isMissing.indices.allSatisfy { column in
          isMissing[column][Int(keys[a][column])] || isMissing[column][Int(keys[b][column])]
            || keys[a][column] == keys[b][column]
        }
        return total + (agree ? classSizes[b] : 0)
      }
    }
  }

  /// Random records over `width` columns of `values` values each, code 0 missing with
  /// probability `missing`; returns the partition's inputs.
  static func randomColumns(records: Int, width: Int, values: Int, missing: Double, seed: UInt64)
    -> (columns: [[Int32]], isMissing: [[Bool]])
  {
    var state = seed
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let columns = (0..<width).map { _ in
      (0..<records).map { _ -> Int32 in
        Double(next() % 1000) / 1000 < missing ? 0 : Int32(1 + next() % UInt64(values))
      }
    }
    let isMissing = (0..<width).map { _ in [true] + Array(repeating: false, count: values) }
    return (columns, isMissing)
  }

  /// Against the definition on 60 random files: 1 to 6 columns, 2 to 5 values, no to most
  /// cells missing, 1 to 300 records (parts compared pair by pair and parts split alike).
  @Test func agreesWithBruteForce() {
    for seed in 0..<60 {
      let width = 1 + seed % 6
      let values = 2 + seed % 4
      let missing = [0.0, 0.2, 0.5, 0.9][seed % 4]
      let records = [1, 7, 40, 300][(seed / 4) % 4]
      let (columns, isMissing) = Self.randomColumns(
        records: records, width: width, values: values, missing: missing, seed: UInt64(seed))
      let partition = Partition(columns: columns, isMissing: isMissing, policy: .wildcard)
      let keys = partition.representative.map { record in columns.map { $0[record] } }
      let expected = Self.bruteForce(
        classSizes: partition.classSizes, keys: keys, isMissing: isMissing)
      #expect(partition.riskSizes == expected, "seed \(seed)")
      // The division of pairs (bit sets are chosen for files this small).
      let divided = WildcardSizes.sizes(
        classSizes: partition.classSizes, keys: keys, isMissing: isMissing, bitSetBudget: 0)
      #expect(divided == expected, "seed \(seed), divided")
    }
  }

  /// The division of pairs on 3,000 classes, 8 columns, 30% missing (many parts split
  /// before they are compared pair by pair) agrees with the bit sets.
  @Test func divisionOfPairsAgreesWithBitSets() {
    let (columns, isMissing) = Self.randomColumns(
      records: 3000, width: 8, values: 3, missing: 0.3, seed: 99)
    let partition = Partition(columns: columns, isMissing: isMissing, policy: .value)
    let keys = partition.representative.map { record in columns.map { $0[record] } }
    let bitSets = WildcardSizes.sizes(
      classSizes: partition.classSizes, keys: keys, isMissing: isMissing)
    let divided = WildcardSizes.sizes(
      classSizes: partition.classSizes, keys: keys, isMissing: isMissing, bitSetBudget: 0)
    #expect(bitSets == divided)
    #expect(bitSets.reduce(0, +) > partition.recordCount)
  }

  /// 70 quasi-identifiers (past a 64-bit mask): records 0 and 1 differ only in column 69, where
  /// both are present, so they are apart; record 2 misses column 69 and agrees elsewhere with
  /// both: sizes 1 + 1 = 2 for each of records 0 and 1, 1 + 1 + 1 = 3 for record 2. A mask
  /// shifted past 64 bits wrapped column 69 onto column 5 and got this wrong.
  @Test func beyondSixtyFourQuasiIdentifiers() {
    let width = 70
    var columns = Array(repeating: [Int32](repeating: 1, count: 3), count: width)
    columns[69] = [1, 2, 0]
    let isMissing = Array(repeating: [true, false, false], count: width)
    let partition = Partition(columns: columns, isMissing: isMissing, policy: .wildcard)
    #expect(partition.classSizes == [1, 1, 1])
    #expect(partition.riskSizes == [2, 2, 3])
    let keys = partition.representative.map { record in columns.map { $0[record] } }
    #expect(
      WildcardSizes.sizes(
        classSizes: partition.classSizes, keys: keys, isMissing: isMissing, bitSetBudget: 0)
        == [2, 2, 3])
  }

  /// Hand-computed, three columns: (A,?,x) (A,F,?) (B,F,x) (?,?,?) × 2.
  /// (A,?,x) ~ (A,F,?), (?,?,?): 1 + 1 + 2 = 4; (A,F,?) ~ (A,?,x), (?,?,?): 4;
  /// (B,F,x) ~ (?,?,?): 1 + 2 = 3; (?,?,?) ~ all: 1 + 1 + 1 + 2 = 5.
  @Test func handComputedThreeColumns() {
    // codes: 0 missing; zip A = 1, B = 2; gender F = 1; tier x = 1
    let zip: [Int32] = [1, 1, 2, 0, 0]
    let gender: [Int32] = [0, 1, 1, 0, 0]
    let tier: [Int32] = [1, 0, 1, 0, 0]
    let isMissing = [[true, false, false], [true, false], [true, false]]
    let partition = Partition(
      columns: [zip, gender, tier], isMissing: isMissing, policy: .wildcard)
    #expect(partition.classSizes == [1, 1, 1, 2])
    #expect(partition.riskSizes == [4, 4, 3, 5])
  }

  /// 20 quasi-identifiers, half the cells empty, 20,000 records: nearly every record has its
  /// own missing pattern (over 120 s before). Checked against the definition on a sample.
  @Test func manyMissingPatternsFinishInSeconds() {
    let (columns, isMissing) = Self.randomColumns(
      records: 20_000, width: 20, values: 5, missing: 0.5, seed: 12)
    let start = DispatchTime.now().uptimeNanoseconds
    let partition = Partition(columns: columns, isMissing: isMissing, policy: .wildcard)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    #expect(seconds < 20, "\(seconds) s")
    let keys = partition.representative.map { record in columns.map { $0[record] } }
    for a in stride(from: 0, to: keys.count, by: 997) {
      let expected = keys.indices.reduce(0) { total, b in
        let agree = (0..<20).allSatisfy {
          keys[a][$0] == 0 || keys[b][$0] == 0 || keys[a][$0] == keys[b][$0]
        }
        return total + (agree ? partition.classSizes[b] : 0)
      }
      #expect(partition.riskSizes[a] == expected)
    }
  }
}
