import Foundation
import Testing

@testable import ReidRisk

@Suite struct PopulationSNBTests {
  /// u₁ = 6, u₂ = 2, u₃ = 1, u₄ = 2: u = 11, n = 6 + 4 + 3 + 8 = 21; N = 105, π = 0.2.
  static let histogram = PopulationFixture.histogram([1: 6, 2: 2, 3: 1, 4: 2])
  static var population: Population { get throws { try Population(size: 105, recordCount: 21) } }

  @Test func classCountIsShlossersEstimate() {
    // π = 0.2, π² = 0.04:
    // Σ i·π²(1−π²)^(i−1)·u_i = 0.24 + 0.1536 + 0.110592 + 0.28311552 = 0.78730752
    // Σ ((1−π²)^i − (1−π)^i)·u_i = 0.96 + 0.5632 + 0.372736 + 0.87949312 = 2.77542912
    // Σ (1−π)^i·u_i = 4.8 + 1.28 + 0.512 + 0.8192 = 7.4112
    // Σ i·π(1−π)^(i−1)·u_i = 1.2 + 0.64 + 0.384 + 0.8192 = 3.0432
    // K = 11 + 6 × (0.78730752 / 2.77542912) × (7.4112 / 3.0432)²
    //   = 11 + 6 × 0.2836707 × 5.930837 = 11 + 10.09442 = 21.09442
    let expected = 11 + 6 * (0.78730752 / 2.77542912) * pow(7.4112 / 3.0432, 2)
    let k = SNBFit.classCount(Self.histogram, 0.2, .published)
    #expect(abs(k - expected) < 1e-12)
    #expect(abs(k - 21.09442) < 1e-5)
    // The file is the population: every class is seen, K = u.
    #expect(SNBFit.classCount(Self.histogram, 1, .published) == 11)
  }

  @Test func fitReproducesTheModelsExpectedSingletonsAndPairs() throws {
    let estimate = PopulationUniquenessEstimate(
      snb: Self.histogram, population: try Self.population)
    #expect(estimate.isAvailable)
    let fit = SNBFit(histogram: Self.histogram, samplingFraction: 0.2, formulation: .published)
    guard case .converged(let point, _, _) = fit.solve() else {
      Issue.record("SNB did not converge")
      return
    }
    let (alpha, beta) = (point.x, point.y)
    #expect(alpha > 0 && beta > 0 && beta <= 1)
    // The model itself, summed term by term: K·P(f = 1) = u₁ = 6 and K·P(f = 2) = u₂ = 2.
    let (singles, pairs) = PopulationFixture.snbClassProbabilities(
      alpha: alpha, beta: beta, samplingFraction: 0.2)
    #expect(abs(fit.classCount * singles - 6) < 1e-5)
    #expect(abs(fit.classCount * pairs - 2) < 1e-5)
    // Population uniques K·β^α = 21.0944 × 0.3817 = 8.052 (SciPy: 8.052391808657548).
    #expect(
      PopulationFixture.isClose(
        estimate.uniques, fit.classCount * pow(beta, alpha),
        relative: 1e-12))
    #expect(PopulationFixture.isClose(estimate.uniques, 8.052391808657548, relative: 1e-5))
  }

  @Test func arxsFormulasFindNoRootHere() throws {
    // ARX's K (it subtracts 1 per histogram bin in the denominator sum) is
    // 11 + 6 × 0.78730752 / (Σ (1−π²)^i·u_i − 4) × 5.930837, and its second equation multiplies by
    // (1 − d)^(α+2): no start value converges, as ARX reports NaN for every π < 1 in the oracle.
    let estimate = PopulationUniquenessEstimate(
      snb: Self.histogram, population: try Self.population, formulation: .arx)
    #expect(!estimate.isAvailable)
  }

  @Test func fileIsThePopulation() {
    // π = 1: K = u and d = 0, so the equations are K·β^α = u₁ and K·α·β^α(1 − β) = u₂:
    // population uniques K·β^α = u₁ = 6 (up to the solver's accuracy).
    let estimate = PopulationUniquenessEstimate(
      snb: Self.histogram, population: Population(fileOf: 21))
    #expect(PopulationFixture.isClose(estimate.uniques, 6, relative: 1e-6))
  }

  @Test func noSampleUniques() {
    let estimate = PopulationUniquenessEstimate(
      snb: PopulationFixture.histogram([2: 3]), population: Population(fileOf: 6))
    #expect(estimate.uniques == 0)
  }
}
