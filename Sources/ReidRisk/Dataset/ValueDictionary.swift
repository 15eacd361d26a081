internal import CHints

/// Interns the values of one column: each distinct byte string gets a small integer code,
/// in order of first appearance.
///
/// Values are compared as exact bytes. "é" written as U+00E9 and as "e" + U+0301 are two values,
/// although Swift's `String` calls them equal: an export holds what its source system wrote, and
/// two spellings usually mean two sources. Memory grows with the distinct values only: their
/// bytes in one arena, plus an open-addressing table of codes.
///
/// A slot holds the code, 24 bits of the hash, the length, and the first 16 bytes of the value,
/// so that a lookup of a value of up to 16 bytes (ZIP codes, dates, genders) is settled by one
/// memory access, without touching the arena.
public struct ValueDictionary: Sendable {
  private var arena: [UInt8] = []
  private var ends: [Int] = []  // value i spans arena[ends[i-1] ..< ends[i]]
  private var hashes: [UInt64] = []
  private var slots: [Slot]
  private var mask: Int

  /// meta: hash tag (bits 40–63), length capped at 255 (bits 32–39), code (bits 0–31);
  /// `empty` marks a free slot. head: the value's first 16 bytes, zero-padded.
  private struct Slot {
    var meta: UInt64
    var head0: UInt64
    var head1: UInt64
    static let empty = Slot(meta: .max, head0: 0, head1: 0)
  }

  public init() {
    slots = Array(repeating: Slot.empty, count: 64)
    mask = 63
  }

  @inline(__always)
  private static func meta(hash: UInt64, length: Int) -> UInt64 {
    (hash & 0xFFFF_FF00_0000_0000) | (UInt64(min(length, 255)) << 32)
  }

  /// The first 16 bytes of `value`, zero-padded.
  @inline(__always)
  private static func head(_ value: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
    if value.count >= 16 {
      return (
        value.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
        value.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      )
    }
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) { target in
      target.copyMemory(from: UnsafeRawBufferPointer(rebasing: value[0..<value.count]))
    }
    return words
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
    code(of: value, hash: Self.hash(value))
  }

  /// Fetches the slot where the search for a value with `hash` starts, ahead of `code(of:hash:)`.
  @inline(__always)
  func prefetch(hash: UInt64) {
    slots.withUnsafeBufferPointer {
      reidrisk_prefetch($0.baseAddress! + (Int(truncatingIfNeeded: hash) & mask))
    }
  }

  /// The code of `value`, whose `hash(_:)` is `hash`, adding it when new.
  mutating func code(of value: UnsafeRawBufferPointer, hash: UInt64) -> Int32 {
    let (slot, found) = find(value, hash: hash)
    if let found { return found }
    let code = Int32(ends.count)
    arena.append(contentsOf: value)
    ends.append(arena.count)
    hashes.append(hash)
    let head = Self.head(value)
    slots[slot] = Slot(
      meta: Self.meta(hash: hash, length: value.count) | UInt64(UInt32(code)), head0: head.0,
      head1: head.1)
    if ends.count * 2 > slots.count { grow() }
    return code
  }

  /// The slot holding `value`'s code, or the free slot where it would go.
  @inline(__always)
  private func find(_ value: UnsafeRawBufferPointer, hash: UInt64) -> (slot: Int, code: Int32?) {
    let meta = Self.meta(hash: hash, length: value.count)
    let head = Self.head(value)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry.meta == Slot.empty.meta { return (slot, nil) }
      if entry.meta & 0xFFFF_FFFF_0000_0000 == meta && entry.head0 == head.0
        && entry.head1 == head.1
      {
        let code = Int32(truncatingIfNeeded: entry.meta)
        if value.count <= 16 || equals(code, value) { return (slot, code) }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The code of `value`, adding it when new.
  public mutating func code(of value: some Collection<UInt8>) -> Int32 {
    Array(value).withUnsafeBytes { code(of: $0) }
  }

  /// The code of `value` when present.
  public func existingCode(of value: UnsafeRawBufferPointer) -> Int32? {
    find(value, hash: Self.hash(value)).code
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
    let old = slots
    slots = Array(repeating: Slot.empty, count: old.count * 2)
    mask = slots.count - 1
    for entry in old where entry.meta != Slot.empty.meta {
      let code = Int(UInt32(truncatingIfNeeded: entry.meta))
      var slot = Int(truncatingIfNeeded: hashes[code]) & mask
      while slots[slot].meta != Slot.empty.meta { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  /// A 64-bit hash of the bytes (FNV-1a over 8-byte words, then a final mix).
  static func hash(_ value: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(value.count)
    var index = 0
    while index + 8 <= value.count {
      hash =
        (hash ^ value.loadUnaligned(fromByteOffset: index, as: UInt64.self))
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
