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
}

/// Refines partitions by one more column, class by class: each class's records sorted by the
/// column's code (a counting sort for a large class with few codes, else a sort of
/// (code, record) pairs), its runs the new classes. Scratch space is kept between calls (one
/// refiner per thread).
struct SubsetRefiner {
  private var keys: [UInt64] = []
  private var counts: [Int32] = []
  /// Whether every entry of `counts` is 0, as counting a class without sorting it needs.
  private var countsAreZero = true
  private var sorted: [Int32] = []

  /// The result of one refinement.
  struct Step {
    /// The refined partition; empty unless asked for (`keepsPartition`).
    var partition: SubsetPartition
    /// Records alone on the refined set but not on the parent set; empty unless asked for
    /// (`listsUniques`).
    var newUniques: [Int32]
    /// How many records are alone on the refined set but not on the parent set.
    var newUniqueCount: Int
    /// Classes of two or more on the refined set.
    var classCount: Int
    /// Σ f(f − 1) over the classes of the refined set (classes of one add nothing).
    var pairs: Int
  }

  /// `parent` refined by the column whose codes are `codes`, with `distinct` codes, read at
  /// their stored width. Without `keepsPartition` (a set with no supersets to walk) only the
  /// counts are kept; without `listsUniques`, only the number of new uniques. A kept
  /// partition holds no spare capacity: a walk keeps one per level of its path.
  mutating func refine(
    _ parent: SubsetPartition, classes: Range<Int>? = nil, by column: CodeColumn, distinct: Int,
    keepsPartition: Bool = true, listsUniques: Bool = true
  ) -> Step {
    let classes = classes ?? 0..<parent.classCount
    var step = column.withCodes { buffer in
      switch buffer {
      case .one(let codes):
        refine(
          parent, classes, by: codes, distinct: distinct, keeps: keepsPartition,
          lists: listsUniques)
      case .two(let codes):
        refine(
          parent, classes, by: codes, distinct: distinct, keeps: keepsPartition,
          lists: listsUniques)
      case .four(let codes):
        refine(
          parent, classes, by: codes, distinct: distinct, keeps: keepsPartition,
          lists: listsUniques)
      }
    }
    step.partition.records.shrinkToFit()
    step.partition.ends.shrinkToFit()
    return step
  }

  /// The first level of a walk: the classes of `column` among the records whose codes lie in
  /// `codes`, from the count of each code over all records (`codeCounts`), in one pass over the
  /// column. Each class holds its records in increasing order, as `refine` gives them.
  ///
  /// On codes (0, 1, 0, 2, 1) with counts (2, 2, 1), the codes 0..<2 give the classes
  /// [0, 2] and [1, 4] (ends [2, 4]); the codes 2..<3 give no class and the unique 3.
  ///
  /// With `among`, the same among those records only (one class of a partition, in increasing
  /// order), `codeCounts` counting them: how a class larger than a batch is refined, a range
  /// of codes at a time.
  mutating func group(
    _ column: CodeColumn, codes: Range<Int>, codeCounts: [Int32], keepsPartition: Bool,
    listsUniques: Bool, among run: UnsafeBufferPointer<Int32>? = nil
  ) -> Step {
    var step = Step(
      partition: SubsetPartition(records: [], ends: []), newUniques: [], newUniqueCount: 0,
      classCount: 0, pairs: 0)
    // Where the next record of each code goes; -1 for a code of fewer than two records.
    var cursor = [Int32](repeating: -1, count: codes.count)
    var total = 0
    for code in codes {
      let count = Int(codeCounts[code])
      if count == 1 { step.newUniqueCount += 1 }
      guard count >= 2 else { continue }
      cursor[code - codes.lowerBound] = Int32(total)
      total += count
      step.partition.ends.append(Int32(total))
      step.classCount += 1
      step.pairs += count * (count - 1)
    }
    if !keepsPartition { step.partition.ends = [] }
    let keeps = keepsPartition && total > 0
    let lists = listsUniques && step.newUniqueCount > 0
    guard keeps || lists else { return step }
    var records = [Int32](repeating: 0, count: keeps ? total : 0)
    let lower = codes.lowerBound
    let width = UInt(codes.count)
    func place<Code: FixedWidthInteger>(_ buffer: UnsafeBufferPointer<Code>) {
      cursor.withUnsafeMutableBufferPointer { cursor in
        func take(_ record: Int) {
          let offset = UInt(bitPattern: Int(buffer[record]) &- lower)
          guard offset < width else { return }
          let slot = cursor[Int(offset)]
          if slot < 0 {
            if lists { step.newUniques.append(Int32(record)) }
          } else if keeps {
            records[Int(slot)] = Int32(record)
            cursor[Int(offset)] = slot + 1
          }
        }
        if let run {
          for record in run { take(Int(record)) }
        } else {
          for record in 0..<buffer.count { take(record) }
        }
      }
    }
    column.withCodes { buffer in
      switch buffer {
      case .one(let codes): place(codes)
      case .two(let codes): place(codes)
      case .four(let codes): place(codes)
      }
    }
    step.partition.records = records
    return step
  }

