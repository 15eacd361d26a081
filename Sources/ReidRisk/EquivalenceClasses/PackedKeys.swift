/// Packs a record's codes into one 64-bit class key when the columns' dictionaries are small
/// enough (the bits for each column's largest code add up to at most 64), so that the class
/// index compares one integer per record instead of an array of codes.
///
/// With 300 ZIP codes (9 bits), 20,000 birth dates (15 bits) and 3 genders (2 bits) a key takes
/// 26 bits.
struct PackedKeys {
  /// The shift of each column's code in the key.
  let shifts: [UInt64]

  /// Nil when the codes need more than 64 bits.
  init?(distinctValues: [Int]) {
    var shifts: [UInt64] = []
    var used: UInt64 = 0
    for count in distinctValues {
      shifts.append(used)
      used += UInt64(max(1, Int.bitWidth - max(count - 1, 0).leadingZeroBitCount))
    }
    guard used <= 64 else { return nil }
    self.shifts = shifts
  }
}

/// A hash table from packed 64-bit keys to class ids: keys stored in the slots themselves.
struct PackedClassIndex {
  private var keys: [UInt64]
  private var ids: [Int32]  // -1 for an empty slot
  private var mask: Int
  private(set) var count = 0

  init(expected: Int = 1024) {
    var capacity = 1024
    while capacity < expected * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    ids = Array(repeating: -1, count: capacity)
    mask = capacity - 1
  }

  /// The class id of `key`, and whether it was new.
  @inline(__always)
  mutating func insert(_ key: UInt64) -> (id: Int32, isNew: Bool) {
    var slot = Self.slot(key, mask)
    while true {
      let id = ids[slot]
      if id < 0 { break }
      if keys[slot] == key { return (id, false) }
      slot = (slot + 1) & mask
    }
    let id = Int32(count)
    keys[slot] = key
    ids[slot] = id
    count += 1
    if count * 2 > ids.count { grow() }
    return (id, true)
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    var hash = key &* 0x9E37_79B9_7F4A_7C15
    hash ^= hash >> 29
    return Int(truncatingIfNeeded: hash) & mask
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldIds = ids
    keys = Array(repeating: 0, count: oldIds.count * 2)
    ids = Array(repeating: -1, count: oldIds.count * 2)
    mask = ids.count - 1
    for index in oldIds.indices where oldIds[index] >= 0 {
      var slot = Self.slot(oldKeys[index], mask)
      while ids[slot] >= 0 { slot = (slot + 1) & mask }
      keys[slot] = oldKeys[index]
      ids[slot] = oldIds[index]
    }
  }
}
