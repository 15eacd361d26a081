import Foundation
import Testing

@testable import ReidRisk

/// The distinct-count sketch: small counts exact, large ones within the stated error.
@Suite struct HyperLogLogTests {
  /// The 64-bit hash of the integer `value` under `seed`, as the profiles hash values.
  static func hash(_ value: Int, seed: HashSeed) -> UInt64 {
    withUnsafeBytes(of: UInt64(value)) { HashMixing.hash($0, seed: seed) }
  }

  @Test func emptyAndSmall() {
    var sketch = HyperLogLog()
    #expect(sketch.estimate == 0)
    // "a", "b", "a": two distinct; at small counts the estimate is linear counting's,
    // 16384 · ln(16384 / 16382) = 2.0001 → 2 (two hashes in two registers)
    for value in ["a", "b", "a"] {
      Array(value.utf8).withUnsafeBytes { sketch.add(hash: ColumnTally.sketchHash($0)) }
    }
    #expect(sketch.estimate == 2)
  }

  @Test func repeatsChangeNothing() {
    var once = HyperLogLog()
    var thrice = HyperLogLog()
    for value in 0..<5_000 {
      let hash = Self.hash(value, seed: .deterministic)
      once.add(hash: hash)
      for _ in 0..<3 { thrice.add(hash: hash) }
    }
    #expect(once == thrice)
  }

  /// 1,000,000 distinct values under five hash seeds: each estimate within 3 standard errors
  /// (3 · 0.8125% = 2.44%, which a correct sketch misses once in 370), and the mean of the
  /// five relative errors' squares within (2 · 0.8125%)².
  @Test func errorAtOneMillionWithinBound() {
    let distinct = 1_000_000
    var squares = 0.0
    for k0 in UInt64(1)...5 {
      let seed = HashSeed(k0: k0 &* 0x9E37_79B9_7F4A_7C15, k1: k0 ^ 0x5851_F42D_4C95_7F2D)
      var sketch = HyperLogLog()
      for value in 0..<distinct { sketch.add(hash: Self.hash(value, seed: seed)) }
      let error = Double(sketch.estimate - distinct) / Double(distinct)
      #expect(abs(error) < 3 * HyperLogLog.relativeStandardError, "seed \(k0): \(error)")
      squares += error * error
    }
    #expect((squares / 5).squareRoot() < 2 * HyperLogLog.relativeStandardError)
  }

  /// Across the range where the plain estimator needs bias tables (2.5 m to 5 m registers,
  /// 41,000 to 82,000 values): still within 3 standard errors.
  @Test(arguments: [100, 1_000, 11_500, 41_000, 60_000, 82_000, 200_000])
  func errorAcrossTheRange(distinct: Int) {
    var sketch = HyperLogLog()
    for value in 0..<distinct { sketch.add(hash: Self.hash(value, seed: .deterministic)) }
    let error = Double(sketch.estimate - distinct) / Double(distinct)
    #expect(abs(error) < 3 * HyperLogLog.relativeStandardError)
  }

  @Test func mergeEqualsOneSketch() {
    var whole = HyperLogLog()
    var left = HyperLogLog()
    var right = HyperLogLog()
    for value in 0..<20_000 {
      let hash = Self.hash(value, seed: .deterministic)
      whole.add(hash: hash)
      if value % 3 == 0 { left.add(hash: hash) } else { right.add(hash: hash) }
    }
    left.merge(right)
    #expect(left == whole)
  }

  @Test func sigmaAndTau() {
    #expect(HyperLogLog.sigma(0) == 0)
    #expect(HyperLogLog.sigma(1) == .infinity)
    // σ(0.5) = 0.5 + 0.25·1 + 0.0625·2 + 0.00390625·4 + 2⁻¹⁶·8 + 2⁻³²·16 + …
    //        = 0.5 + 0.25 + 0.125 + 0.015625 + 0.00012207 + 0.0000000037 = 0.89074707…
    #expect(abs(HyperLogLog.sigma(0.5) - 0.890_747_07) < 1e-8)
    #expect(HyperLogLog.tau(0) == 0)
    #expect(HyperLogLog.tau(1) == 0)
    // τ(0.25) = (1 − 0.25 − (1 − 0.5)²·½ − (1 − 0.7071)²·¼ − (1 − 0.8409)²·⅛ − …) / 3
    //         = (0.75 − 0.125 − 0.021447 − 0.003162 − …) / 3, a little under 0.2001
    let tau = HyperLogLog.tau(0.25)
    #expect(tau > 0.19 && tau < 0.2001)
  }
}
