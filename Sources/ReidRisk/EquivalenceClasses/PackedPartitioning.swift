internal import CHints
import Dispatch

/// Groups records by packed 64-bit keys on two cores: the keys are split by one bit of their
/// hash, so each shard owns its classes outright and builds its own index with no locking. Each
/// shard reads every record's codes (sequential, cheap) and inserts only its own (random
/// access, the cost). Shard 0's classes come first, each shard's in order of first appearance.
///
/// Keys are built a block of records at a time, column by column, each column's loop reading
/// its codes at their stored width (`CodeColumn`): no test of the width per record.
enum PackedPartitioning {
  struct Classes {
    var classOfRecord: [Int32]
    var classSizes: [Int]
    var excluded: Int
  }

  private struct Shard {
    var classes = 0
    var excluded = 0
  }

  /// A shard's index starts with room for at most this many classes (2^20 slots, 4 MiB; a
  /// power of two, so that the key array keeps doubling to powers of two past it).
  static let maximumPresizedClasses = 1 << 19

  /// From this many records on, each shard first estimates its classes (`DistinctEstimate`,
  /// one pass over the keys) and sizes its index for them, 5% over: an index that grows
  /// holds its old and new arrays at once, which set the peak memory on millions of classes.
  static let estimateThreshold = 1 << 20

  /// Below this many records one shard does the work.
  static let parallelThreshold = 1 << 16

  /// How many records ahead a shard fetches the table slot of a key it will insert; it fetches
  /// the key's class entry half as far ahead.
  static let prefetchDistance = 16

  /// Records whose keys are built at once: 32 KiB of keys, in the core's cache.
  static let keyBlock = 4096

  static func classes(
    columns: [CodeColumn], shifts: [UInt64], isExcluded: (@Sendable (Int) -> Bool)?,
    seed: HashSeed = .processDefault
  ) -> Classes {
    let recordCount = columns.first?.count ?? 0
    let shardCount = recordCount >= parallelThreshold ? 2 : 1
    var classOfRecord = [Int32](repeating: -1, count: recordCount)
    var shards = [Shard](repeating: Shard(), count: shardCount)
    classOfRecord.withUnsafeMutableBufferPointer { output in
      shards.withUnsafeMutableBufferPointer { shardOutput in
        let output = SharedBuffer(output)
        let shardOutput = SharedBuffer(shardOutput)
        DispatchQueue.concurrentPerform(iterations: shardCount) { shardIndex in
          var block = [UInt64](repeating: 0, count: keyBlock)
          var blockStart = 0
          var blockEnd = 0
          // The key of `record`; called with record 0, 1, 2… in turn.
          @inline(__always) func keyOf(_ record: Int) -> UInt64 {
            if record >= blockEnd {
              blockStart = record
              blockEnd = min(record + keyBlock, recordCount)
              block.withUnsafeMutableBufferPointer { keys in
                Self.fillKeys(
                  UnsafeMutableBufferPointer(rebasing: keys[..<(blockEnd - blockStart)]),
                  from: blockStart, columns: columns, shifts: shifts)
              }
            }
            return block[record - blockStart]
          }
          // The shard of a key is not keyed by the seed: it decides the order of class ids,
          // which must not depend on the seed. A file whose keys all fall in one shard costs
          // one core's time, no more.
          @inline(__always) func isMine(_ key: UInt64) -> Bool {
            shardCount == 1 || Int((key &* 0x9E37_79B9_7F4A_7C15) >> 63) == shardIndex
          }
          var shard = Shard()
          // Room for every record of the shard to be its own class, up to a limit, or for the
          // classes estimated: growing would rehash them all once more.
          var expected = min(recordCount / shardCount, maximumPresizedClasses)
          if recordCount >= estimateThreshold {
            var estimate = DistinctEstimate()
            for record in 0..<recordCount {
              let key = keyOf(record)
              if isMine(key) { estimate.add(hash: PackedClassIndex.hash(key, seed: seed)) }
            }
            expected = Int(estimate.count * 1.05) + 1024
            blockStart = 0
            blockEnd = 0
          }
          var index = PackedClassIndex(expectedClasses: expected, seed: seed)
          // Each key is computed once, `prefetchDistance` records ahead, and kept in a ring
          // until its record comes. Two records' worth of cache misses are in flight: the slot
          // of the key far ahead, then the class entry that a nearer key's slot points to.
          var ring = [UInt64](repeating: 0, count: prefetchDistance)
          let ringMask = prefetchDistance - 1
          for record in 0..<min(prefetchDistance, recordCount) { ring[record] = keyOf(record) }
          for record in 0..<recordCount {
            let key = ring[record & ringMask]
            let far = record + prefetchDistance
            if far < recordCount {
              let next = keyOf(far)
              ring[far & ringMask] = next
              if isMine(next) { index.prefetchSlot(next) }
            }
            let near = ring[(record + prefetchDistance / 2) & ringMask]
            if record + prefetchDistance / 2 < recordCount, isMine(near) {
              _ = index.prefetchClass(near)
            }
            if let isExcluded, isExcluded(record) {
              if shardIndex == 0 { shard.excluded += 1 }
              continue
            }
            guard isMine(key) else { continue }
            let (id, isNew) = index.insert(key)
            if isNew { shard.classes += 1 }
            // Shard 1 marks its local ids as -(id + 2) until the offsets are known.
            output.buffer[record] = shardIndex == 0 ? id : -(id + 2)
          }
          shardOutput.buffer[shardIndex] = shard
        }
      }
    }
    // The sizes are counted once the shards' tables are gone, in the pass that moves shard 1's
    // ids after shard 0's: on millions of classes, counters beside the tables would set the
    // peak memory.
    let offset = Int32(shards[0].classes)
    var classSizes = [Int](repeating: 0, count: shards.reduce(0) { $0 + $1.classes })
    classSizes.withUnsafeMutableBufferPointer { sizes in
      classOfRecord.withUnsafeMutableBufferPointer { classes in
        for record in classes.indices {
          var id = classes[record]
          if id <= -2 {
            id = offset - id - 2
            classes[record] = id
          }
          if id >= 0 { sizes[Int(id)] &+= 1 }
        }
      }
    }
    let excluded = shards.reduce(0) { $0 + $1.excluded }
    return Classes(classOfRecord: classOfRecord, classSizes: classSizes, excluded: excluded)
  }
}

extension PackedPartitioning {
  /// The packed keys of records `start ..< start + keys.count`: each column's codes shifted
  /// into place, one column after another. Codes 3 and 5 of two columns with shifts 0 and 2
  /// pack to 3 | 5 << 2 = 23.
  static func fillKeys(
    _ keys: UnsafeMutableBufferPointer<UInt64>, from start: Int, columns: [CodeColumn],
    shifts: [UInt64]
  ) {
    keys.update(repeating: 0)
    func add<Code: FixedWidthInteger>(_ codes: UnsafeBufferPointer<Code>, shift: UInt64) {
      for index in keys.indices {
        keys[index] |= UInt64(truncatingIfNeeded: codes[start + index]) << shift
      }
    }
    for (column, shift) in zip(columns, shifts) {
      column.withCodes { buffer in
        switch buffer {
        case .one(let codes): add(codes, shift: shift)
        case .two(let codes): add(codes, shift: shift)
        case .four(let codes):
          for index in keys.indices {
            keys[index] |= UInt64(UInt32(bitPattern: codes[start + index])) << shift
          }
        }
      }
    }
  }
}

/// Lets `concurrentPerform` write distinct elements of one buffer.
struct SharedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
