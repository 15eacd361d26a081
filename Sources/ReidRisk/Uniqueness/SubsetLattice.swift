import Dispatch

/// What the lattice walk measures on one set of columns.
struct SubsetFigures: Sendable {
  var set: ColumnSet
  /// Equivalence classes on the set: u(S).
  var classes: Int
  /// Σ f(f − 1) over the classes on the set: ordered pairs of records that agree on it.
  var pairs: Int
  /// Records alone on the set.
  var uniques: Int
  /// Bit r (word r / 64, bit r % 64) set when record r is alone on the set; empty unless asked.
  var uniqueBits: [UInt64]
}

/// Walks every set of 1 to `maximumSize` columns depth first, each set's partition refined
/// from its parent's (the set without its last column), records alone on the parent left out
/// of the refinement. The subtrees of the first column run on the available cores.
///
/// Three columns, maximum size 2: {0}, {0,1}, {0,2}, {1}, {1,2}, {2}; {0,1} is {0} refined by
/// column 1.
///
/// Memory stays bounded whatever the records: the sets below a set hold its columns, so their
/// classes never cross its classes, and the walk below a set takes that set's classes a batch
/// at a time (`batchRecords` records at most, or one larger class), adding up each set's
/// figures over the batches. A path so holds one batch per level, not every record per level
/// (a file whose records all repeat is alone nowhere: no partition would shrink). The first
/// level is grouped straight from the column's codes, a range of codes at a time, so no
/// partition of every record is made. The columns with the most codes come first: their
/// classes are the smallest, and the long paths start with them.
enum SubsetLattice {
  /// The records a batch holds at most, unless one class is larger: 2¹⁶ (256 KiB of records).
  static let batchRecords = 1 << 16

