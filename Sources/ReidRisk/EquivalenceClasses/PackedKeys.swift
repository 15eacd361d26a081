internal import CHints

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

/// A hash table from packed 64-bit keys to class ids. The slots hold ids only (4 bytes); the
/// keys sit once in id order, so memory is about 8 bytes per class plus 4 to 8 per slot.
///
/// Both grow by half, not double, and the slot count need not be a power of two (a key's
/// first slot is the high word of hash × slot count): with 1.56 million classes a shard holds
/// 2.25 million slots (9 MB) where doubling reached 4 million (16 MB).
///
/// Keys are placed by a keyed hash (`HashSeed`); a probe longer than
/// `ValueDictionary.probeBound` moves the table to the next seed, at most once per growth.
struct PackedClassIndex {
  private var keys: [UInt64] = []
  private var slots: [Int32]  // class id, or -1 for an empty slot
  private var seed: HashSeed
  private var reseedFloor = 0

  /// An index sized for about `expectedClasses` classes (it grows past them as needed).
  init(expectedClasses: Int = 0, seed: HashSeed = .processDefault) {
    slots = Array(repeating: -1, count: max(1024, expectedClasses * 10 / 7 + 1))
    self.seed = seed
    keys.reserveCapacity(expectedClasses)
  }

  /// The class id of `key`, and whether it was new.
  @inline(__always)
  mutating func insert(_ key: UInt64) -> (id: Int32, isNew: Bool) {
    var slot = Self.slot(key, slots.count, seed)
    var probes = 0
    while true {
      let id = slots[slot]
      if id < 0 { break }
      if keys[Int(id)] == key { return (id, false) }
      slot = slot &+ 1 == slots.count ? 0 : slot &+ 1
      probes &+= 1
    }
    let id = Int32(keys.count)
    if keys.count == keys.capacity { keys.reserveCapacity(keys.count + keys.count / 2 + 16) }
    keys.append(key)
    slots[slot] = id
    if keys.count * 10 > slots.count * 7 {
      rebuild(capacity: slots.count + slots.count / 2)
    } else if probes > ValueDictionary.probeBound && keys.count >= reseedFloor {
      reseedFloor = keys.count * 2
      seed = seed.next()
      rebuild(capacity: slots.count)
    }
    return (id, true)
  }

  /// Fetches the slot where the search for `key` starts, ahead of its `insert`.
  @inline(__always)
  func prefetchSlot(_ key: UInt64) {
    slots.withUnsafeBufferPointer {
      reidrisk_prefetch($0.baseAddress! + Self.slot(key, $0.count, seed))
    }
  }

  /// Fetches the stored key of the class in `key`'s first slot, ahead of its `insert`, and
  /// returns that class id (nil for an empty slot).
  @inline(__always)
  func prefetchClass(_ key: UInt64) -> Int32? {
    let id = slots[Self.slot(key, slots.count, seed)]
    guard id >= 0 else { return nil }
    keys.withUnsafeBufferPointer { reidrisk_prefetch($0.baseAddress! + Int(id)) }
    return id
  }

  /// The hash that places `key`, for a `DistinctEstimate` of the keys before they are inserted.
  @inline(__always)
  static func hash(_ key: UInt64, seed: HashSeed) -> UInt64 {
    HashMixing.mix(HashMixing.hash(key, seed: seed))
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ count: Int, _ seed: HashSeed) -> Int {
    // The hash's low bits are its best: a Fibonacci multiplication carries them to the top,
    // and the top word of that times the slot count is the slot.
    let spread = HashMixing.hash(key, seed: seed) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: spread.multipliedFullWidth(by: UInt64(count)).high)
  }

  private mutating func rebuild(capacity: Int) {
    slots = []
    slots = Array(repeating: -1, count: capacity)
    for (id, key) in keys.enumerated() {
      var slot = Self.slot(key, capacity, seed)
      while slots[slot] >= 0 { slot = slot &+ 1 == capacity ? 0 : slot &+ 1 }
      slots[slot] = Int32(id)
    }
  }
}
