/// The partition of the records on one set of columns, as the lattice walk keeps it: only the
/// records in classes of two or more, since a record alone on a set stays alone on every
/// superset of it (refining never merges classes).
///
/// On (zip, gender) = (A, F), (A, F), (A, M), (B, M): the set {zip} keeps records 0, 1, 2 in
/// one class and drops record 3 (alone on zip B); refining by gender keeps 0 and 1 and drops 2.
struct SubsetPartition: Sendable {
  /// Records (from 0) in classes of two or more.
  var records: [Int32]
  /// The class of each of `records`, from 0 to `classCount` − 1.
  var classes: [Int32]
  /// Classes of two or more.
  var classCount: Int

  /// The partition on no column: every record in one class (none kept when n < 2).
  static func whole(recordCount: Int) -> SubsetPartition {
    guard recordCount >= 2 else { return SubsetPartition(records: [], classes: [], classCount: 0) }
    return SubsetPartition(
      records: (0..<Int32(recordCount)).map { $0 },
      classes: [Int32](repeating: 0, count: recordCount), classCount: 1)
  }
}

/// Refines partitions by one more column, with scratch space kept between calls (one per
/// thread).
struct SubsetRefiner {
  /// A direct table from (class, code) to the new class when the product is at most this many
  /// entries; a hash table past it.
  static let directLimit = 1 << 22

  private var direct: [Int32] = []

  /// The result of one refinement.
  struct Step {
    var partition: SubsetPartition
    /// Records alone on the refined set but not on the parent set.
    var newUniques: [Int32]
    /// Σ f(f − 1) over the classes of the refined set (classes of one add nothing).
    var pairs: Int
  }

  /// `parent` refined by the column whose codes are `codes`, with `distinct` codes.
  mutating func refine(_ parent: SubsetPartition, by codes: [Int32], distinct: Int) -> Step {
    let count = parent.records.count
    guard count > 0 else { return Step(partition: parent, newUniques: [], pairs: 0) }
    var childOf = [Int32](repeating: 0, count: count)
    var sizes: [Int32] = []
    let width = max(distinct, 1)
    let product = parent.classCount.multipliedReportingOverflow(by: width)
    codes.withUnsafeBufferPointer { codes in
      parent.records.withUnsafeBufferPointer { records in
        parent.classes.withUnsafeBufferPointer { classes in
          childOf.withUnsafeMutableBufferPointer { childOf in
            if !product.overflow && product.partialValue <= Self.directLimit {
              if direct.count < product.partialValue {
                direct = [Int32](repeating: -1, count: max(product.partialValue, 1 << 16))
              }
              var keys: [Int] = []
              direct.withUnsafeMutableBufferPointer { table in
                for index in 0..<count {
                  let key = Int(classes[index]) &* width &+ Int(codes[Int(records[index])])
                  var id = table[key]
                  if id < 0 {
                    id = Int32(sizes.count)
                    table[key] = id
                    sizes.append(0)
                    keys.append(key)
                  }
                  sizes[Int(id)] &+= 1
                  childOf[index] = id
                }
                for key in keys { table[key] = -1 }
              }
            } else {
              var index = PackedClassIndex(expectedClasses: min(count, 1 << 20))
              for position in 0..<count {
                let key =
                  UInt64(UInt32(bitPattern: classes[position])) << 32
                  | UInt64(UInt32(bitPattern: codes[Int(records[position])]))
                let (id, isNew) = index.insert(key)
                if isNew { sizes.append(0) }
                sizes[Int(id)] &+= 1
                childOf[position] = id
              }
            }
          }
        }
      }
    }
    // Renumber the classes of two or more; the records of classes of one become uniques.
    var renumbered = [Int32](repeating: -1, count: sizes.count)
    var kept: Int32 = 0
    var pairs = 0
    var keptRecords = 0
    for (id, size) in sizes.enumerated() where size >= 2 {
      renumbered[id] = kept
      kept += 1
      pairs += Int(size) * (Int(size) - 1)
      keptRecords += Int(size)
    }
    var records: [Int32] = []
    var classes: [Int32] = []
    var newUniques: [Int32] = []
    records.reserveCapacity(keptRecords)
    classes.reserveCapacity(keptRecords)
    newUniques.reserveCapacity(count - keptRecords)
    for index in 0..<count {
      let id = renumbered[Int(childOf[index])]
      if id >= 0 {
        records.append(parent.records[index])
        classes.append(id)
      } else {
        newUniques.append(parent.records[index])
      }
    }
    return Step(
      partition: SubsetPartition(records: records, classes: classes, classCount: Int(kept)),
      newUniques: newUniques, pairs: pairs)
  }
}
