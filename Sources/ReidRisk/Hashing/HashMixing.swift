/// The keyed hash functions of the tables: a 64 × 64 → 128-bit multiply folded to 64 bits
/// ("mum", as in wyhash), with the key mixed into both factors.
///
/// An attacker who does not know the key cannot choose inputs whose products collide: each
/// factor is an input word XOR a secret word. Every step here is deliberately wrapping (`&+`,
/// `&*`): a hash is arithmetic modulo 2^64, never a count.
enum HashMixing {
  /// The high and low halves of x × y, XORed.
  @inline(__always)
  static func mum(_ x: UInt64, _ y: UInt64) -> UInt64 {
    let product = x.multipliedFullWidth(by: y)
    return product.high ^ product.low
  }

  /// A bijective finaliser (MurmurHash3's fmix64): every input bit reaches every output bit.
  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var hash = value
    hash ^= hash >> 33
    hash = hash &* 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    hash = hash &* 0xc4ce_b9fe_1a85_ec53
    hash ^= hash >> 33
    return hash
  }

  /// The keyed hash of a byte string: 16 bytes per step, the last up-to-16 bytes zero-padded
  /// (or read overlapping the previous step), the length mixed in at the end.
  @inline(__always)
  static func hash(_ bytes: UnsafeRawBufferPointer, seed: HashSeed) -> UInt64 {
    let count = bytes.count
    var state = seed.k0 ^ (UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15)
    var a: UInt64 = 0
    var b: UInt64 = 0
    if count <= 16 {
      if count >= 8 {
        a = bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        b = bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      } else if count >= 4 {
        a = UInt64(bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
        b = UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
      } else if count > 0 {
        a =
          UInt64(bytes[0]) << 16 | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count - 1])
      }
    } else {
      var index = 0
      while count - index > 16 {
        state = mum(
          bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ seed.k1,
          bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self) ^ state)
        index += 16
      }
      a = bytes.loadUnaligned(fromByteOffset: count - 16, as: UInt64.self)
      b = bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
    return mum(seed.k1 ^ UInt64(truncatingIfNeeded: count), mum(a ^ seed.k1, b ^ state))
  }

  /// The keyed hash of a 64-bit key (a packed class key).
  @inline(__always)
  static func hash(_ key: UInt64, seed: HashSeed) -> UInt64 {
    mum(key ^ seed.k0, seed.k1 | 1)
  }
}
