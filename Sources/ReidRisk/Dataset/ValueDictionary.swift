/// Interns the values of one column: each distinct byte string gets a small integer code,
/// in order of first appearance.
///
/// Values are compared as exact bytes. "é" written as U+00E9 and as "e" + U+0301 are two values,
/// although Swift's `String` calls them equal: an export holds what its source system wrote, and
/// two spellings usually mean two sources. Memory grows with the distinct values only: their
/// bytes in one arena, plus an open-addressing table of codes.
public struct ValueDictionary: Sendable {
  private var arena: [UInt8] = []
  private var ends: [Int] = []  // value i spans arena[ends[i-1] ..< ends[i]]
  private var hashes: [UInt64] = []
  /// The high 32 bits of the value's hash, then its code; `empty` for a free slot. The tag
  /// settles most probes without touching the arena.
  private var slots: [UInt64]
  private var mask: Int
  private static let empty = UInt64.max

  public init() {
    slots = Array(repeating: Self.empty, count: 64)
    mask = 63
  }

  /// The number of distinct values.
  public var count: Int { ends.count }

  /// The bytes of the value with `code`.
  public func bytes(of code: Int32) -> ArraySlice<UInt8> {
    let index = Int(code)
    return arena[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }

  /// The value with `code` as text (invalid UTF-8 repaired), for display only.
  public func string(of code: Int32) -> String {
    String(decoding: bytes(of: code), as: UTF8.self)
  }

  /// The code of `value`, adding it when new.
  public mutating func code(of value: UnsafeRawBufferPointer) -> Int32 {
    let hash = Self.hash(value)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == Self.empty { break }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let code = Int32(truncatingIfNeeded: entry)
        if equals(code, value) { return code }
      }
      slot = (slot + 1) & mask
    }
    let code = Int32(ends.count)
    arena.append(contentsOf: value)
    ends.append(arena.count)
    hashes.append(hash)
    slots[slot] = tag | UInt64(UInt32(code))
    if ends.count * 2 > slots.count { grow() }
    return code
  }

  /// The code of `value`, adding it when new.
  public mutating func code(of value: some Collection<UInt8>) -> Int32 {
    Array(value).withUnsafeBytes { code(of: $0) }
  }

  /// The code of `value` when present.
  public func existingCode(of value: UnsafeRawBufferPointer) -> Int32? {
    let hash = Self.hash(value)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == Self.empty { return nil }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let code = Int32(truncatingIfNeeded: entry)
        if equals(code, value) { return code }
      }
      slot = (slot + 1) & mask
    }
  }

  private func equals(_ code: Int32, _ value: UnsafeRawBufferPointer) -> Bool {
    let index = Int(code)
    let start = index == 0 ? 0 : ends[index - 1]
    guard ends[index] - start == value.count else { return false }
    return arena.withUnsafeBytes { arenaBytes in
      value.isEmpty
        || memcmpBytes(arenaBytes.baseAddress! + start, value.baseAddress!, value.count)
    }
  }

  private mutating func grow() {
    let capacity = slots.count * 2
    slots = Array(repeating: Self.empty, count: capacity)
    mask = capacity - 1
    for (code, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != Self.empty { slot = (slot + 1) & mask }
      slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(code))
    }
  }

  /// A 64-bit hash of the bytes (FNV-1a over 8-byte words, then a final mix).
  static func hash(_ value: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(value.count)
    var index = 0
    while index + 8 <= value.count {
      hash = (hash ^ value.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        &* 0x0000_0100_0000_01b3
      hash ^= hash >> 29
      index += 8
    }
    while index < value.count {
      hash = (hash ^ UInt64(value[index])) &* 0x0000_0100_0000_01b3
      index += 1
    }
    hash ^= hash >> 33
    hash = hash &* 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    return hash
  }
}

@inline(__always)
private func memcmpBytes(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, _ count: Int) -> Bool {
  var index = 0
  while index + 8 <= count {
    if lhs.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      != rhs.loadUnaligned(fromByteOffset: index, as: UInt64.self)
    {
      return false
    }
    index += 8
  }
  while index < count {
    if lhs.load(fromByteOffset: index, as: UInt8.self)
      != rhs.load(fromByteOffset: index, as: UInt8.self)
    {
      return false
    }
    index += 1
  }
  return true
}
