import Foundation
import Testing

@testable import ReidRisk

@Suite struct PopulationZayatzTests {
  @Test func smallCase() throws {
    // Sizes 1, 1, 2 (n = 4, u₁ = 2, u₂ = 1) in N = 8, π = 0.5.
    // H(2)/H(1) = 2·C(6, 3) / C(7, 3) = 2 × 20 / 35 = 8/7.
    // P = 2 / (2 + 8/7) = 7/11; uniques = 2 × (7/11) / 0.5 = 28/11 = 2.545455.
    let estimate = PopulationUniquenessEstimate(
      zayatz: PopulationFixture.histogram([1: 2, 2: 1]),
      population: try Population(size: 8, recordCount: 4))
    #expect(estimate.isAvailable)
    #expect(PopulationFixture.isClose(estimate.uniques, 28.0 / 11, relative: 1e-14))
    #expect(PopulationFixture.isClose(estimate.fraction, 28.0 / 11 / 8, relative: 1e-14))
  }

  @Test func fileIsThePopulation() {
    // π = 1: H(i) = 0 for i ≥ 2, so P = 1 and uniques = u₁ = 3.
    let histogram = PopulationFixture.histogram([1: 3, 2: 2, 5: 1])
    let estimate = PopulationUniquenessEstimate(
      zayatz: histogram, population: Population(fileOf: 12))
    #expect(estimate.uniques == 3)
  }

  @Test func largePopulationMatchesTheDirectProduct() throws {
    // N = 331,449,281: H(i)/H(1) = i · Π_{j=1}^{i−1} (N − n − j + 1) / (N − j), a product of
    // i − 1 factors, against our ln Γ differences.
    let histogram = PopulationFixture.histogram([1: 1861, 2: 497, 3: 142, 7: 20, 19: 1])
    let n = Double(histogram.recordCount)
    let size = 331_449_281.0
    var weighted = 0.0
    for bin in histogram.bins {
      var ratio = Double(bin.size)
      for j in stride(from: 1.0, to: Double(bin.size), by: 1) {
        ratio *= (size - n - j + 1) / (size - j)
      }
      weighted += Double(bin.classes) * ratio
    }
    let expected = 1861.0 * 1861 / weighted / (n / size)
    let estimate = PopulationUniquenessEstimate(
      zayatz: histogram,
      population: try Population(size: 331_449_281, recordCount: histogram.recordCount))
    #expect(PopulationFixture.isClose(estimate.uniques, expected, relative: 1e-12))
  }

  @Test func noSampleUniques() {
    let estimate = PopulationUniquenessEstimate(
      zayatz: PopulationFixture.histogram([2: 3]), population: Population(fileOf: 6))
    #expect(estimate.isAvailable)
    #expect(estimate.uniques == 0)
    #expect(estimate.reason == "no sample uniques")
  }
}
