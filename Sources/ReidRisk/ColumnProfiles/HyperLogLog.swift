import Foundation

/// An estimate of how many distinct values a stream holds, in 2^14 one-byte registers
/// (16 KiB), whatever the stream's length: a HyperLogLog sketch (Flajolet, Fusy, Gandouet and
/// Meunier, 2007) read with Ertl's improved estimator (Ertl, "New cardinality estimation
/// algorithms for HyperLogLog sketches", 2017), which needs no bias tables and holds its error
/// from one value to billions.
///
/// Each value's 64-bit hash picks a register with its top 14 bits; the register keeps the
/// largest rank seen, the rank being 1 + the number of leading zeros of the other 50 bits. A
/// register that saw r distinct hashes holds about log2(r) + 1. With m registers the relative
/// standard error is about 1.04 / √m: 1.04 / 128 = 0.81% here. Adding a value twice changes
/// nothing, so the sketch counts distinct values, and two sketches merge by the larger register.
///
/// Example: an empty sketch estimates 0; after adding the hashes of "a", "b", "a" it estimates
/// 2 (at small counts the estimate is that of linear counting, m · ln(m / empty registers),
/// 16384 · ln(16384 / 16382) ≈ 2.0001).
struct HyperLogLog: Sendable, Equatable {
  /// log2 of the register count.
  static let precision = 14
  static let registerCount = 1 << precision
  /// The bits of the hash left for the rank.
  private static let rankBits = 64 - precision
  /// One standard error of the estimate, relative: 1.04 / √16384.
  static let relativeStandardError = 1.04 / Double(1 << (precision / 2))

  private var registers = [UInt8](repeating: 0, count: registerCount)

  /// Adds a value by its 64-bit hash (a well-mixed one: the bits are used as they are).
  @inline(__always)
  mutating func add(hash: UInt64) {
    let index = Int(truncatingIfNeeded: hash >> UInt64(Self.rankBits))
    let rest = hash << UInt64(Self.precision)
    let rank = UInt8(truncatingIfNeeded: min(rest.leadingZeroBitCount, Self.rankBits) + 1)
    registers.withUnsafeMutableBufferPointer { registers in
      if rank > registers[index] { registers[index] = rank }
    }
  }

  /// Adds every value `other` saw: the larger of each pair of registers.
  mutating func merge(_ other: HyperLogLog) {
    for index in registers.indices where other.registers[index] > registers[index] {
      registers[index] = other.registers[index]
    }
  }

  /// The estimated number of distinct values added (Ertl 2017, algorithm 6): with C_k the
  /// registers holding k and q = 50, z = m·τ(1 − C_{q+1}/m), then z ← (z + C_k) / 2 for k = q
  /// down to 1, z ← z + m·σ(C_0/m); the estimate is m² / (2 ln 2 · z).
  var estimate: Int {
    let m = Double(Self.registerCount)
    var histogram = [Int](repeating: 0, count: Self.rankBits + 2)
    for register in registers { histogram[Int(register)] += 1 }
    if histogram[0] == Self.registerCount { return 0 }
    var z = m * Self.tau(1 - Double(histogram[Self.rankBits + 1]) / m)
    for k in stride(from: Self.rankBits, through: 1, by: -1) {
      z = 0.5 * (z + Double(histogram[k]))
    }
    z += m * Self.sigma(Double(histogram[0]) / m)
    return Int((m * m / (2 * log(2.0) * z)).rounded())
  }

  /// σ(x) = x + Σ_{k≥1} x^(2^k) · 2^(k−1), for 0 ≤ x < 1 (the share of empty registers).
  static func sigma(_ x: Double) -> Double {
    guard x < 1 else { return .infinity }
    var power = x
    var weight = 1.0
    var sum = x
    while true {
      power *= power
      let next = sum + power * weight
      weight += weight
      if next == sum { return sum }
      sum = next
    }
  }

  /// τ(x) = (1 − x − Σ_{k≥1} (1 − x^(2^−k))² · 2^−k) / 3, for 0 ≤ x ≤ 1 (the share of
  /// registers below the largest rank); 0 at both ends.
  static func tau(_ x: Double) -> Double {
    guard x > 0 && x < 1 else { return 0 }
    var root = x
    var weight = 1.0
    var sum = 1 - x
    while true {
      root = root.squareRoot()
      weight *= 0.5
      let next = sum - (1 - root) * (1 - root) * weight
      if next == sum { return sum / 3 }
      sum = next
    }
  }
}
