import Foundation
import Testing

@testable import ReidRisk

@Suite struct PopulationUniquenessTests {
  @Test func probabilityThatASampleUniqueIsAPopulationUnique() throws {
    // Sizes 1, 1, 2 in N = 8 (π = 0.5): Zayatz 28/11 (see PopulationZayatzTests) and its P = 7/11.
    // π·PU/u₁ from the Dankar choice: if it is Zayatz, 0.5 × (28/11) / 2 = 7/11 = P.
    let histogram = PopulationFixture.histogram([1: 2, 2: 1])
    let uniqueness = PopulationUniqueness(
      histogram: histogram, population: try Population(size: 8, recordCount: 4))
    #expect(uniqueness.sampleUniques == 2)
    let chosen = try #require(uniqueness.dankar.uniques)
    #expect(
      PopulationFixture.isClose(
        uniqueness.sampleUniqueIsPopulationUniqueProbability, min(0.5 * chosen / 2, 1),
        relative: 1e-15))
    if uniqueness.dankar.model == .zayatz {
      #expect(
        PopulationFixture.isClose(
          uniqueness.sampleUniqueIsPopulationUniqueProbability, 7.0 / 11, relative: 1e-14))
    }
  }

  @Test func noSampleUniques() {
    let uniqueness = PopulationUniqueness(
      histogram: PopulationFixture.histogram([3: 2]), population: Population(fileOf: 6))
    #expect(uniqueness.dankar.uniques == 0)
    #expect(uniqueness.sampleUniqueIsPopulationUniqueProbability == nil)
    for estimate in [uniqueness.pitman, uniqueness.zayatz, uniqueness.snb] {
      #expect(estimate.isAvailable && estimate.uniques == 0)
    }
  }

  @Test func encodesEveryKeyWithNullForUnavailable() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let failed = PopulationUniquenessEstimate(unavailable: "did not converge")
    #expect(
      String(decoding: try encoder.encode(failed), as: UTF8.self)
        == #"{"available":false,"fraction":null,"reason":"did not converge","uniques":null}"#)
    let estimate = PopulationUniquenessEstimate(uniques: 2, populationSize: 8, reason: "r")
    #expect(
      String(decoding: try encoder.encode(estimate), as: UTF8.self)
        == #"{"available":true,"fraction":0.25,"reason":"r","uniques":2}"#)
    let decision = DankarDecision(
      sampleUniques: 2, samplingFraction: 0.05, pitman: failed, zayatz: estimate, snb: failed)
    let json = String(decoding: try encoder.encode(decision), as: UTF8.self)
    #expect(json.hasPrefix(#"{"fraction":0.25,"model":"zayatz","reason":"#))
    let uniqueness = PopulationUniqueness(
      histogram: PopulationFixture.histogram([1: 2, 2: 1]), population: Population(fileOf: 4))
    let object = try #require(
      try JSONSerialization.jsonObject(with: try encoder.encode(uniqueness)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "sample_uniques", "pitman", "zayatz", "snb", "dankar",
        "sample_unique_is_population_unique_probability",
      ])
    let decoded = try JSONDecoder().decode(
      PopulationUniqueness.self, from: try encoder.encode(uniqueness))
    #expect(decoded == uniqueness)
  }
}

@Suite struct PopulationUniquenessEdgeCaseTests {
  static let histograms: [[Int: Int]] = [
    [1: 1], [1: 2], [1: 1, 2: 1], [1: 3, 100: 1], [1: 50], [1: 1, 2: 40], [2: 1, 1: 1, 7: 3],
  ]

  /// Tiny and lopsided histograms at π = 1, 0.37 and 10⁻⁹: every estimate is a number in
  /// [0, N] or unavailable with a reason, and encodes as JSON (no NaN or infinity).
  @Test(arguments: histograms)
  func neverTrapsNorReportsImpossibleNumbers(bins: [Int: Int]) throws {
    let histogram = PopulationFixture.histogram(bins)
    let n = histogram.recordCount
    let populations = [
      Population(fileOf: n), try Population(samplingFraction: 0.37, recordCount: n),
      try Population(size: n * 1_000_000_000, recordCount: n),
    ]
    for population in populations {
      let uniqueness = PopulationUniqueness(histogram: histogram, population: population)
      for estimate in [uniqueness.pitman, uniqueness.zayatz, uniqueness.snb] {
        if let uniques = estimate.uniques {
          #expect(estimate.isAvailable && uniques >= 0 && uniques <= population.size)
        } else {
          #expect(!estimate.isAvailable && !estimate.reason.isEmpty)
        }
      }
      if let probability = uniqueness.sampleUniqueIsPopulationUniqueProbability {
        #expect(probability >= 0 && probability <= 1)
      }
      _ = try JSONEncoder().encode(uniqueness)
    }
  }
}
