/// SUDA2's recursive search for minimal sample uniques (Manning, Haglin and Keane 2008), on
/// interned codes.
///
/// Take the sets whose first column (in QI order) is c. A record r with value v in c is alone on
/// {c} ∪ S′ (S′ of later columns) exactly when it is alone on S′ among the records with v in c,
/// the sub-table T_v. And {c} ∪ S′ is minimal exactly when S′ is an MSU of r in T_v (∅ when r
/// is alone in T_v) and r is not alone on S′ in the whole table, that is when no MSU of r
/// found among the columns after c is a subset of S′. So the columns are taken last to first,
/// each one's sub-tables searched recursively, and a candidate kept unless an MSU found before
/// covers it.
///
/// On the example of `MinimalSampleUniques`: age, last, gives {age} for record 2 (the only
/// 40); gender gives {gender} for record 0, and for M the sub-table {1, 2, 3} on (age) has the
/// MSU {age} for record 2: {gender, age} is covered by {age}, so dropped; zip: A is {0, 1},
/// whose MSUs on (gender, age) are {gender} for 0 (covered) and {gender} for 1: kept as
/// {zip, gender}; B is {2, 3}, with {age} for both: 2's is covered, 3's is kept as {zip, age}.
struct MSURecursion {
  let columns: [CodeColumn]
  let distinct: [Int]
  /// The records of the tables being searched (those of a range of the first column's codes);
  /// each sub-table is a range of it, reordered in place by the column being split.
  private var order: [Int32] = []
  private let recordCount: Int
  private var keys: [UInt64]
  /// Where a counting sort places records before they go back to `order`: as long as the
  /// longest table grouped, at most `spareRecords`.
  private var spare: [Int32] = []
  /// Per code, where its records start, then the next place to fill (the counting sort).
  private var counts: [Int32]
  /// Per recursion level, the first MSU found for each record (an index into that level's
  /// list), used once a level has found more MSUs than a linear scan suits; allocated (4 bytes
  /// a record) only then, empty before.
  private var heads: [[Int32]] = []

  /// A level scans its own list while it holds at most this many MSUs.
  private static let linearScanLimit = 24

  /// The records a range of the first column's codes holds at most (or one code's, when more).
  private let rangeRecords: Int

  /// `rangeRecords` nil: `CodeRanges.firstLevelLimit`, so that `order` holds a range's
  /// records, not every record.
  init(columns: [CodeColumn], distinct: [Int], rangeRecords: Int? = nil) {
    self.columns = columns
    self.distinct = distinct
    let recordCount = columns.first?.count ?? 0
    self.rangeRecords =
      rangeRecords
      ?? CodeRanges.firstLevelLimit(recordCount: recordCount)
    self.recordCount = recordCount
    keys = []
    counts = [Int32](repeating: 0, count: (distinct.max() ?? 0) + 2)
  }

  /// The candidates whose first column is `column`: (r, S′) with S′ an MSU of r among the
  /// records sharing r's value in `column`, on the later columns, of at most
  /// `maximumSize` − 1 columns (∅ when r's value occurs once). Needs two records or more.
  /// The sub-tables of the column's values never share a record, so they are searched a range
  /// of values at a time.
  mutating func candidates(firstColumn column: Int, maximumSize: Int)
    -> [(record: Int32, set: ColumnSet)]
  {
    let codes = CodeRanges(columns[column], distinct: distinct[column], limit: rangeRecords)
    var result: [(record: Int32, set: ColumnSet)] = []
    for range in codes.ranges {
      CodeRanges.records(of: columns[column], in: range, into: &order)
      let count = order.count
      group(0, count, by: column)
      var start = 0
      while start < count {
        let end = groupEnd(start, count, column)
        if end - start == 1 {
          result.append((order[start], ColumnSet(bits: 0)))
        } else if maximumSize > 1 && column + 1 < columns.count {
          result += search(start, end, first: column + 1, depth: maximumSize - 1, level: 0)
        }
        start = end
      }
    }
    return result
  }

