internal import CHints

/// Interns the values of one column: each distinct byte string gets a small integer code,
/// in order of first appearance.
///
/// Values are compared as exact bytes. "é" written as U+00E9 and as "e" + U+0301 are two values,
/// although Swift's `String` calls them equal: an export holds what its source system wrote, and
/// two spellings usually mean two sources.
///
/// Memory: each distinct value's bytes once, in one arena; per value, the low 32 bits of its
/// end offset (4 bytes; the rare arena past 4 GiB notes where the high bits step up, in
/// `wraps`), and an open-addressing table of 8-byte slots kept at most 75% full. Every array
/// grows by half when full (not doubled), and the table is rebuilt from the arena after the
/// old one is freed, so at any moment
///
///     allocated ≤ 1.5 × arena bytes + (4 × 1.5 + 8 / 0.5) × values + a few slots
///               = 1.5 × bytes + 22 × values + 64,
///
/// within the bound of at most 2 × bytes + 24 × values. 10M values of 9 bytes: 90 to 135 MB of
/// arena, 40 to 60 MB of ends, 107 to 160 MB of slots (`ValueDictionaryMemoryTests` counts it).
/// A slot holds the code and 32 bits of the value's hash, so that a probe past another value
/// rarely touches the arena; its home slot is the hash's low 32 bits scaled to the table
/// (multiply and shift), so that the table needs no power-of-two size.
///
/// The hash is keyed (`HashSeed`), so a file cannot be crafted to collide. Should a probe still
/// run past `probeBound` slots (a leaked seed), the table moves to the next seed and rebuilds,
/// at most once per doubling of its size, so the total work stays linear in the values. Codes
/// never depend on the seed.
public struct ValueDictionary: Sendable {
  private var arena: [UInt8] = []
  /// Value i spans arena[end(i − 1) ..< end(i)]; `ends[i]` holds end(i) modulo 2^offsetBits.
  private var ends: [UInt32] = []
  /// `wraps[k − 1]` is the first value whose end is at least k × 2^offsetBits: the high bits of
  /// end(i) are the number of entries ≤ i. Empty until the arena passes 4 GiB.
  private var wraps: [Int32] = []
  /// 32, or fewer in tests, so that `wraps` is exercised without gigabytes.
  private let offsetBits: Int
  private var slots: [UInt64]
  public private(set) var seed: HashSeed
  /// Counts the seed changes, so that a caller holding hashes knows they are stale.
  private(set) var generation = 0
  /// The size (`count`) below which the table does not reseed again.
  private var reseedFloor = 0

  /// A probe longer than this many slots makes the table reseed. With a keyed hash at most
  /// 75% full, the longest probe of 10M values is a few dozen slots.
  static let probeBound = 160
  private let probeBound: Int

  /// The high 32 bits of a slot: the top 32 bits of the hash; the low 32 bits: the code.
  /// An empty slot is all ones (code 2^32 − 1 is never given).
  private static let empty = UInt64.max
  /// The slots of a new table.
  private static let minimumSlots = 8

  public init(seed: HashSeed = .processDefault) {
    self.init(seed: seed, probeBound: Self.probeBound)
  }

  /// A dictionary that reseeds past `probeBound` probes (small in tests, to exercise reseeds),
  /// keeping `offsetBits` bits of each end offset (fewer than 32 in tests).
  init(seed: HashSeed, probeBound: Int, offsetBits: Int = 32) {
    self.seed = seed
    self.probeBound = probeBound
    self.offsetBits = offsetBits
    slots = Array(repeating: Self.empty, count: Self.minimumSlots)
  }

  /// An empty dictionary that allocates nothing new, to hold a place while a dictionary is
  /// taken out of an array and worked on.
  static let placeholder = ValueDictionary(seed: .deterministic)

  /// A dictionary with room for `values` values of `bytes` bytes in all, so that it does not
  /// grow while they are added.
  init(seed: HashSeed = .processDefault, reservingValues values: Int, bytes: Int) {
    self.init(seed: seed, probeBound: Self.probeBound)
    slots = Array(repeating: Self.empty, count: Self.slots(for: values))
    arena.reserveCapacity(bytes)
    ends.reserveCapacity(values)
  }

