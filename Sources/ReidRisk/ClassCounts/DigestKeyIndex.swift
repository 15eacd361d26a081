/// The class of each key, by open addressing over the classes' digests as `ClassCounts` keeps
/// them (q digests per class, one after another): no array allocated per key, no generic
/// hashing. The digests are MD5 already, so the table's hash is their low halves mixed with
/// the process's seed (`HashMixing`); two keys are the same class only when every digest is
/// equal.
struct DigestKeyIndex: Sendable {
  private let width: Int
  private var slots: [Int32]
  private var count = 0
  private let seed: UInt64

  init(width: Int, seed: HashSeed = .processDefault) {
    self.width = width
    self.slots = [Int32](repeating: -1, count: 1024)
    self.seed = seed.k0
  }

  private func hash(_ key: some Collection<MD5Digest>) -> Int {
    var hash = seed
    for digest in key { hash = HashMixing.mum(hash ^ digest.low, digest.high | 1) }
    return Int(truncatingIfNeeded: HashMixing.mix(hash))
  }

  /// The class holding `key` among `digests`, or nil.
  func find(_ key: [MD5Digest], in digests: [MD5Digest]) -> Int? {
    let mask = slots.count - 1
    var slot = hash(key) & mask
    while slots[slot] >= 0 {
      let id = Int(slots[slot])
      let base = id * width
      var equal = true
      for index in 0..<width where digests[base + index] != key[index] {
        equal = false
        break
      }
      if equal { return id }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Records that class `id` (whose digests are in `digests`) holds its key.
  mutating func insert(_ id: Int, digests: [MD5Digest]) {
    if (count + 1) * 2 > slots.count { grow(digests) }
    place(id, digests)
    count += 1
  }

  private mutating func place(_ id: Int, _ digests: [MD5Digest]) {
    let mask = slots.count - 1
    var slot = hash(digests[id * width..<(id + 1) * width]) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(id)
  }

  private mutating func grow(_ digests: [MD5Digest]) {
    let ids = slots.filter { $0 >= 0 }
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for id in ids { place(Int(id), digests) }
  }
}
