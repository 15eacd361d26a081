import Foundation

@testable import ReidRisk

/// Shared inputs of the population tests.
enum PopulationFixture {
  /// Reads CSV text (or bytes) in one chunk.
  static func read(_ bytes: [UInt8], columns: [String], file: String = "test.csv") throws
    -> Dataset
  {
    let reader = DatasetReader(file: file, request: DatasetRequest(columns: columns))
    let failure: DatasetError? = bytes.withUnsafeBytes { buffer in
      do throws(DatasetError) { try reader.consume(buffer) } catch { return error }
      return nil
    }
    if let failure { throw failure }
    return try reader.finish()
  }

  static func read(_ text: String, columns: [String]) throws -> Dataset {
    try read(Array(text.utf8), columns: columns)
  }

  /// A histogram from (size, classes) pairs.
  static func histogram(_ bins: [Int: Int]) -> ClassSizeHistogram {
    ClassSizeHistogram(classesOfSize: bins)
  }

  /// The class sizes of a histogram, one entry per class.
  static func classSizes(_ histogram: ClassSizeHistogram) -> [Int] {
    histogram.bins.flatMap { Array(repeating: $0.size, count: $0.classes) }
  }

  /// Whether `value` is within `tolerance` of `expected`, relative to |expected| (absolute
  /// below 1).
  static func isClose(_ value: Double?, _ expected: Double, relative tolerance: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance * max(abs(expected), 1)
  }

  /// The slide negative binomial model summed term by term rather than through the closed
  /// forms of `SNBFit`: a class has 1 + X people, X negative binomial,
  /// P(X = x) = Γ(α + x)/(Γ(α)·x!)·β^α(1 − β)^x, and each person is in the file with
  /// probability π. Returns P(f = 1) = Σ_x (1 + x)·π(1 − π)^x·P(X = x) and
  /// P(f = 2) = Σ_x C(1 + x, 2)·π²(1 − π)^(x−1)·P(X = x).
  static func snbClassProbabilities(alpha: Double, beta: Double, samplingFraction pi: Double)
    -> (single: Double, pair: Double)
  {
    var probability = pow(beta, alpha)  // P(X = 0)
    var single = 0.0
    var pair = 0.0
    for x in 0..<20_000 {
      let people = Double(x + 1)
      single += people * pi * pow(1 - pi, Double(x)) * probability
      if x >= 1 {
        pair += people * (people - 1) / 2 * pi * pi * pow(1 - pi, Double(x - 1)) * probability
      }
      probability *= (alpha + Double(x)) / Double(x + 1) * (1 - beta)
    }
    return (single, pair)
  }

  /// The package's copy of the oracle (`Tests/Fixtures/oracle`).
  static let oracleFolder = OracleFixtures.folder
}