  /// The slots that hold `values` values at most 75% full.
  private static func slots(for values: Int) -> Int {
    min(max(minimumSlots, values + values / 3 + 1), Int(UInt32.max))
  }

  /// The number of distinct values.
  public var count: Int { ends.count }

  /// The bytes of all values together.
  public var byteCount: Int { arena.count }

  /// The bytes of the value with `code`.
  public func bytes(of code: Int32) -> ArraySlice<UInt8> {
    let (start, end) = span(Int(code))
    return arena[start..<end]
  }

  /// Where value `index` starts and ends in the arena.
  @inline(__always)
  private func span(_ index: Int) -> (start: Int, end: Int) {
    ends.withUnsafeBufferPointer { ends in
      wraps.withUnsafeBufferPointer { wraps in
        Self.span(index, ends: ends, wraps: wraps, offsetBits: offsetBits)
      }
    }
  }

  /// Where value `index` starts and ends: the ends as stored while the arena is below
  /// 2^offsetBits bytes; past it, their high bits counted from `wraps`. Unchecked: `index` is
  /// a code, below `ends.count`.
  @inline(__always)
  private static func span(
    _ index: Int, ends: UnsafeBufferPointer<UInt32>, wraps: UnsafeBufferPointer<Int32>,
    offsetBits: Int
  ) -> (start: Int, end: Int) {
    let end = Int(ends[index])
    let start = index == 0 ? 0 : Int(ends[index &- 1])
    if wraps.isEmpty { return (start, end) }
    return (
      index == 0 ? 0 : start | high(index &- 1, wraps) << offsetBits,
      end | high(index, wraps) << offsetBits
    )
  }

  /// The entries of `wraps` at most `index`: the high bits of value `index`'s end.
  private static func high(_ index: Int, _ wraps: UnsafeBufferPointer<Int32>) -> Int {
    var low = 0
    var high = wraps.count
    while low < high {
      let middle = (low + high) / 2
      if Int(wraps[middle]) <= index { low = middle + 1 } else { high = middle }
    }
    return low
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

  /// The slot where the search for `hash` starts in a table of `count` slots: the low 32 bits
  /// of the hash times `count`, over 2^32 (`count` < 2^32).
  @inline(__always)
  private static func home(_ hash: UInt64, slots count: Int) -> Int {
    Int(truncatingIfNeeded: ((hash & 0xFFFF_FFFF) &* UInt64(truncatingIfNeeded: count)) >> 32)
  }

  /// The code of `value`, adding it when new.
  public mutating func code(of value: UnsafeRawBufferPointer) -> Int32 {
    code(of: value, hash: hash(value))
  }

  /// Fetches the slot where the search for a value with `hash` starts, ahead of `code(of:hash:)`.
  @inline(__always)
  func prefetch(hash: UInt64) {
    slots.withUnsafeBufferPointer {
      reidrisk_prefetch($0.baseAddress! + Self.home(hash, slots: $0.count))
    }
  }

  /// The code of `value`, whose `hash(_:)` is `hash` (under the current `generation`), adding
  /// it when new. A value is at most 2^offsetBits − 1 bytes (a field is at most 16 MiB).
  mutating func code(of value: UnsafeRawBufferPointer, hash: UInt64) -> Int32 {
    let (slot, found, probes) = find(value, hash: hash)
    if let found { return found }
    precondition(value.count >> offsetBits == 0, "a value of 4 GiB or more")
    let code = Int32(ends.count)
    let end = arena.count + value.count
    if end > arena.capacity { arena.reserveCapacity(max(end, arena.capacity * 3 / 2)) }
    arena.append(contentsOf: value)
    if ends.count == ends.capacity { ends.reserveCapacity(max(16, ends.count * 3 / 2)) }
    ends.append(UInt32(truncatingIfNeeded: end & (1 << offsetBits - 1)))
    if end >> offsetBits > wraps.count { wraps.append(code) }
    slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(code))
    if ends.count * 4 > slots.count * 3 {
      rebuild(slots: min(slots.count * 3 / 2, Int(UInt32.max)), seed: seed)
    } else if probes > probeBound && ends.count >= reseedFloor {
      reseedFloor = ends.count * 2
      generation += 1
      rebuild(slots: slots.count, seed: seed.next())
    }
    return code
  }

