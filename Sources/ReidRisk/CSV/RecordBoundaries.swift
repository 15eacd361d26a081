#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds record boundaries in CSV bytes without tokenizing them: the end of the header, and the
/// end of a record cut off between two reads. (`CSVSurvey` finds where the pieces that lanes
/// tokenize in parallel end.)
///
/// A boundary is the byte after a line feed that lies outside quotes. Whether a position lies
/// inside quotes is the parity of the quotes before it, counted from a known boundary: an escaped
/// quote (`""`) counts twice and leaves the parity as it was. A stray quote in an unquoted field
/// makes the parity wrong; strict parsing then fails at that quote, in the first part that holds
/// it, so the error is still the right one. Lenient parsing does not split.
enum RecordBoundaries {
  /// The end of the first record (just past its line feed), when the bytes hold one; with
  /// `inQuotes`, the bytes start inside a quoted field.
  static func first(in bytes: UnsafeRawBufferPointer, inQuotes: Bool = false) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var position = 0
    var inQuotes = inQuotes
    return nextBoundary(base, from: &position, to: bytes.count, inQuotes: &inQuotes)
  }

  /// Where the last complete record ends: just past the last line feed outside quotes (0 when
  /// there is none). The bytes must start at a boundary. Sixteen bytes at a time: a block
  /// without a quote keeps the state it starts in; in one with quotes, lane i is inside quotes
  /// when the quotes up to it, and the state before the block, are odd (a prefix XOR).
  static func last(in bytes: UnsafeRawBufferPointer) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let quote = SIMD16<UInt8>(repeating: 0x22)
    let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
    var inQuotes = false
    var last = 0
    var position = 0
    // Unchecked: `position` + 16 stays at most the buffer's length.
    while position &+ 16 <= bytes.count {
      let block = base.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
      let quotes = block .== quote
      if !isAny(quotes) {
        if !inQuotes {
          let feeds = bits(block .== lineFeed)
          if feeds != 0 { last = position &+ 32 &- feeds.leadingZeroBitCount }
        }
        position &+= 16
        continue
      }
      var parity = bits(quotes)
      parity ^= parity << 1
      parity ^= parity << 2
      parity ^= parity << 4
      parity ^= parity << 8
      let inside = (inQuotes ? ~parity : parity) & 0xFFFF
      let feeds = bits(block .== lineFeed) & ~inside
      if feeds != 0 { last = position &+ 32 &- feeds.leadingZeroBitCount }
      inQuotes = inside & 0x8000 != 0
      position &+= 16
    }
    while position < bytes.count {
      let byte = base.load(fromByteOffset: position, as: UInt8.self)
      if byte == 0x22 {
        inQuotes.toggle()
      } else if byte == 0x0A && !inQuotes {
        last = position &+ 1
      }
      position &+= 1
    }
    return last
  }

  /// Whether the bytes hold an odd number of quotes: bytes that start at a boundary end inside
  /// a quoted field.
  static func endsInQuotes(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    return oddQuotes(base, 0, bytes.count)
  }

  /// Whether `bytes[from..<to]` holds an odd number of quotes: sixteen bytes at a time, each
  /// lane of `parity` flipping at every quote it sees.
  private static func oddQuotes(_ base: UnsafeRawPointer, _ from: Int, _ to: Int) -> Bool {
    let quote = SIMD16<UInt8>(repeating: 0x22)
    var parity = SIMD16<UInt8>()
    var position = from
    while position + 16 <= to {
      let block = base.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
      parity ^= unsafeBitCast(block .== quote, to: SIMD16<UInt8>.self)
      position += 16
    }
    var odd = trueLanes(unsafeBitCast(parity, to: SIMDMask<SIMD16<Int8>>.self)) & 1 == 1
    while position < to {
      if base.load(fromByteOffset: position, as: UInt8.self) == 0x22 { odd.toggle() }
      position += 1
    }
    return odd
  }

  private static func nextBoundary(
    _ base: UnsafeRawPointer, from position: inout Int, to end: Int, inQuotes: inout Bool
  ) -> Int? {
    while position < end, let feed = memchr(base + position, 0x0A, end - position) {
      let index = base.distance(to: UnsafeRawPointer(feed))
      inQuotes = inQuotes != oddQuotes(base, position, index)
      position = index + 1
      if !inQuotes { return position }
    }
    return nil
  }
}
