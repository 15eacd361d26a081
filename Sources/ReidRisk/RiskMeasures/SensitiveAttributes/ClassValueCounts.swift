/// How many records of each equivalence class hold each sensitive value: r_1 ≥ r_2 ≥ … ≥ r_m
/// for every class, and the file-wide count of each value.
///
/// Built in one pass over the records: with few distinct values (up to `denseLimit`) through a
/// counter per class and value; with more, by grouping the records' codes class by class in a
/// temporary array and counting each class's run. Each class's entries are then sorted by
/// count, largest first, ties by code.
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
    self.init(
      classOfRecord: classOfRecord, classCount: classCount,
      codes: CodeColumn(wide: recordCodes), valueCount: valueCount)
  }

  /// Counts the pairs of `classOfRecord[i]` (-1: excluded) and `codes[i]` (in 0..<valueCount),
  /// reading the codes at their stored width (no 4-byte copy).
  init(classOfRecord: [Int32], classCount: Int, codes column: CodeColumn, valueCount: Int) {
    self = column.withCodes { buffer in
      switch buffer {
      case .one(let codes):
        return Self(classOfRecord, classCount: classCount, codes: codes, valueCount: valueCount)
      case .two(let codes):
        return Self(classOfRecord, classCount: classCount, codes: codes, valueCount: valueCount)
      case .four(let codes):
        return Self(classOfRecord, classCount: classCount, codes: codes, valueCount: valueCount)
      }
    }
  }

  private init<Code: FixedWidthInteger>(
    _ classOfRecord: [Int32], classCount: Int, codes recordCodes: UnsafeBufferPointer<Code>,
    valueCount: Int
  ) {
    var valueTotals = [Int](repeating: 0, count: valueCount)
    var offsets = [Int](repeating: 0, count: classCount + 1)
    var codes: [Int32] = []
    var counts: [Int32] = []
    codes.reserveCapacity(classCount)
    counts.reserveCapacity(classCount)
    if valueCount <= Self.denseLimit {
      // Few values (tiers, flags, small counts): one counter per class and value, no sorting.
      var table = [Int32](repeating: 0, count: classCount * valueCount)
      for (record, classId) in classOfRecord.enumerated() where classId >= 0 {
        let code = Int(recordCodes[record])
        table[Int(classId) * valueCount + code] += 1
        valueTotals[code] += 1
      }
      for classId in 0..<classCount {
        let base = classId * valueCount
        for code in 0..<valueCount where table[base + code] > 0 {
          codes.append(Int32(code))
          counts.append(table[base + code])
        }
        offsets[classId + 1] = codes.count
      }
    } else {
      Self.countByGrouping(
        classOfRecord, classCount, recordCodes, valueCount, &valueTotals, &offsets, &codes,
        &counts)
    }
    for classId in 0..<classCount where offsets[classId + 1] - offsets[classId] > 1 {
      Self.sortByCount(
        codes: &codes, counts: &counts, range: offsets[classId]..<offsets[classId + 1])
    }
    self.offsets = offsets
    self.codes = codes
    self.counts = counts
    self.valueTotals = valueTotals
    self.recordCount = valueTotals.reduce(0, +)
  }

  /// Up to this many distinct values, counters per class and value are used.
  static let denseLimit = 16

  /// Many values: the records' codes are placed class by class into one temporary array
  /// (4 bytes a record), then each class's run is counted, sorted in place when short, through
  /// a counter per value when long.
  private static func countByGrouping<Code: FixedWidthInteger>(
    _ classOfRecord: [Int32], _ classCount: Int, _ recordCodes: UnsafeBufferPointer<Code>,
    _ valueCount: Int,
    _ valueTotals: inout [Int], _ offsets: inout [Int], _ codes: inout [Int32],
    _ counts: inout [Int32]
  ) {
    var start = [Int](repeating: 0, count: classCount + 1)
    for classId in classOfRecord where classId >= 0 { start[Int(classId) + 1] += 1 }
    for index in 0..<classCount { start[index + 1] += start[index] }
    var grouped = [Int32](repeating: 0, count: start[classCount])
    var next = start
    for (record, classId) in classOfRecord.enumerated() where classId >= 0 {
      let code = Int32(truncatingIfNeeded: recordCodes[record])
      grouped[next[Int(classId)]] = code
      next[Int(classId)] += 1
      valueTotals[Int(code)] += 1
    }
    var tally = [Int32](repeating: 0, count: valueCount)  // for long runs only
    for classId in 0..<classCount {
      let run = start[classId]..<start[classId + 1]
      if run.count <= 64 {
        // Most runs hold a record or two: insertion sort, with no call into the library sort.
        for index in run.dropFirst() {
          let code = grouped[index]
          var hole = index
          while hole > run.lowerBound && grouped[hole - 1] > code {
            grouped[hole] = grouped[hole - 1]
            hole -= 1
          }
          grouped[hole] = code
        }
        var index = run.lowerBound
        while index < run.upperBound {
          let code = grouped[index]
          var end = index + 1
          while end < run.upperBound && grouped[end] == code { end += 1 }
          codes.append(code)
          counts.append(Int32(end - index))
          index = end
        }
      } else {
        for index in run { tally[Int(grouped[index])] += 1 }
        for index in run where tally[Int(grouped[index])] > 0 {
          let code = grouped[index]
          codes.append(code)
          counts.append(tally[Int(code)])
          tally[Int(code)] = 0
        }
      }
      offsets[classId + 1] = codes.count
    }
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
