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
    // offsets[j + 1] counts class j's pairs first, then becomes the end of its entries.
    var offsets = [Int](repeating: 0, count: classCount + 1)
    var records = 0
    for record in classOfRecord.indices {
      let classId = classOfRecord[record]
      guard classId >= 0 else { continue }
      let code = recordCodes[record]
      if table.increment(UInt64(UInt32(classId)) << 32 | UInt64(UInt32(code))) {
        offsets[Int(classId) + 1] += 1
      }
      valueTotals[Int(code)] += 1
      records += 1
    }
    for index in 0..<classCount { offsets[index + 1] += offsets[index] }
    var next = offsets
    var codes = [Int32](repeating: 0, count: table.count)
    var counts = [Int32](repeating: 0, count: table.count)
    for entry in table.entries where entry.key != PairTable.empty {
      let classId = Int(entry.key >> 32)
      codes[next[classId]] = Int32(truncatingIfNeeded: entry.key)
      counts[next[classId]] = entry.count
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
/// probing, at most 70% full). Key and count sit side by side: one cache line per probe.
private struct PairTable {
  struct Entry {
    var key: UInt64
    var count: Int32
  }

  /// No key has its top bit set (class ids and codes are non-negative `Int32`s).
  static let empty = UInt64.max
  private(set) var entries: [Entry]
  private var shift: UInt64
  private(set) var count = 0

  init() {
    entries = [Entry](repeating: Entry(key: Self.empty, count: 0), count: 1024)
    shift = 64 - 10
  }

  /// Adds one to the count of `key`; true when the key is new.
  mutating func increment(_ key: UInt64) -> Bool {
    let mask = entries.count - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let found = entries[slot].key
      if found == key {
        entries[slot].count += 1
        return false
      }
      if found == Self.empty { break }
      slot = (slot + 1) & mask
    }
    entries[slot] = Entry(key: key, count: 1)
    count += 1
    if count * 10 > entries.count * 7 { grow() }
    return true
  }

  private mutating func grow() {
    let old = entries
    entries = [Entry](repeating: Entry(key: Self.empty, count: 0), count: old.count * 2)
    shift -= 1
    let mask = entries.count - 1
    for entry in old where entry.key != Self.empty {
      var slot = Int(truncatingIfNeeded: (entry.key &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while entries[slot].key != Self.empty { slot = (slot + 1) & mask }
      entries[slot] = entry
    }
  }
}
