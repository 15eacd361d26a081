/// A hash table from fixed-width keys of codes (one per quasi-identifier) to class ids.
///
/// Keys live in one flat array, `width` codes each; slots hold class ids. No allocation per
/// record. Keys are placed by a keyed hash (`HashSeed`); a probe longer than
/// `ValueDictionary.probeBound` moves the table to the next seed, at most once per doubling.
///
/// Over the records of `columns` (`init(columns:seed:)`), a class keeps its first record
/// instead, whose codes in the columns are its key: 4 bytes a class, not 4 a column (for 1M
/// classes on 11 quasi-identifiers, 4 MB instead of 44 MB).
struct ClassIndex {
  let width: Int
  /// The codes of each class's key, `width` each; or each class's first record, with `columns`.
  private var keys: [Int32] = []
  private var columns: [CodeColumn]?
  private var hashes: [UInt64] = []
  private var slots: [Int32]
  private var mask: Int
  private var seed: HashSeed
  private var reseedFloor = 0

  init(width: Int, seed: HashSeed = .processDefault) {
    self.width = width
    self.seed = seed
    columns = nil
    slots = Array(repeating: -1, count: 1024)
    mask = 1023
  }

  /// An index of the records of `columns`, each class keyed by its first record.
  init(columns: [CodeColumn], seed: HashSeed = .processDefault) {
    self.init(width: columns.count, seed: seed)
    self.columns = columns
  }

  /// The keyed hash of a key of codes.
  static func hash(_ key: [Int32], seed: HashSeed) -> UInt64 {
    var hash = seed.k0
    for code in key {
      hash = HashMixing.mum(hash ^ UInt64(UInt32(bitPattern: code)), seed.k1 | 1)
    }
    return hash
  }

  /// The class id of `key`, and whether it was new; `record` is the record whose codes `key`
  /// holds, for an index of records (`init(columns:seed:)`).
  mutating func insert(_ key: [Int32], record: Int = -1) -> (id: Int32, isNew: Bool) {
    let hash = Self.hash(key, seed: seed)
    var slot = Int(truncatingIfNeeded: hash) & mask
    var probes = 0
    while true {
      let id = slots[slot]
      if id < 0 { break }
      if hashes[Int(id)] == hash && matches(id, key) { return (id, false) }
      slot = (slot &+ 1) & mask
      probes &+= 1
    }
    let id = Int32(hashes.count)
    if columns == nil { keys.append(contentsOf: key) } else { keys.append(Int32(record)) }
    hashes.append(hash)
    slots[slot] = id
    if hashes.count * 2 > slots.count {
      rebuild(capacity: slots.count * 2)
    } else if probes > ValueDictionary.probeBound && hashes.count >= reseedFloor {
      reseedFloor = hashes.count * 2
      seed = seed.next()
      for id in hashes.indices { hashes[id] = Self.hash(self.key(of: id), seed: seed) }
      rebuild(capacity: slots.count)
    }
    return (id, true)
  }

  private func matches(_ id: Int32, _ key: [Int32]) -> Bool {
    if let columns {
      let record = Int(keys[Int(id)])
      for column in 0..<width where columns[column][record] != key[column] { return false }
      return true
    }
    let start = Int(id) * width
    for offset in 0..<width where keys[start + offset] != key[offset] { return false }
    return true
  }

  /// The codes of class `id`'s key.
  private func key(of id: Int) -> [Int32] {
    guard let columns else { return Array(keys[id * width..<(id + 1) * width]) }
    return columns.map { $0[Int(keys[id])] }
  }

  private mutating func rebuild(capacity: Int) {
    slots = Array(repeating: -1, count: capacity)
    mask = slots.count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
      slots[slot] = Int32(id)
    }
  }
}