  /// The slot holding `value`'s code, or the free slot where it would go, and the slots probed.
  @inline(__always)
  private func find(_ value: UnsafeRawBufferPointer, hash: UInt64)
    -> (slot: Int, code: Int32?, probes: Int)
  {
    let tag = hash & 0xFFFF_FFFF_0000_0000
    let offsetBits = self.offsetBits
    // Unchecked, the hot loop of interning: `slot` stays in the table (it wraps to 0 at its
    // end); codes in slots index `ends` (each code < count); ends ≤ arena.count. Probes stay
    // below the table size, far from Int.max.
    return slots.withUnsafeBufferPointer { slots in
      ends.withUnsafeBufferPointer { ends in
        wraps.withUnsafeBufferPointer { wraps in
          arena.withUnsafeBytes { arena in
            var slot = Self.home(hash, slots: slots.count)
            var probes = 0
            while true {
              let entry = slots[slot]
              if entry == Self.empty { return (slot, nil, probes) }
              if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                let (start, end) = Self.span(
                  index, ends: ends, wraps: wraps, offsetBits: offsetBits)
                if end &- start == value.count
                  && (value.isEmpty
                    || memcmpBytes(arena.baseAddress! + start, value.baseAddress!, value.count))
                {
                  return (slot, Int32(truncatingIfNeeded: index), probes)
                }
              }
              slot &+= 1
              if slot == slots.count { slot = 0 }
              probes &+= 1
            }
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

  /// The slots of the table (for tests of its growth).
  var slotCount: Int { slots.count }

  /// The bytes this dictionary holds: the arena, the ends and the slots, as allocated.
  var allocatedBytes: Int {
    arena.capacity + (ends.capacity + wraps.capacity) * MemoryLayout<UInt32>.stride
      + slots.capacity * MemoryLayout<UInt64>.stride
  }

  /// Drops the table of slots, keeping the values: afterwards `bytes(of:)` and `string(of:)`
  /// work, `code(of:)` must not be called. Frees the table before a merge.
  mutating func dropIndex() {
    slots = []
  }

  /// Rebuilds the table with `count` slots under `seed`, hashing each value again from the
  /// arena (no hash is stored per value). The old table is freed first. Each value's hash is
  /// computed `rebuildDistance` values ahead, when its slot is fetched, so that the writes into
  /// a table larger than the cache do not wait on one miss at a time.
  private mutating func rebuild(slots count: Int, seed: HashSeed) {
    self.seed = seed
    slots = []
    slots = Array(repeating: Self.empty, count: count)
    let offsetBits = self.offsetBits
    let distance = Self.rebuildDistance
    arena.withUnsafeBytes { arena in
      ends.withUnsafeBufferPointer { ends in
        wraps.withUnsafeBufferPointer { wraps in
          slots.withUnsafeMutableBufferPointer { slots in
            @inline(__always) func hashOf(_ code: Int) -> UInt64 {
              let (start, end) = Self.span(code, ends: ends, wraps: wraps, offsetBits: offsetBits)
              return HashMixing.hash(
                UnsafeRawBufferPointer(rebasing: arena[start..<end]), seed: seed)
            }
            var ring = (
              UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
              UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
              UInt64(0), UInt64(0), UInt64(0)
            )
            withUnsafeMutableBytes(of: &ring) { raw in
              let ring = raw.bindMemory(to: UInt64.self)
              for code in 0..<min(distance, ends.count) { ring[code] = hashOf(code) }
              for code in 0..<ends.count {
                let hash = ring[code & (distance - 1)]
                let ahead = code &+ distance
                if ahead < ends.count {
                  let next = hashOf(ahead)
                  ring[ahead & (distance - 1)] = next
                  reidrisk_prefetch(slots.baseAddress! + Self.home(next, slots: count))
                }
                var slot = Self.home(hash, slots: count)
                while slots[slot] != Self.empty {
                  slot &+= 1
                  if slot == count { slot = 0 }
                }
                slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(code))
              }
            }
          }
        }
      }
    }
  }

  /// How many values ahead a rebuild fetches a slot (a power of two, at most 16).
  private static let rebuildDistance = 16
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
