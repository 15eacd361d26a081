internal import CHints

/// Interns the values of one column: each distinct byte string gets a small integer code,
/// in order of first appearance.
///
/// Values are compared as exact bytes. "é" written as U+00E9 and as "e" + U+0301 are two values,
/// although Swift's `String` calls them equal: an export holds what its source system wrote, and
/// two spellings usually mean two sources.
///
/// Memory: each distinct value's bytes once, in one arena (an array, so at most twice its bytes
/// while it grows), its end offset (8 bytes), and an open-addressing table of 8-byte slots kept
/// at most 70% full (11 to 23 bytes per value): 10M values of 9 bytes take about 0.4 GB.
/// A slot holds the code and 32 bits of the value's hash, so that a probe past another value
/// rarely touches the arena.
///
/// The hash is keyed (`HashSeed`), so a file cannot be crafted to collide. Should a probe still
/// run past `probeBound` slots (a leaked seed), the table moves to the next seed and rebuilds,
/// at most once per doubling of its size, so the total work stays linear in the values. Codes
/// never depend on the seed.
public struct ValueDictionary: Sendable {
  private var arena: [UInt8] = []
  private var ends: [Int] = []  // value i spans arena[ends[i-1] ..< ends[i]]
  private var slots: [UInt64]
  private var mask: Int
  public private(set) var seed: HashSeed
  /// Counts the seed changes, so that a caller holding hashes knows they are stale.
  private(set) var generation = 0
  /// The size (`count`) below which the table does not reseed again.
  private var reseedFloor = 0

  /// A probe longer than this many slots makes the table reseed. With a keyed hash at most
  /// 70% full, the longest probe of 10M values is a few dozen slots.
  static let probeBound = 160
  private let probeBound: Int

  /// The high 32 bits of a slot: the top 32 bits of the hash; the low 32 bits: the code.
  /// An empty slot is all ones (code 2^32 − 1 is never given).
  private static let empty = UInt64.max

  public init(seed: HashSeed = .processDefault) {
    self.init(seed: seed, probeBound: Self.probeBound)
  }

  /// A dictionary that reseeds past `probeBound` probes (small in tests, to exercise reseeds).
  init(seed: HashSeed, probeBound: Int) {
    self.seed = seed
    self.probeBound = probeBound
    slots = Array(repeating: Self.empty, count: 64)
    mask = 63
  }

  /// An empty dictionary that allocates nothing new, to hold a place while a dictionary is
  /// taken out of an array and worked on.
  static let placeholder = ValueDictionary(seed: .deterministic)

  /// A dictionary with room for `values` values of `bytes` bytes in all, so that it does not
  /// grow while they are added.
  init(seed: HashSeed = .processDefault, reservingValues values: Int, bytes: Int) {
    self.seed = seed
    self.probeBound = Self.probeBound
    var capacity = 64
    while capacity * 7 < values * 10 { capacity *= 2 }
    slots = Array(repeating: Self.empty, count: capacity)
    mask = capacity - 1
    arena.reserveCapacity(bytes)
    ends.reserveCapacity(values)
  }

  /// The number of distinct values.
  public var count: Int { ends.count }

  /// The bytes of all values together.
  public var byteCount: Int { arena.count }

  /// The bytes of the value with `code`.
  public func bytes(of code: Int32) -> ArraySlice<UInt8> {
    let index = Int(code)
    return arena[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }

  /// The value with `code` as text (invalid UTF-8 repaired), for display only.
  public func string(of code: Int32) -> String {
    String(decoding: bytes(of: code), as: UTF8.self)
  }

  /// The hash of `value` under this dictionary's seed, for `code(of:hash:)` and `prefetch`.
  @inline(__always)
  func hash(_ value: UnsafeRawBufferPointer) -> UInt64 {
    HashMixing.hash(value, seed: seed)
  }

  /// The code of `value`, adding it when new.
  public mutating func code(of value: UnsafeRawBufferPointer) -> Int32 {
    code(of: value, hash: hash(value))
  }

  /// Fetches the slot where the search for a value with `hash` starts, ahead of `code(of:hash:)`.
  @inline(__always)
  func prefetch(hash: UInt64) {
    slots.withUnsafeBufferPointer {
      reidrisk_prefetch($0.baseAddress! + (Int(truncatingIfNeeded: hash) & mask))
    }
  }

  /// The code of `value`, whose `hash(_:)` is `hash` (under the current `generation`), adding
  /// it when new.
  mutating func code(of value: UnsafeRawBufferPointer, hash: UInt64) -> Int32 {
    let (slot, found, probes) = find(value, hash: hash)
    if let found { return found }
    let code = Int32(ends.count)
    arena.append(contentsOf: value)
    ends.append(arena.count)
    slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(code))
    if ends.count * 10 > slots.count * 7 {
      rebuild(capacity: slots.count * 2, seed: seed)
    } else if probes > probeBound && ends.count >= reseedFloor {
      reseedFloor = ends.count * 2
      generation += 1
      rebuild(capacity: slots.count, seed: seed.next())
    }
    return code
  }

