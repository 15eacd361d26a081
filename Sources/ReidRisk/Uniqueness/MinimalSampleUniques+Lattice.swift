extension MinimalSampleUniques {
  /// The MSUs from the partition of every set of columns (`SubsetLattice`): with U(S) the bit
  /// set of records alone on S, the records with MSU S are U(S) ∧ ¬(U(S∖c₁) ∨ … ∨ U(S∖cₛ)),
  /// U(∅) holding only the record of a file of one.
  ///
  /// On the four records of the type's example, U({gender}) = {0}, U({age}) = {2},
  /// U({zip, gender}) = {0, 1}, and {0, 1} ∧ ¬(U({zip}) ∨ U({gender})) = {0, 1} ∧ ¬{0} = {1}.
  ///
  /// The sets are read word by word (64 records at a time), each word through every set in
  /// `ColumnSet` order, so that each record's MSUs come out sorted and are handed to `sink`
  /// in record order, with no list of every record's MSUs. Returns the walked sets' figures.
  static func byLattice<Sink: MSUSink>(
    columns: [CodeColumn], distinct: [Int], maximumSize: Int, walkedSize: Int,
    into sink: inout Sink
  ) -> [SubsetFigures] {
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
    var local = [[ColumnSet]](repeating: [], count: 64)
    for word in 0..<words {
      for plan in plans {
        let own = figures[plan.own].uniqueBits[word]
        guard own != 0 else { continue }
        var lower: UInt64 = 0
        for index in plan.lower {
          lower |= index < 0 ? root.uniqueBits[word] : figures[index].uniqueBits[word]
        }
        var found = own & ~lower
        while found != 0 {
          local[found.trailingZeroBitCount].append(figures[plan.own].set)
          found &= found - 1
        }
      }
      for bit in 0..<min(64, recordCount - word * 64) {
        local[bit].withUnsafeBufferPointer { sink.add($0) }
        local[bit].removeAll(keepingCapacity: true)
      }
    }
    return figures.map {
      SubsetFigures(
        set: $0.set, classes: $0.classes, pairs: $0.pairs, uniques: $0.uniques, uniqueBits: [])
    }
  }
}
