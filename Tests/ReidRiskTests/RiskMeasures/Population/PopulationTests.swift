import Foundation
import Testing

@testable import ReidRisk

@Suite struct PopulationTests {
  @Test func fileIsItsOwnPopulation() {
    let population = Population(fileOf: 5000)
    #expect(population.size == 5000)
    #expect(population.samplingFraction == 1)
    #expect(population.source == .file)
  }

  @Test func sizeGivesSamplingFraction() throws {
    // 5,000 records of 50,000 people: π = 5000 / 50000 = 0.1.
    let population = try Population(size: 50_000, recordCount: 5000)
    #expect(population.size == 50_000)
    #expect(population.samplingFraction == 0.1)
    #expect(population.source == .size)
  }

  @Test func samplingFractionGivesSize() throws {
    // 5,000 records at π = 0.1: N = 5000 / 0.1 = 50,000.
    let population = try Population(samplingFraction: 0.1, recordCount: 5000)
    #expect(abs(population.size - 50_000) < 1e-9)
    #expect(population.samplingFraction == 0.1)
    // 3 records at π = 0.4: N = 7.5, not whole.
    #expect(try Population(samplingFraction: 0.4, recordCount: 3).size == 7.5)
  }

  @Test func rejectsImpossiblePopulations() {
    #expect(throws: PopulationError.populationSmallerThanFile(size: 10, recordCount: 11)) {
      try Population(size: 10, recordCount: 11)
    }
    #expect(throws: PopulationError.nonPositivePopulationSize(0)) {
      try Population(size: 0, recordCount: 0)
    }
    for fraction in [0, -0.1, 1.5, .nan] {
      #expect(throws: PopulationError.self) {
        try Population(samplingFraction: fraction, recordCount: 10)
      }
    }
  }

  @Test func errorMessagesQuoteTheValue() {
    let message = PopulationError.populationSmallerThanFile(size: 500, recordCount: 1000)
      .description
    #expect(message.contains("'500'"))
    #expect(message.first?.isLowercase == true)
    #expect(message.last != ".")
  }

  @Test func encodesWithSnakeCaseKeys() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = try encoder.encode(Population(size: 8, recordCount: 4))
    #expect(
      String(decoding: json, as: UTF8.self)
        == #"{"record_count":4,"sampling_fraction":0.5,"size":8,"source":"size"}"#)
  }
}