  /// The slot holding `value`'s code, or the free slot where it would go, and the slots probed.
  @inline(__always)
  private func find(_ value: UnsafeRawBufferPointer, hash: UInt64)
    -> (slot: Int, code: Int32?, probes: Int)
  {
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    var probes = 0
    // Unchecked, the hot loop of interning: `slot` is masked into the table; codes in slots
    // index `ends` (each code < count); ends[code] ≤ arena.count. Probes stay below the table
    // size, far from Int.max.
    return slots.withUnsafeBufferPointer { slots in
      ends.withUnsafeBufferPointer { ends in
        arena.withUnsafeBytes { arena in
          while true {
            let entry = slots[slot]
            if entry == Self.empty { return (slot, nil, probes) }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
              let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
              let start = index == 0 ? 0 : ends[index &- 1]
              if ends[index] &- start == value.count
                && (value.isEmpty
                  || memcmpBytes(arena.baseAddress! + start, value.baseAddress!, value.count))
              {
                return (slot, Int32(truncatingIfNeeded: index), probes)
              }
            }
            slot = (slot &+ 1) & mask
            probes &+= 1
          }
        }
      }
    }
  }

  /// The code of `value`, adding it when new.
  public mutating func code(of value: some Collection<UInt8>) -> Int32 {
    Array(value).withUnsafeBytes { code(of: $0) }
  }

  /// The code of `value` when present.
  public func existingCode(of value: UnsafeRawBufferPointer) -> Int32? {
    find(value, hash: hash(value)).code
  }

  /// The bytes this dictionary holds: the arena, the ends and the slots, as allocated.
  var allocatedBytes: Int {
    arena.capacity + ends.capacity * MemoryLayout<Int>.stride
      + slots.capacity * MemoryLayout<UInt64>.stride
  }

  /// Drops the table of slots, keeping the values: afterwards `bytes(of:)` and `string(of:)`
  /// work, `code(of:)` must not be called. Frees the table before a merge.
  mutating func dropIndex() {
    slots = []
    mask = 0
  }

  /// Rebuilds the table with `capacity` slots under `seed`, hashing each value again from the
  /// arena (no hash is stored per value).
  private mutating func rebuild(capacity: Int, seed: HashSeed) {
    self.seed = seed
    slots = []
    slots = Array(repeating: Self.empty, count: capacity)
    mask = capacity - 1
    let mask = self.mask
    arena.withUnsafeBytes { arena in
      ends.withUnsafeBufferPointer { ends in
        slots.withUnsafeMutableBufferPointer { slots in
          var start = 0
          for code in 0..<ends.count {
            let value = UnsafeRawBufferPointer(rebasing: arena[start..<ends[code]])
            let hash = HashMixing.hash(value, seed: seed)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != Self.empty { slot = (slot &+ 1) & mask }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(code))
            start = ends[code]
          }
        }
      }
    }
  }
}

/// Whether `count` bytes at `lhs` and `rhs` are equal. Unchecked: `index` stays below
/// `count`, a buffer's length.
@inline(__always)
func memcmpBytes(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, _ count: Int) -> Bool {
  var index = 0
  while index &+ 8 <= count {
    if lhs.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      != rhs.loadUnaligned(fromByteOffset: index, as: UInt64.self)
    {
      return false
    }
    index &+= 8
  }
  while index < count {
    if lhs.load(fromByteOffset: index, as: UInt8.self)
      != rhs.load(fromByteOffset: index, as: UInt8.self)
    {
      return false
    }
    index &+= 1
  }
  return true
}
