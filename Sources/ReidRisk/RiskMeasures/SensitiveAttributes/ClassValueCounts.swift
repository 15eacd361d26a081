/// How many records of each equivalence class hold each sensitive value: r_1 ≥ r_2 ≥ … ≥ r_m
/// for every class, and the file-wide count of each value.
///
/// Built in one pass over the records: each (class, value) pair is counted in an open-addressing
/// table keyed by class << 32 | value, so memory grows with the pairs present, not with the
/// records. The pairs are then grouped by class (counting sort) and each class's entries sorted
/// by count, largest first, ties by code.
struct ClassValueCounts: Sendable {
  /// Class j's entries are `codes[offsets[j] ..< offsets[j + 1]]` and the same range of
  /// `counts`.
  let offsets: [Int]
  /// The value code of each entry.
  let codes: [Int32]
  /// The number of records of the class holding the entry's value.
  let counts: [Int32]
  /// Records holding each value, over the records in classes (excluded records not counted).
  let valueTotals: [Int]
  /// n, records in classes.
  let recordCount: Int

  /// Counts the pairs of `classOfRecord[i]` (-1: excluded) and `codes[i]` (in 0..<valueCount).
  init(classOfRecord: [Int32], classCount: Int, codes recordCodes: [Int32], valueCount: Int) {
    var table = PairTable()
    var valueTotals = [Int](repeating: 0, count: valueCount)
    var records = 0
    for record in classOfRecord.indices {
      let classId = classOfRecord[record]
      guard classId >= 0 else { continue }
      let code = recordCodes[record]
      table.increment(UInt64(UInt32(classId)) << 32 | UInt64(UInt32(code)))
      valueTotals[Int(code)] += 1
      records += 1
    }
    var offsets = [Int](repeating: 0, count: classCount + 1)
    table.forEach { key, _ in offsets[Int(key >> 32) + 1] += 1 }
    for index in 0..<classCount { offsets[index + 1] += offsets[index] }
    var next = offsets
    var codes = [Int32](repeating: 0, count: table.count)
    var counts = [Int32](repeating: 0, count: table.count)
    table.forEach { key, count in
      let classId = Int(key >> 32)
      codes[next[classId]] = Int32(truncatingIfNeeded: key)
      counts[next[classId]] = count
      next[classId] += 1
    }
    for classId in 0..<classCount where offsets[classId + 1] - offsets[classId] > 1 {
      Self.sortByCount(
        codes: &codes, counts: &counts, range: offsets[classId]..<offsets[classId + 1])
    }
    self.offsets = offsets
    self.codes = codes
    self.counts = counts
    self.valueTotals = valueTotals
    self.recordCount = records
  }

  var classCount: Int { offsets.count - 1 }

  /// Sorts one class's entries by count, largest first, ties by code: in place by insertion
  /// for the usual few entries, through a temporary array for many.
  private static func sortByCount(codes: inout [Int32], counts: inout [Int32], range: Range<Int>) {
    func precedes(_ count: Int32, _ code: Int32, _ otherCount: Int32, _ otherCode: Int32) -> Bool {
      count != otherCount ? count > otherCount : code < otherCode
    }
    guard range.count <= 32 else {
      let sorted = zip(codes[range], counts[range]).sorted { precedes($0.1, $0.0, $1.1, $1.0) }
      for (offset, entry) in sorted.enumerated() {
        codes[range.lowerBound + offset] = entry.0
        counts[range.lowerBound + offset] = entry.1
      }
      return
    }
    for index in range.dropFirst() {
      let code = codes[index]
      let count = counts[index]
      var hole = index
      while hole > range.lowerBound && precedes(count, code, counts[hole - 1], codes[hole - 1]) {
        codes[hole] = codes[hole - 1]
        counts[hole] = counts[hole - 1]
        hole -= 1
      }
      codes[hole] = code
      counts[hole] = count
    }
  }

  /// The entries of class `classId`: indices into `codes` and `counts`.
  func entries(ofClass classId: Int) -> Range<Int> { offsets[classId]..<offsets[classId + 1] }
}

/// An open-addressing hash table from 64-bit keys to counts (Fibonacci hashing, linear
/// probing).
private struct PairTable {
  private var keys: [UInt64]
  private var counts: [Int32]
  private var shift: UInt64
  private(set) var count = 0

  init() {
    keys = [UInt64](repeating: .max, count: 1024)
    counts = [Int32](repeating: 0, count: 1024)
    shift = 64 - 10
  }

  mutating func increment(_ key: UInt64) {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let found = keys[slot]
      if found == key {
        counts[slot] += 1
        return
      }
      if found == .max { break }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    counts[slot] = 1
    count += 1
    if count * 2 > keys.count { grow() }
  }

  func forEach(_ body: (UInt64, Int32) -> Void) {
    for slot in keys.indices where keys[slot] != .max { body(keys[slot], counts[slot]) }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldCounts = counts
    keys = [UInt64](repeating: .max, count: oldKeys.count * 2)
    counts = [Int32](repeating: 0, count: oldKeys.count * 2)
    shift -= 1
    let mask = keys.count - 1
    for slot in oldKeys.indices where oldKeys[slot] != .max {
      var target = Int(truncatingIfNeeded: (oldKeys[slot] &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while keys[target] != .max { target = (target + 1) & mask }
      keys[target] = oldKeys[slot]
      counts[target] = oldCounts[slot]
    }
  }
}
