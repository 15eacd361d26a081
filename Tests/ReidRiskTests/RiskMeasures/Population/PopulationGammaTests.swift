import Foundation
import Testing

@testable import ReidRisk

@Suite struct PopulationGammaTests {
  static let eulerGamma = 0.5772156649015329

  static let digammaCases: [(Double, Double)] = [
    // ψ(1) = −γ
    (1.0, -eulerGamma),
    // ψ(½) = −γ − 2 ln 2
    (0.5, -eulerGamma - 2 * log(2.0)),
    // ψ(11) = −γ + H₁₀ = −γ + 7381/2520
    (11.0, -eulerGamma + 7381.0 / 2520),
    // ψ(−½) = ψ(½) + 2 (ψ(x) = ψ(x + 1) − 1/x, at x = −½) = −γ − 2 ln 2 + 2 = 0.03649
    (-0.5, -eulerGamma - 2 * log(2.0) + 2),
    // ψ(1001) = −γ + H₁₀₀₀ = 7.485470860550345 − 0.577215664901533 (mpmath: 6.908255195648812)
    (1001.0, 6.908255195648812),
  ]

  static let trigammaCases: [(Double, Double)] = [
    // ψ′(1) = π²/6
    (1.0, piSquared / 6),
    // ψ′(½) = π²/2
    (0.5, piSquared / 2),
    // ψ′(3) = π²/6 − 1 − 1/4
    (3.0, piSquared / 6 - 1.25),
    // ψ′(−½) = ψ′(½) + 1/(−½)² = π²/2 + 4 (ψ′(x) = ψ′(x + 1) + 1/x², at x = −½)
    (-0.5, piSquared / 2 + 4),
    // ψ′(20) = π²/6 − Σ_{k=1}^{19} 1/k²
    (20.0, piSquared / 6 - inverseSquares),
  ]
  static let piSquared = Double.pi * Double.pi
  static let inverseSquares = (1...19).reduce(0.0) { $0 + 1 / Double($1 * $1) }

  @Test(arguments: digammaCases)
  func digamma(x: Double, expected: Double) {
    #expect(abs(Gamma.digamma(x) - expected) < 1e-13 * max(1, abs(expected)))
  }

  @Test(arguments: trigammaCases)
  func trigamma(x: Double, expected: Double) {
    #expect(abs(Gamma.trigamma(x) - expected) < 1e-12 * max(1, abs(expected)))
  }

  @Test func polesAreNaN() {
    #expect(Gamma.digamma(0).isNaN)
    #expect(Gamma.digamma(-3).isNaN)
    #expect(Gamma.trigamma(-2).isNaN)
  }

  @Test func logGammaRatio() {
    // ln Γ(5) − ln Γ(3) = ln(4! / 2!) = ln 12
    #expect(abs(Gamma.logGammaRatio(3, 2) - log(12.0)) < 1e-14)
    // ln Γ(20) − ln Γ(12) = ln(19! / 11!) = Σ_{k=12}^{19} ln k
    let exact = (12...19).reduce(0.0) { $0 + log(Double($1)) }
    #expect(abs(Gamma.logGammaRatio(12, 8) - exact) < 1e-12)
    // Near 3·10⁸: ln Γ(N) − ln Γ(N − 4) = Σ_{k=1}^{4} ln(N − k), exact to 10⁻¹³ here where
    // subtracting two ln Γ ≈ 6·10⁹ would leave about 10⁻⁶.
    let n = 331_449_281.0
    let sum = (1...4).reduce(0.0) { $0 + log(n - Double($1)) }
    #expect(abs(Gamma.logGammaRatio(n - 4, 4) - sum) < 1e-12)
    // A negative step: ln Γ(10.5) − ln Γ(12.5) = −ln(10.5 × 11.5)
    #expect(abs(Gamma.logGammaRatio(12.5, -2) + log(10.5 * 11.5)) < 1e-13)
    #expect(Gamma.logGammaRatio(-1, 3).isNaN)
  }
}