  private mutating func refine<Code: FixedWidthInteger>(
    _ parent: SubsetPartition, _ classes: Range<Int>, by codes: UnsafeBufferPointer<Code>,
    distinct: Int, keeps: Bool, lists: Bool
  ) -> Step {
    var records: [Int32] = []
    var ends: [Int32] = []
    var newUniques: [Int32] = []
    let first =
      classes.isEmpty || classes.lowerBound == 0 ? 0 : Int(parent.ends[classes.lowerBound - 1])
    let last = classes.isEmpty ? 0 : Int(parent.ends[classes.upperBound - 1])
    if keeps { records.reserveCapacity(last - first) }
    var pairs = 0
    var classCount = 0
    var newUniqueCount = 0
    let width = max(distinct, 1)
    if counts.count < width + 1 {
      counts = [Int32](repeating: 0, count: width + 1)
      countsAreZero = true
    }
    if !keeps && !countsAreZero {
      counts.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
      countsAreZero = true
    }
    if sorted.count < last - first {
      sorted = [Int32](repeating: 0, count: last - first)
    }
    /// Appends `run[start..<end]`, the records of one new class, as a class or a unique.
    func emit(_ run: UnsafeBufferPointer<Int32>, _ start: Int, _ end: Int) {
      if end - start == 1 {
        newUniqueCount += 1
        if lists { newUniques.append(run[start]) }
      } else {
        classCount += 1
        if keeps {
          records.append(contentsOf: UnsafeBufferPointer(rebasing: run[start..<end]))
          ends.append(Int32(records.count))
        }
        pairs += (end - start) * (end - start - 1)
      }
    }
    parent.records.withUnsafeBufferPointer { parentRecords in
      var start = first
      for endOfClass in parent.ends[classes] {
        let end = Int(endOfClass)
        let length = end - start
        let run = UnsafeBufferPointer(rebasing: parentRecords[start..<end])
        if length == 2 {
          if codes[Int(run[0])] == codes[Int(run[1])] {
            emit(run, 0, 2)
          } else {
            emit(run, 0, 1)
            emit(run, 1, 2)
          }
        } else if !keeps {
          // A set with no supersets to walk: each code's records counted, not sorted; each
          // count read once, by the first record of its code, and cleared.
          counts.withUnsafeMutableBufferPointer { counts in
            for record in run { counts[Int(codes[Int(record)])] += 1 }
            for record in run {
              let code = Int(codes[Int(record)])
              let size = Int(counts[code])
              if size == 1 {
                newUniqueCount += 1
                if lists { newUniques.append(record) }
              } else if size > 1 {
                classCount += 1
                pairs += size * (size - 1)
              }
              counts[code] = 0
            }
          }
        } else if length >= 256 && width <= 4 * length {
          countsAreZero = false
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
      newUniqueCount: newUniqueCount, classCount: classCount, pairs: pairs)
  }
}

extension Array {
  /// Drops spare capacity of more than an eighth (a copy), so that a long-lived array takes
  /// about what it holds.
  mutating func shrinkToFit() {
    guard capacity - count > count / 8 + 1024 else { return }
    self = withUnsafeBufferPointer { Array($0) }
  }
}
