/// Finds the export's equivalence class of a combination of codes, without adding to it: the
/// look-up side of a linkage. Built once from the partition's classes (one key per class, taken
/// from the class's first record); then each outside record's codes are looked up.
///
/// Keys are packed into one 64-bit integer when the columns' dictionaries are small enough (see
/// `PackedKeys`), else hashed and checked against the class's codes.
struct ClassKeyIndex {
  private let columns: [CodeColumn]
  private let representative: [Int]
  private let packing: PackedKeys?
  private var keys: [UInt64]
  private var ids: [Int32]  // -1 for an empty slot
  private let mask: Int
  private let seed: HashSeed

  /// The index of `partition`'s classes over `columns` (the code columns it was built from);
  /// `distinctValues[c]` is the size of column c's dictionary.
  init(
    partition: Partition, columns: [CodeColumn], distinctValues: [Int],
    seed: HashSeed = .processDefault
  ) {
    self.columns = columns
    self.seed = seed
    self.representative = partition.representative
    self.packing = PackedKeys(distinctValues: distinctValues)
    var capacity = 1024
    while capacity < partition.classCount * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    ids = Array(repeating: -1, count: capacity)
    mask = capacity - 1
    var codes = [Int32](repeating: 0, count: columns.count)
    for (id, record) in partition.representative.enumerated() {
      for column in columns.indices { codes[column] = columns[column][record] }
      let key = hash(codes)
      var slot = Self.slot(key, mask, seed)
      while ids[slot] >= 0 { slot = (slot &+ 1) & mask }
      keys[slot] = key
      ids[slot] = Int32(id)
    }
  }

  /// The class whose key is `codes` (one code per column, in the export's code space), or nil
  /// when no export record has them.
  func classID(of codes: [Int32]) -> Int32? {
    let key = hash(codes)
    var slot = Self.slot(key, mask, seed)
    while true {
      let id = ids[slot]
      if id < 0 { return nil }
      if keys[slot] == key && (packing != nil || matches(id, codes)) { return id }
      slot = (slot &+ 1) & mask
    }
  }

  /// The packed key, or a 64-bit hash of the codes when they do not fit.
  private func hash(_ codes: [Int32]) -> UInt64 {
    if let packing {
      var key: UInt64 = 0
      for column in codes.indices {
        key |= UInt64(UInt32(bitPattern: codes[column])) << packing.shifts[column]
      }
      return key
    }
    return ClassIndex.hash(codes, seed: seed)
  }

  private func matches(_ id: Int32, _ codes: [Int32]) -> Bool {
    let record = representative[Int(id)]
    for column in columns.indices where columns[column][record] != codes[column] { return false }
    return true
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int, _ seed: HashSeed) -> Int {
    Int(truncatingIfNeeded: HashMixing.hash(key, seed: seed)) & mask
  }
}
