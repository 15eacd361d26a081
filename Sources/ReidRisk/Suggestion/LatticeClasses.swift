/// The equivalence classes of one lattice node: each class's code in every column (at the
/// node's levels) and its size; with sensitive targets, also the class of each of the bottom
/// node's classes, so that records can be placed without grouping them again.
///
/// A node one level coarser in one column follows from this one (`coarsened`): that column's
/// codes go up one level, and the classes whose keys become equal merge. Cost: one look-up
/// per class, never per record; nodes high in the lattice have few classes.
struct LatticeClasses: Sendable {
  /// `codes[c][j]`: class j's code in column c.
  var codes: [[Int32]]
  var sizes: [Int32]
  /// `classOfBase[b]`: the class holding the bottom node's class b (nil when not tracked).
  var classOfBase: [Int32]?
  /// Each record's class, for a node grouped from the records.
  var classOfRecord: [Int32]? = nil

  var count: Int { sizes.count }

  /// The classes of the bottom node: records grouped by their codes at each column's first
  /// level. `baseClassOfRecord` receives each record's class there.
  static func bottom(
    columns: [EncodedColumn], ladders: [LatticeLadder], tracksBase: Bool,
    baseClassOfRecord: inout [Int32]
  ) -> LatticeClasses {
    let mapped = zip(columns, ladders).map { column, ladder in
      ladder.codeMaps[0].withUnsafeBufferPointer { map in column.codes.map { map[Int($0)] } }
    }
    let partition = Partition(columns: mapped, distinctValues: ladders.map { $0.distinct[0] })
    let representatives = partition.representative
    baseClassOfRecord = partition.classOfRecord
    return LatticeClasses(
      codes: mapped.map { column in representatives.map { column[$0] } },
      sizes: partition.classSizes.map { Int32($0) },
      classOfBase: tracksBase ? (0..<Int32(partition.classCount)).map { $0 } : nil)
  }

  /// The classes of the node with column `column` one level up (from `level` to `level + 1`),
  /// `distinct` the distinct values of every column at the new node's levels.
  func coarsened(column: Int, by up: [Int32], distinct: [Int]) -> LatticeClasses {
    var newCodes = codes
    newCodes[column] = up.withUnsafeBufferPointer { map in codes[column].map { map[Int($0)] } }
    var sizes: [Int32] = []
    var first: [Int] = []  // the first old class of each new class
    var classOf = [Int32](repeating: 0, count: count)
    if let packing = PackedKeys(distinctValues: distinct) {
      var keys = [UInt64](repeating: 0, count: count)
      keys.withUnsafeMutableBufferPointer { keys in
        for c in newCodes.indices {
          let shift = packing.shifts[c]
          newCodes[c].withUnsafeBufferPointer { codes in
            for old in 0..<codes.count {
              keys[old] |= UInt64(UInt32(bitPattern: codes[old])) << shift
            }
          }
        }
      }
      var index = PackedClassIndex(expectedClasses: count / 2)
      keys.withUnsafeBufferPointer { keys in
        self.sizes.withUnsafeBufferPointer { oldSizes in
          classOf.withUnsafeMutableBufferPointer { classOf in
            for old in 0..<keys.count {
              let (id, isNew) = index.insert(keys[old])
              if isNew {
                sizes.append(0)
                first.append(old)
              }
              sizes[Int(id)] += oldSizes[old]
              classOf[old] = id
            }
          }
        }
      }
    } else {
      var index = ClassIndex(width: codes.count)
      var key = [Int32](repeating: 0, count: codes.count)
      for old in 0..<count {
        for c in newCodes.indices { key[c] = newCodes[c][old] }
        let (id, isNew) = index.insert(key)
        if isNew {
          sizes.append(0)
          first.append(old)
        }
        sizes[Int(id)] += self.sizes[old]
        classOf[old] = id
      }
    }
    let keptCodes = newCodes.map { codes in
      codes.withUnsafeBufferPointer { codes in first.map { codes[$0] } }
    }
    return LatticeClasses(
      codes: keptCodes, sizes: sizes,
      classOfBase: classOfBase.map { bases in
        classOf.withUnsafeBufferPointer { map in bases.map { map[Int($0)] } }
      })
  }
}
