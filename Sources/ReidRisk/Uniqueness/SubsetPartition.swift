/// The partition of the records on one set of columns, as the lattice walk keeps it: only the
/// records in classes of two or more, each class a run of `records`, since a record alone on
/// a set stays alone on every superset of it (refining never merges classes).
///
/// On (zip, gender) = (A, F), (A, F), (A, M), (B, M): the set {zip} keeps records 0, 1, 2 as
/// one class (ends [3]) and drops record 3 (alone on zip B); refining by gender keeps 0 and 1
/// (ends [2]) and drops 2.
struct SubsetPartition: Sendable {
  /// Records (from 0) in classes of two or more, class by class.
  var records: [Int32]
  /// Where each class's run of `records` ends.
  var ends: [Int32]

  /// Classes of two or more.
  var classCount: Int { ends.count }

  /// The partition on no column: every record in one class (none kept when n < 2).
  static func whole(recordCount: Int) -> SubsetPartition {
    guard recordCount >= 2 else { return SubsetPartition(records: [], ends: []) }
    return SubsetPartition(records: (0..<Int32(recordCount)).map { $0 }, ends: [Int32(recordCount)])
  }
}

/// Refines partitions by one more column, class by class: each class's records sorted by the
/// column's code (a counting sort for a large class with few codes, else a sort of
/// (code, record) pairs), its runs the new classes. Scratch space is kept between calls (one
/// refiner per thread).
struct SubsetRefiner {
  private var keys: [UInt64] = []
  private var counts: [Int32] = []
  private var sorted: [Int32] = []

  /// The result of one refinement.
  struct Step {
    var partition: SubsetPartition
    /// Records alone on the refined set but not on the parent set.
    var newUniques: [Int32]
    /// Σ f(f − 1) over the classes of the refined set (classes of one add nothing).
    var pairs: Int
  }

  /// `parent` refined by the column whose codes are `codes`, with `distinct` codes, read at
  /// their stored width.
  mutating func refine(_ parent: SubsetPartition, by column: CodeColumn, distinct: Int) -> Step {
    column.withCodes { buffer in
      switch buffer {
      case .one(let codes): return refine(parent, by: codes, distinct: distinct)
      case .two(let codes): return refine(parent, by: codes, distinct: distinct)
      case .four(let codes): return refine(parent, by: codes, distinct: distinct)
      }
    }
  }

  private mutating func refine<Code: FixedWidthInteger>(
    _ parent: SubsetPartition, by codes: UnsafeBufferPointer<Code>, distinct: Int
  ) -> Step {
    var records: [Int32] = []
    var ends: [Int32] = []
    var newUniques: [Int32] = []
    records.reserveCapacity(parent.records.count)
    var pairs = 0
    let width = max(distinct, 1)
    if counts.count < width + 1 { counts = [Int32](repeating: 0, count: width + 1) }
    if sorted.count < parent.records.count {
      sorted = [Int32](repeating: 0, count: parent.records.count)
    }
    /// Appends `run[start..<end]`, the records of one new class, as a class or a unique.
    func emit(_ run: UnsafeBufferPointer<Int32>, _ start: Int, _ end: Int) {
      if end - start == 1 {
        newUniques.append(run[start])
      } else {
        for index in start..<end { records.append(run[index]) }
        ends.append(Int32(records.count))
        pairs += (end - start) * (end - start - 1)
      }
    }
    parent.records.withUnsafeBufferPointer { parentRecords in
      var start = 0
      for endOfClass in parent.ends {
        let end = Int(endOfClass)
        let length = end - start
        let run = UnsafeBufferPointer(rebasing: parentRecords[start..<end])
        if length == 2 {
          if codes[Int(run[0])] == codes[Int(run[1])] {
            records.append(run[0])
            records.append(run[1])
            ends.append(Int32(records.count))
            pairs += 2
          } else {
            newUniques.append(run[0])
            newUniques.append(run[1])
          }
        } else if length >= 256 && width <= 4 * length {
          counts.withUnsafeMutableBufferPointer { counts in
            sorted.withUnsafeMutableBufferPointer { sorted in
              for code in 0...width { counts[code] = 0 }
              for record in run { counts[Int(codes[Int(record)]) + 1] += 1 }
              for code in 0..<width { counts[code + 1] += counts[code] }
              for record in run {
                let code = Int(codes[Int(record)])
                sorted[Int(counts[code])] = record
                counts[code] += 1
              }
              // counts[c] is now where code c's records end (and code c + 1's start).
              let output = UnsafeBufferPointer(rebasing: sorted[0..<length])
              var classStart = 0
              for code in 0..<width where Int(counts[code]) > classStart {
                emit(output, classStart, Int(counts[code]))
                classStart = Int(counts[code])
              }
            }
          }
        } else {
          if keys.count < length { keys = [UInt64](repeating: 0, count: max(length, 64)) }
          keys.withUnsafeMutableBufferPointer { keys in
            sorted.withUnsafeMutableBufferPointer { sorted in
              for index in 0..<length {
                let record = run[index]
                keys[index] =
                  UInt64(truncatingIfNeeded: UInt32(truncatingIfNeeded: codes[Int(record)]))
                  << 32
                  | UInt64(UInt32(bitPattern: record))
              }
              keys[0..<length].sort()
              for index in 0..<length { sorted[index] = Int32(truncatingIfNeeded: keys[index]) }
              // The runs of one code, read from the sorted keys' high halves.
              let output = UnsafeBufferPointer(rebasing: sorted[0..<length])
              var classStart = 0
              for index in 1...length
              where index == length || keys[index] >> 32 != keys[classStart] >> 32 {
                emit(output, classStart, index)
                classStart = index
              }
            }
          }
        }
        start = end
      }
    }
    return Step(
      partition: SubsetPartition(records: records, ends: ends), newUniques: newUniques,
      pairs: pairs)
  }
}
