/// A hash table from fixed-width keys of codes (one per quasi-identifier) to class ids.
///
/// Keys live in one flat array, `width` codes each; slots hold class ids. No allocation per
/// record.
struct ClassIndex {
  let width: Int
  private var keys: [Int32] = []
  private var hashes: [UInt64] = []
  private var slots: [Int32]
  private var mask: Int

  init(width: Int) {
    self.width = width
    slots = Array(repeating: -1, count: 1024)
    mask = 1023
  }

  /// The class id of `key`, and whether it was new.
  mutating func insert(_ key: [Int32]) -> (id: Int32, isNew: Bool) {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    for code in key {
      hash = (hash ^ UInt64(UInt32(bitPattern: code))) &* 0xff51_afd7_ed55_8ccd
      hash ^= hash >> 32
    }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = slots[slot]
      if id < 0 { break }
      if hashes[Int(id)] == hash && matches(id, key) { return (id, false) }
      slot = (slot + 1) & mask
    }
    let id = Int32(hashes.count)
    keys.append(contentsOf: key)
    hashes.append(hash)
    slots[slot] = id
    if hashes.count * 2 > slots.count { grow() }
    return (id, true)
  }

  private func matches(_ id: Int32, _ key: [Int32]) -> Bool {
    let start = Int(id) * width
    for offset in 0..<width where keys[start + offset] != key[offset] { return false }
    return true
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }
}
