/// A column's codes cut into consecutive ranges of at most `limit` records each (a code with
/// more records is a range of its own), so that a search that takes a column's classes a range
/// at a time holds one range's records, not every record. Only the codes of at least
/// `smallest` records count towards a range's records (a walk that drops records alone keeps
/// only classes of two).
///
/// Codes counted (3, 1, 1, 2), limit 4: ranges 0..<2 (3 + 1 records) and 2..<4 (1 + 2); with
/// smallest 2, where a code of one record counts for nothing, 0..<3 (3) and 3..<4 (2).
struct CodeRanges {
  /// The records of a first-level range, where a search starts from a column's codes:
  /// `floor`, or a sixteenth of the records when more (each range is a pass over the column).
  /// At 10M records, 625,000.
  static func firstLevelLimit(recordCount: Int, floor: Int = 1 << 16) -> Int {
    max(floor, (recordCount + 15) / 16)
  }

  /// How many records hold each code.
  let counts: [Int32]
  let ranges: [Range<Int>]

  init(_ column: CodeColumn, distinct: Int, limit: Int, smallest: Int = 1) {
    var counts = [Int32](repeating: 0, count: max(distinct, 1))
    column.withCodes { buffer in
      switch buffer {
      case .one(let codes): for code in codes { counts[Int(code)] += 1 }
      case .two(let codes): for code in codes { counts[Int(code)] += 1 }
      case .four(let codes): for code in codes { counts[Int(code)] += 1 }
      }
    }
    self.init(counts: counts, limit: limit, smallest: smallest)
  }

  init(counts: [Int32], limit: Int, smallest: Int = 1) {
    self.counts = counts
    var ranges: [Range<Int>] = []
    var start = 0
    while start < counts.count {
      var end = start
      var records = 0
      while end < counts.count {
        let count = Int(counts[end])
        let kept = count >= smallest ? count : 0
        if records > 0 && records + kept > limit { break }
        records += kept
        end += 1
      }
      ranges.append(start..<end)
      start = end
    }
    self.ranges = ranges
  }

  /// The records whose codes lie in `range`, in increasing order, into `records` (emptied
  /// first).
  static func records(
    of column: CodeColumn, in range: Range<Int>, into records: inout [Int32]
  ) {
    records.removeAll(keepingCapacity: true)
    let lower = range.lowerBound
    let width = UInt(range.count)
    func gather<Code: FixedWidthInteger>(_ codes: UnsafeBufferPointer<Code>) {
      for record in 0..<codes.count
      where UInt(bitPattern: Int(codes[record]) &- lower) < width {
        records.append(Int32(record))
      }
    }
    column.withCodes { buffer in
      switch buffer {
      case .one(let codes): gather(codes)
      case .two(let codes): gather(codes)
      case .four(let codes): gather(codes)
      }
    }
  }
}
