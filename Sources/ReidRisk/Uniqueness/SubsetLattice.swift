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
enum SubsetLattice {
  /// The figures of every set, in `ColumnSet.lattice` order; the bits of records alone on a
  /// set are kept for the sets of at most `uniqueBitsUpTo` columns. `root` is the empty set
  /// (its only unique is the record of a file of one).
  static func walk(
    columns: [CodeColumn], distinct: [Int], maximumSize: Int, uniqueBitsUpTo: Int
  ) -> (root: SubsetFigures, sets: [SubsetFigures]) {
    let recordCount = columns.first?.count ?? 0
    let words = (recordCount + 63) / 64
    let order = ColumnSet.lattice(columnCount: columns.count, maximumSize: maximumSize)
    var slot: [ColumnSet: Int] = [:]
    for (index, set) in order.enumerated() { slot[set] = index }
    let root = SubsetPartition.whole(recordCount: recordCount)
    var startBits = [UInt64](repeating: 0, count: uniqueBitsUpTo > 0 ? words : 0)
    if recordCount == 1 && !startBits.isEmpty { startBits[0] = 1 }
    let rootBits = startBits
    let rootUniques = recordCount == 1 ? 1 : 0
    let rootFigures = SubsetFigures(
      set: ColumnSet(bits: 0), classes: min(recordCount, 1),
      pairs: recordCount * (recordCount - 1), uniques: rootUniques, uniqueBits: rootBits)
    let placeholder = SubsetFigures(
      set: ColumnSet(bits: 0), classes: 0, pairs: 0, uniques: 0, uniqueBits: [])
    var results = [SubsetFigures](repeating: placeholder, count: order.count)
    guard maximumSize >= 1 else { return (rootFigures, []) }
    let slotOf = slot
    results.withUnsafeMutableBufferPointer { buffer in
      let output = SharedBuffer(buffer)
      DispatchQueue.concurrentPerform(iterations: columns.count) { first in
        var refiner = SubsetRefiner()
        func visit(
          _ parent: SubsetPartition, _ set: ColumnSet, uniques: Int, bits: [UInt64], from: Int
        ) {
          guard set.count < maximumSize else { return }
          for column in from..<columns.count {
            let step = refiner.refine(parent, by: columns[column], distinct: distinct[column])
            let childSet = set.inserting(column)
            let childUniques = uniques + step.newUniques.count
            var childBits: [UInt64] = []
            if childSet.count <= uniqueBitsUpTo {
              childBits = bits
              for record in step.newUniques {
                childBits[Int(record) >> 6] |= 1 << UInt64(record & 63)
              }
            }
            output.buffer[slotOf[childSet]!] = SubsetFigures(
              set: childSet, classes: childUniques + step.partition.classCount, pairs: step.pairs,
              uniques: childUniques, uniqueBits: childBits)
            visit(
              step.partition, childSet, uniques: childUniques, bits: childBits, from: column + 1)
          }
        }
        // The subtree of {first}: refine the root by `first`, then everything after it.
        let step = refiner.refine(root, by: columns[first], distinct: distinct[first])
        let set = ColumnSet([first])
        let uniques = rootUniques + step.newUniques.count
        var bits = rootBits
        if uniqueBitsUpTo >= 1 {
          for record in step.newUniques { bits[Int(record) >> 6] |= 1 << UInt64(record & 63) }
        }
        output.buffer[slotOf[set]!] = SubsetFigures(
          set: set, classes: uniques + step.partition.classCount, pairs: step.pairs,
          uniques: uniques, uniqueBits: bits)
        visit(step.partition, set, uniques: uniques, bits: bits, from: first + 1)
      }
    }
    return (rootFigures, results)
  }
}