  /// The MSUs, of at most `depth` columns from `first` on, of the table `order[low..<high]`
  /// (two records or more).
  private mutating func search(_ low: Int, _ high: Int, first: Int, depth: Int, level: Int)
    -> [(record: Int32, set: ColumnSet)]
  {
    var found: [(record: Int32, set: ColumnSet)] = []
    var next: [Int32] = []
    var indexed = false
    while heads.count <= level { heads.append([]) }
    /// Whether an MSU found so far for `record` is a subset of `set`.
    func isCovered(_ record: Int32, _ set: ColumnSet, _ found: [(record: Int32, set: ColumnSet)])
      -> Bool
    {
      if !indexed {
        return found.contains { $0.record == record && $0.set.isSubset(of: set) }
      }
      var entry = heads[level][Int(record)]
      while entry >= 0 {
        if found[Int(entry)].set.isSubset(of: set) { return true }
        entry = next[Int(entry)]
      }
      return false
    }
    func keep(_ record: Int32, _ set: ColumnSet) {
      found.append((record, set))
      if indexed {
        next.append(heads[level][Int(record)])
        heads[level][Int(record)] = Int32(found.count - 1)
      } else if found.count > Self.linearScanLimit {
        indexed = true
        if heads[level].isEmpty { heads[level] = [Int32](repeating: -1, count: recordCount) }
        next = [Int32](repeating: -1, count: found.count)
        for (index, pair) in found.enumerated() {
          next[index] = heads[level][Int(pair.record)]
          heads[level][Int(pair.record)] = Int32(index)
        }
      }
    }
    for column in stride(from: columns.count - 1, through: first, by: -1) {
      group(low, high, by: column)
      var start = low
      while start < high {
        let end = groupEnd(start, high, column)
        if end - start == 1 {
          keep(order[start], ColumnSet([column]))
        } else if depth > 1 && column + 1 < columns.count {
          for pair in search(start, end, first: column + 1, depth: depth - 1, level: level + 1)
          where !isCovered(pair.record, pair.set, found) {
            keep(pair.record, pair.set.inserting(column))
          }
        }
        start = end
      }
    }
    if indexed {
      for pair in found { heads[level][Int(pair.record)] = -1 }
    }
    return found
  }

  /// The end of the run of one code of `column` that starts at `start`, in `order[..<high]`
  /// (grouped by that column).
  private func groupEnd(_ start: Int, _ high: Int, _ column: Int) -> Int {
    func end<Code: FixedWidthInteger>(_ codes: UnsafeBufferPointer<Code>) -> Int {
      order.withUnsafeBufferPointer { order in
        let code = codes[Int(order[start])]
        var end = start + 1
        while end < high && codes[Int(order[end])] == code { end += 1 }
        return end
      }
    }
    return columns[column].withCodes { buffer in
      switch buffer {
      case .one(let codes): return end(codes)
      case .two(let codes): return end(codes)
      case .four(let codes): return end(codes)
      }
    }
  }

  /// Tables of more records than this are grouped in place, not through `spare` (1 MiB).
  static let spareRecords = 1 << 18

  /// Reorders `order[low..<high]` so that records with the same code of `column` are together:
  /// a counting sort when the codes are few for the records, through `spare` and back (each
  /// record read and written in order; swapping in place, at random, is slower), in place past
  /// `spareRecords` (the first level's largest values), else a sort of (code, record). The
  /// order within a code does not matter to the search.
  private mutating func group(_ low: Int, _ high: Int, by column: Int) {
    let length = high - low
    guard length > 1 else { return }
    let width = distinct[column]
    columns[column].withCodes { buffer in
      switch buffer {
      case .one(let codes): group(low, high, codes, width: width)
      case .two(let codes): group(low, high, codes, width: width)
      case .four(let codes): group(low, high, codes, width: width)
      }
    }
  }

