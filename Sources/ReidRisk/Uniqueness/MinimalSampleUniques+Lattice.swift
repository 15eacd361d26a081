import Dispatch

extension MinimalSampleUniques {
  /// The MSUs from the partition of every set of columns (`SubsetLattice`): with U(S) the bit
  /// set of records alone on S, the records with MSU S are U(S) ∧ ¬(U(S∖c₁) ∨ … ∨ U(S∖cₛ)),
  /// U(∅) holding only the record of a file of one.
  ///
  /// On the four records of the type's example, U({gender}) = {0}, U({age}) = {2},
  /// U({zip, gender}) = {0, 1}, and {0, 1} ∧ ¬(U({zip}) ∨ U({gender})) = {0, 1} ∧ ¬{0} = {1}.
  static func byLattice(
    columns: [[Int32]], distinct: [Int], maximumSize: Int, walkedSize: Int
  ) -> MinimalSampleUniques {
    let recordCount = columns.first?.count ?? 0
    let (root, figures) = SubsetLattice.walk(
      columns: columns, distinct: distinct, maximumSize: max(walkedSize, maximumSize),
      uniqueBitsUpTo: maximumSize)
    var bitsOf: [ColumnSet: Int] = [:]
    for (index, figure) in figures.enumerated() { bitsOf[figure.set] = index }
    let order = figures.indices.filter { figures[$0].set.count <= maximumSize }
      .sorted { figures[$0].set < figures[$1].set }
    // For each set, in `ColumnSet` order: its own bits and those of its subsets of one fewer.
    let plans: [(own: Int, lower: [Int])] = order.map { index in
      let set = figures[index].set
      let lower = set.count == 1 ? [-1] : set.indices.map { bitsOf[set.removing($0)]! }
      return (index, lower)
    }
    let words = (recordCount + 63) / 64
    let halves = words >= 1024 ? 2 : 1
    let bounds = (0...halves).map { words * $0 / halves }
    /// Calls `body(record, set)` for every MSU of the records in words `range`, in set order.
    @Sendable func forEachMSU(inWords range: Range<Int>, _ body: (Int, ColumnSet) -> Void) {
      for plan in plans {
        let own = figures[plan.own].uniqueBits
        let set = figures[plan.own].set
        for word in range {
          var lower: UInt64 = 0
          for index in plan.lower {
            lower |= index < 0 ? root.uniqueBits[word] : figures[index].uniqueBits[word]
          }
          var found = own[word] & ~lower
          while found != 0 {
            body(word * 64 + found.trailingZeroBitCount, set)
            found &= found - 1
          }
        }
      }
    }
    var offsets = [Int](repeating: 0, count: recordCount + 1)
    offsets.withUnsafeMutableBufferPointer { buffer in
      let counts = SharedBuffer(buffer)
      DispatchQueue.concurrentPerform(iterations: halves) { half in
        forEachMSU(inWords: bounds[half]..<bounds[half + 1]) { record, _ in
          counts.buffer[record + 1] += 1
        }
      }
    }
    for record in 0..<recordCount { offsets[record + 1] += offsets[record] }
    var sets = [ColumnSet](repeating: ColumnSet(bits: 0), count: offsets[recordCount])
    var next = offsets
    sets.withUnsafeMutableBufferPointer { setBuffer in
      next.withUnsafeMutableBufferPointer { nextBuffer in
        let output = SharedBuffer(setBuffer)
        let cursor = SharedBuffer(nextBuffer)
        DispatchQueue.concurrentPerform(iterations: halves) { half in
          forEachMSU(inWords: bounds[half]..<bounds[half + 1]) { record, set in
            output.buffer[cursor.buffer[record]] = set
            cursor.buffer[record] += 1
          }
        }
      }
    }
    var result = MinimalSampleUniques(
      columnCount: columns.count, maximumSize: maximumSize, offsets: offsets, sets: sets)
    result.subsetFigures = figures.map {
      SubsetFigures(
        set: $0.set, classes: $0.classes, pairs: $0.pairs, uniques: $0.uniques, uniqueBits: [])
    }
    return result
  }
}
