import Foundation
import Testing

@testable import ReidRisk

@Suite struct PopulationPitmanTests {
  /// Sizes 1, 1, 1, 1, 1, 2, 5: n = 12, u = 7, u₁ = 5, u₂ = 1, u₅ = 1.
  static let histogram = PopulationFixture.histogram([1: 5, 2: 1, 5: 1])

  @Test func startValuesAreARXs() {
    // c = u₁(u₁ − 1)/u₂ = 5 × 4 / 1 = 20;
    // θ₀ = (n·u·c − u₁(n − 1)(2u + c)) / (2u₁u + u₁c − n·c)
    //    = (12 × 7 × 20 − 5 × 11 × 34) / (70 + 100 − 240) = (1680 − 1870) / (−70) = 19/7;
    // α₀ = (θ₀(u₁ − n) + (n − 1)u₁) / (n·u) = (19/7 × (−7) + 55) / 84 = 36/84 = 3/7.
    let start = PitmanFit(histogram: Self.histogram).start
    #expect(abs(start.x - 19.0 / 7) < 1e-14)
    #expect(abs(start.y - 3.0 / 7) < 1e-14)
  }

  @Test func fitSolvesTheScoreEquations() throws {
    let outcome = PitmanFit(histogram: Self.histogram).solve()
    guard case .converged(let point, _, _) = outcome else {
      Issue.record("Pitman did not converge: \(outcome)")
      return
    }
    let (t, a) = (point.x, point.y)
    // The score equations as plain sums (MEASURES.md §3), not through ψ:
    // ∂L/∂θ = Σ_{i=1}^{6} 1/(θ + iα) − Σ_{i=1}^{11} 1/(θ + i)
    // ∂L/∂α = Σ_{i=1}^{6} i/(θ + iα) − [1/(1 − α)] − [Σ_{i=1}^{4} 1/(i − α)]
    let byTheta =
      (1...6).reduce(0.0) { $0 + 1 / (t + Double($1) * a) }
      - (1...11).reduce(0.0) { $0 + 1 / (t + Double($1)) }
    let byAlpha =
      (1...6).reduce(0.0) { $0 + Double($1) / (t + Double($1) * a) } - 1 / (1 - a)
      - (1...4).reduce(0.0) { $0 + 1 / (Double($1) - a) }
    #expect(abs(byTheta) <= 1e-6)
    #expect(abs(byAlpha) <= 1e-6)
    // θ = 2.61145, α = 0.428942 (cross-checked with SciPy).
    #expect(abs(t - 2.6114522247492027) < 1e-5)
    #expect(abs(a - 0.428942457359874) < 1e-5)
  }

  @Test func populationUniques() throws {
    // Γ(θ + 1)/Γ(θ + α) · N^α with N = 100: exp(1.325950 − 0.730743) × 100^0.428942
    // = 1.813447 × 7.209164 = 13.0731.
    let estimate = PopulationUniquenessEstimate(
      pitman: Self.histogram, population: try Population(size: 100, recordCount: 12))
    #expect(estimate.isAvailable)
    #expect(PopulationFixture.isClose(estimate.uniques, 13.07314137137057, relative: 1e-6))
    #expect(PopulationFixture.isClose(estimate.fraction, 0.1307314137137057, relative: 1e-6))
    #expect(estimate.reason.hasPrefix("maximum likelihood θ = 2.61145, α = 0.428942"))
  }

  @Test func estimateAboveThePopulationIsUnavailable() throws {
    // 96 uniques and 2 pairs (n = 100) in N = 100: Newton runs off to θ ≈ 7·10⁴, α ≈ −28, where
    // the score is below 10⁻⁶ only because every term is tiny (SciPy finds the same point), and
    // Γ(θ + 1)/Γ(θ + α)·N^α ≈ θ^(1−α)·N^α ≈ 10¹⁴⁰ is far above N: unavailable, not 0.
    let histogram = PopulationFixture.histogram([1: 96, 2: 2])
    let estimate = PopulationUniquenessEstimate(
      pitman: histogram, population: try Population(size: 100, recordCount: 100))
    #expect(!estimate.isAvailable)
    #expect(estimate.uniques == nil)
    #expect(estimate.fraction == nil)
    #expect(estimate.reason.contains("outside (0, N] for N = 100"))
  }

  @Test func noSampleUniquesIsZeroNotFailure() {
    let estimate = PopulationUniquenessEstimate(
      pitman: PopulationFixture.histogram([2: 4, 3: 1]), population: Population(fileOf: 11))
    #expect(estimate.isAvailable)
    #expect(estimate.uniques == 0)
  }

  @Test func allUniquesDoesNotTrap() {
    // u = n = 5, u₂ = 0: c = 5 × 4 / 1, and the likelihood has no maximum at finite θ.
    let estimate = PopulationUniquenessEstimate(
      pitman: PopulationFixture.histogram([1: 5]), population: Population(fileOf: 5))
    #expect(!estimate.isAvailable || (estimate.uniques ?? 0) <= 5)
  }
}