  private mutating func group<Code: FixedWidthInteger>(
    _ low: Int, _ high: Int, _ codes: UnsafeBufferPointer<Code>, width: Int
  ) {
    let length = high - low
    let counting = length >= 256 && width <= 4 * length
    if counting && length <= Self.spareRecords && spare.count < length {
      spare = [Int32](repeating: 0, count: length)
    }
    order.withUnsafeMutableBufferPointer { order in
      if counting && length > Self.spareRecords {
        // In place (American flag sort): each record swapped into its code's next free place.
        var ends = [Int32](repeating: 0, count: width)
        counts.withUnsafeMutableBufferPointer { next in
          for code in 0...width { next[code] = 0 }
          for index in low..<high { next[Int(codes[Int(order[index])]) + 1] += 1 }
          for code in 0..<width { next[code + 1] += next[code] }
          for code in 0..<width { ends[code] = next[code + 1] }
          for code in 0..<width {
            while next[code] < ends[code] {
              let place = low + Int(next[code])
              let record = order[place]
              let target = Int(codes[Int(record)])
              if target == code {
                next[code] += 1
              } else {
                let destination = low + Int(next[target])
                order[place] = order[destination]
                order[destination] = record
                next[target] += 1
              }
            }
          }
        }
      } else if counting {
        counts.withUnsafeMutableBufferPointer { next in
          spare.withUnsafeMutableBufferPointer { spare in
            for code in 0...width { next[code] = 0 }
            for index in low..<high { next[Int(codes[Int(order[index])]) + 1] += 1 }
            for code in 0..<width { next[code + 1] += next[code] }
            for index in low..<high {
              let record = order[index]
              let code = Int(codes[Int(record)])
              spare[Int(next[code])] = record
              next[code] += 1
            }
            for index in 0..<length { order[low + index] = spare[index] }
          }
        }
      } else {
        if keys.count < length { keys = [UInt64](repeating: 0, count: max(length, 64)) }
        keys.withUnsafeMutableBufferPointer { keys in
          for index in 0..<length {
            let record = order[low + index]
            keys[index] =
              UInt64(UInt32(truncatingIfNeeded: codes[Int(record)])) << 32
              | UInt64(UInt32(bitPattern: record))
          }
          keys[0..<length].sort()
          for index in 0..<length {
            order[low + index] = Int32(truncatingIfNeeded: keys[index])
          }
        }
      }
    }
  }
}

extension MinimalSampleUniques {
  /// The MSUs by `MSURecursion`: the first column's candidates of every column at once on the
  /// available cores, then kept last column to first unless an MSU found before covers them;
  /// each record's handed to `sink`, sorted, in record order.
  static func byRecursion<Sink: MSUSink>(
    columns: [CodeColumn], distinct: [Int], maximumSize: Int, rangeRecords: Int? = nil,
    into sink: inout Sink
  ) {
    let recordCount = columns.first?.count ?? 0
    guard recordCount >= 2, maximumSize >= 1, !columns.isEmpty else {
      for _ in 0..<recordCount { sink.add(UnsafeBufferPointer(start: nil, count: 0)) }
      return
    }
    // Each column's candidates in record order; a record's own within a column never cover
    // each other (they are the MSUs of one sub-table, and each holds the column).
    let candidates = Array(columns.indices).concurrentMap { column in
      var search = MSURecursion(columns: columns, distinct: distinct, rangeRecords: rangeRecords)
      var found = search.candidates(firstColumn: column, maximumSize: maximumSize)
      found.sort { $0.record < $1.record }
      return found
    }
    // Record by record, its candidates column by column from the last: one is kept, with its
    // column, unless an MSU kept from a later column is a subset of it. No table per record.
    var next = [Int](repeating: 0, count: columns.count)
    var msus: [ColumnSet] = []
    for record in 0..<Int32(recordCount) {
      msus.removeAll(keepingCapacity: true)
      for column in columns.indices.reversed() {
        let fromLaterColumns = msus.count
        var index = next[column]
        while index < candidates[column].count && candidates[column][index].record == record {
          let set = candidates[column][index].set
          if !msus[..<fromLaterColumns].contains(where: { $0.isSubset(of: set) }) {
            msus.append(set.inserting(column))
          }
          index += 1
        }
        next[column] = index
      }
      msus.sort()
      msus.withUnsafeBufferPointer { sink.add($0) }
    }
  }
}