  /// The figures of every set, in `ColumnSet.lattice` order; the bits of records alone on a
  /// set are kept for the sets of at most `uniqueBitsUpTo` columns. `root` is the empty set
  /// (its only unique is the record of a file of one).
  static func walk(
    columns: [CodeColumn], distinct: [Int], maximumSize: Int, uniqueBitsUpTo: Int,
    batchRecords: Int = batchRecords
  ) -> (root: SubsetFigures, sets: [SubsetFigures]) {
    let recordCount = columns.first?.count ?? 0
    let words = (recordCount + 63) / 64
    var rootBits = [UInt64](repeating: 0, count: uniqueBitsUpTo > 0 ? words : 0)
    if recordCount == 1 && !rootBits.isEmpty { rootBits[0] = 1 }
    let rootUniques = recordCount == 1 ? 1 : 0
    let rootFigures = SubsetFigures(
      set: ColumnSet(bits: 0), classes: min(recordCount, 1),
      pairs: recordCount * (recordCount - 1), uniques: rootUniques, uniqueBits: rootBits)
    guard maximumSize >= 1, !columns.isEmpty else { return (rootFigures, []) }
    let order = ColumnSet.lattice(columnCount: columns.count, maximumSize: maximumSize)
    var slot: [ColumnSet: Int] = [:]
    for (index, set) in order.enumerated() { slot[set] = index }
    // Each set's figures are sums over batches: `uniques` the records alone on it but not on
    // its parent, `classes` its classes of two or more, `uniqueBits` those records; the
    // parents' shares are added once the walk is done.
    var results = order.map { set in
      SubsetFigures(
        set: set, classes: 0, pairs: 0, uniques: 0,
        uniqueBits: set.count <= uniqueBitsUpTo ? [UInt64](repeating: 0, count: words) : [])
    }
    let slotOf = slot
    let byCodes = columns.indices.sorted {
      distinct[$0] != distinct[$1] ? distinct[$0] > distinct[$1] : $0 < $1
    }
    results.withUnsafeMutableBufferPointer { buffer in
      let output = SharedBuffer(buffer)
      // Fewer than two records: none to refine (a file of one has its unique at the root).
      guard recordCount >= 2 else { return }
      DispatchQueue.concurrentPerform(iterations: columns.count) { first in
        var refiner = SubsetRefiner()
        /// Adds a step's figures to `set`'s.
        func add(_ step: SubsetRefiner.Step, to set: ColumnSet) {
          let index = slotOf[set]!
          output.buffer[index].uniques += step.newUniqueCount
          output.buffer[index].classes += step.classCount
          output.buffer[index].pairs += step.pairs
          for record in step.newUniques {
            output.buffer[index].uniqueBits[Int(record) >> 6] |= 1 << UInt64(record & 63)
          }
        }
        /// Measures the supersets of `set` that add columns from `position` of `byCodes` on,
        /// over the records of `partition` (classes of `set`), a batch of classes at a time.
        func descend(_ partition: SubsetPartition, _ set: ColumnSet, from position: Int) {
          var batchStart = 0
          while batchStart < partition.classCount {
            var batchEnd = batchStart + 1
            let recordsBefore = batchStart == 0 ? 0 : Int(partition.ends[batchStart - 1])
            while batchEnd < partition.classCount
              && Int(partition.ends[batchEnd]) - recordsBefore <= batchRecords
            {
              batchEnd += 1
            }
            let recordsAfter = Int(partition.ends[batchEnd - 1])
            for next in position..<byCodes.count {
              let column = byCodes[next]
              let child = set.inserting(column)
              let hasSupersets = child.count < maximumSize && next + 1 < byCodes.count
              let listsUniques = child.count <= uniqueBitsUpTo
              guard hasSupersets && recordsAfter - recordsBefore > batchRecords else {
                let step = refiner.refine(
                  partition, classes: batchStart..<batchEnd, by: columns[column],
                  distinct: distinct[column], keepsPartition: hasSupersets,
                  listsUniques: listsUniques)
                add(step, to: child)
                if hasSupersets && step.partition.classCount > 0 {
                  descend(step.partition, child, from: next + 1)
                }
                continue
              }
              // One class larger than a batch: its refinement, a range of codes at a time.
              partition.records.withUnsafeBufferPointer { records in
                let run = UnsafeBufferPointer(rebasing: records[recordsBefore..<recordsAfter])
                var counts = [Int32](repeating: 0, count: max(distinct[column], 1))
                columns[column].withCodes { buffer in
                  switch buffer {
                  case .one(let codes): for record in run { counts[Int(codes[Int(record)])] += 1 }
                  case .two(let codes): for record in run { counts[Int(codes[Int(record)])] += 1 }
                  case .four(let codes): for record in run { counts[Int(codes[Int(record)])] += 1 }
                  }
                }
                let ranges = CodeRanges(counts: counts, limit: batchRecords, smallest: 2)
                for range in ranges.ranges {
                  let step = refiner.group(
                    columns[column], codes: range, codeCounts: counts, keepsPartition: true,
                    listsUniques: listsUniques, among: run)
                  add(step, to: child)
                  if step.partition.classCount > 0 {
                    descend(step.partition, child, from: next + 1)
                  }
                }
              }
            }
            batchStart = batchEnd
          }
        }
        // The subtree of the first-th column of `byCodes`: its classes, grouped from its
        // codes a range at a time, then the sets below them.
        let column = byCodes[first]
        let set = ColumnSet([column])
        let hasSupersets = maximumSize > 1 && first + 1 < byCodes.count
        let batchLimit =
          hasSupersets
          ? CodeRanges.firstLevelLimit(recordCount: recordCount, floor: batchRecords)
          : Int.max
        let codes = CodeRanges(
          columns[column], distinct: distinct[column], limit: batchLimit, smallest: 2)
        for range in codes.ranges {
          let step = refiner.group(
            columns[column], codes: range, codeCounts: codes.counts,
            keepsPartition: hasSupersets, listsUniques: 1 <= uniqueBitsUpTo)
          add(step, to: set)
          if hasSupersets && step.partition.classCount > 0 {
            descend(step.partition, set, from: first + 1)
          }
        }
      }
    }
    // Each set's parent in the walk is the set without its column last in `byCodes`: sets by
    // size, so that a parent is complete before its children take its uniques.
    var position = [Int](repeating: 0, count: columns.count)
    for (index, column) in byCodes.enumerated() { position[column] = index }
    for index in results.indices.sorted(by: { results[$0].set.count < results[$1].set.count }) {
      let set = results[index].set
      let last = set.indices.max { position[$0] < position[$1] }!
      let parent = set.removing(last)
      let parentUniques = parent.isEmpty ? rootUniques : results[slotOf[parent]!].uniques
      results[index].uniques += parentUniques
      results[index].classes += results[index].uniques
      if !results[index].uniqueBits.isEmpty {
        let parentBits = parent.isEmpty ? rootBits : results[slotOf[parent]!].uniqueBits
        for word in 0..<words { results[index].uniqueBits[word] |= parentBits[word] }
      }
    }
    return (rootFigures, results)
  }
}
