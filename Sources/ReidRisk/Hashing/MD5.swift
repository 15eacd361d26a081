import Foundation

/// The MD5 message digest (RFC 1321): 128 bits of any byte string.
///
/// Used for the keys of class counts (docs/class-counts.md), because every engine reidrisk
/// pushes the counting into has it (`md5()` in PostgreSQL, DuckDB, Spark, BigQuery, Trino,
/// Snowflake), so a key hashed by an engine and one hashed here from a CSV file agree. Not a
/// defence against someone who can guess values: it keeps values out of the table, and is no
/// secret. `MD5.hex("abc")` is "900150983cd24fb0d6963f7d28e17f72" (RFC 1321, appendix A.5).
///
/// The message is padded with a 1 bit, zeros to 56 bytes modulo 64 and its length in bits as a
/// little-endian 64-bit number; each 64-byte block goes through four rounds of 16 steps
/// a = b + ((a + F(b, c, d) + X[k] + T[i]) <<< s), T[i] = ⌊2^32 · |sin(i + 1)|⌋.
///
/// Source: R. Rivest, "The MD5 Message-Digest Algorithm", RFC 1321, 1992.
public struct MD5: Sendable {
  private var state: (UInt32, UInt32, UInt32, UInt32) = (
    0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476
  )
  private var block = [UInt8](repeating: 0, count: 64)
  private var filled = 0
  private var length: UInt64 = 0

  public init() {}

  /// The digest of `bytes`.
  public static func digest(_ bytes: some Collection<UInt8>) -> MD5Digest {
    var md5 = MD5()
    md5.update(bytes)
    return md5.finish()
  }

  /// The digest of the UTF-8 bytes of `text`, as 32 lowercase hex digits.
  public static func hex(_ text: String) -> String { digest(Array(text.utf8)).hex }

  /// Adds `bytes` to the message.
  public mutating func update(_ bytes: some Collection<UInt8>) {
    length &+= UInt64(bytes.count)
    for byte in bytes {
      block[filled] = byte
      filled += 1
      if filled == 64 {
        compress()
        filled = 0
      }
    }
  }

  /// The digest of the message added so far.
  public mutating func finish() -> MD5Digest {
    let bits = length &* 8
    var padding: [UInt8] = [0x80]
    let afterOne = (filled + 1) % 64
    padding += [UInt8](repeating: 0, count: afterOne <= 56 ? 56 - afterOne : 120 - afterOne)
    for shift in stride(from: 0, to: 64, by: 8) {
      padding.append(UInt8(truncatingIfNeeded: bits >> shift))
    }
    let saved = length
    update(padding)
    length = saved
    let (a, b, c, d) = state
    return MD5Digest(
      high: UInt64(a.byteSwapped) << 32 | UInt64(b.byteSwapped),
      low: UInt64(c.byteSwapped) << 32 | UInt64(d.byteSwapped))
  }

  private static let shifts: [UInt32] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
  ]

  /// T[i] = ⌊2^32 · |sin(i + 1)|⌋ (i + 1 in radians), computed once rather than typed in.
  private static let sines: [UInt32] = (0..<64).map { index in
    UInt32(4_294_967_296.0 * abs(sin(Double(index + 1))))
  }

  private mutating func compress() {
    var words = [UInt32](repeating: 0, count: 16)
    for index in 0..<16 {
      let base = index * 4
      words[index] =
        UInt32(block[base]) | UInt32(block[base + 1]) << 8 | UInt32(block[base + 2]) << 16
        | UInt32(block[base + 3]) << 24
    }
    var (a, b, c, d) = state
    for step in 0..<64 {
      var f: UInt32
      let word: Int
      switch step {
      case 0..<16:
        f = (b & c) | (~b & d)
        word = step
      case 16..<32:
        f = (d & b) | (~d & c)
        word = (5 * step + 1) % 16
      case 32..<48:
        f = b ^ c ^ d
        word = (3 * step + 5) % 16
      default:
        f = c ^ (b | ~d)
        word = (7 * step) % 16
      }
      f = f &+ a &+ Self.sines[step] &+ words[word]
      a = d
      d = c
      c = b
      let shift = Self.shifts[step]
      b = b &+ (f << shift | f >> (32 - shift))
    }
    state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d)
  }
}

/// A 128-bit MD5 digest, as two 64-bit halves in the digest's byte order (big-endian).
public struct MD5Digest: Sendable, Hashable, Comparable {
  public let high: UInt64
  public let low: UInt64

  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The digest of 32 hex digits (either case), or nil when `hex` is not that.
  public init?(hex: some Collection<UInt8>) {
    guard hex.count == 32 else { return nil }
    var high: UInt64 = 0
    var low: UInt64 = 0
    for (index, byte) in hex.enumerated() {
      let nibble: UInt64
      switch byte {
      case 0x30...0x39: nibble = UInt64(byte - 0x30)
      case 0x61...0x66: nibble = UInt64(byte - 0x61 + 10)
      case 0x41...0x46: nibble = UInt64(byte - 0x41 + 10)
      default: return nil
      }
      if index < 16 { high = high << 4 | nibble } else { low = low << 4 | nibble }
    }
    self.high = high
    self.low = low
  }

  /// 32 lowercase hex digits.
  public var hex: String {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    for half in [high, low] {
      for shift in stride(from: 60, through: 0, by: -4) {
        bytes.append(digits[Int(half >> UInt64(shift) & 0xf)])
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  public static func < (a: MD5Digest, b: MD5Digest) -> Bool {
    (a.high, a.low) < (b.high, b.low)
  }
}
