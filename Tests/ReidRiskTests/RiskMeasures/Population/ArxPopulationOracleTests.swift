import Foundation
import Testing

@testable import ReidRisk

/// The figures ARX (core library at aacd487f, default solver: accuracy 10⁻⁶) computed on the
/// oracle inputs (the package's copy, `Tests/Fixtures/oracle/arx`), rebuilt from each file's
/// class-size histogram.
///
/// Matched: prosecutor, journalist and marketer risk (the superset case with F_j counted in
/// members-5000.csv), sample uniques, Pitman and Zayatz population uniques to 10⁻⁶ relative
/// (where ARX's Pitman fails, ours is unavailable too), SNB at π = 1, and the Dankar choice
/// wherever ARX's is not a tie.
///
/// Differences, explained:
/// - SNB at π < 1: ARX returns NaN in every case. Its formulas differ from the model in two
///   places (see `PopulationUniquenessEstimate(snb:population:)`): the Shlosser estimate of K
///   subtracts 1 per histogram bin, and the second equation multiplies by (1 − d)^(α+2) instead
///   of dividing. With ARX's formulas our solver finds no root either (checked below). With the
///   model's own formulas, the superset case converges to an admissible fit (K·β^α = 2324.8; it
///   reproduces u₁ = 696 and u₂ = 84, checked below; `PopulationSNBTests` hand-checks a small case
///   against the model summed term by term); the other cases still have no admissible root.
/// - Dankar, superset case (π = 0.2): ARX takes Zayatz (2675.6) because its SNB failed; ours
///   takes the smaller of Zayatz and SNB, SNB (2324.8), as the rule says.
/// - Dankar at π = 1: Zayatz and SNB both equal u₁, SNB up to the solver's accuracy, and ARX's
///   choice is whichever rounding makes smaller (SNB 857.99999997 < 858; Zayatz 1861 <
///   1861.0000000004). We call a relative difference within 10⁻⁶ a tie and take Zayatz, which
///   is exact; the uniques agree to 10⁻⁹ either way.
/// - ARX's API reports a failed model as 0 uniques, "unavailable"; ours has no number and says
///   why (`reason`).
@Suite struct ArxPopulationOracleTests {
  static let folder = PopulationFixture.oracleFolder.appendingPathComponent("arx")

  static let files = OracleFixtures.files("arx")

  /// Our SNB estimate (model formulas) where ARX's is NaN: nil for no admissible fit.
  static let snbWhereARXFails: [String: Double?] = [
    "members-1000-sample__gender-age-state__superset-members-5000.json": 2324.7710833522906
  ]

  @Test(arguments: files)
  func matchesARX(file: String) throws {
    let oracle = try ArxOracleFigures(url: Self.folder.appendingPathComponent(file))
    let histogram = oracle.histogram
    #expect(histogram.recordCount == oracle.records)
    #expect(histogram.classCount == oracle.classes)

    // Prosecutor (the existing measure) and sample uniqueness.
    let prosecutor = AttackerRisk(prosecutor: histogram, threshold: oracle.threshold)
    oracle.expectMatches(prosecutor, oracle.summary("prosecutor"), "prosecutor")
    #expect(histogram.classes(ofSize: 1) == oracle.sampleUniques)

    // Journalist and marketer: F_j = f_j, or counted in the superset.
    let classes =
      try oracle.supersetColumns.map { columns in
        try Self.supersetClasses(oracle: oracle, columns: columns)
      } ?? PopulationClassSizes(sampleSizes: PopulationFixture.classSizes(histogram))
    #expect(ClassSizeHistogram(classSizes: classes.sampleSizes) == histogram)
    let journalist = AttackerRisk(journalist: classes, threshold: oracle.threshold)
    oracle.expectMatches(journalist, oracle.summary("journalist"), "journalist")
    let marketer = try #require(oracle.summary("marketer")["success_rate"] as? Double)
    #expect(
      PopulationFixture.isClose(
        AttackerRisk.marketerAverageRiskPerRecord(classes), marketer, relative: 1e-12))

    // Population uniqueness.
    let population = try Population(size: oracle.populationSize, recordCount: oracle.records)
    let uniqueness = PopulationUniqueness(histogram: histogram, population: population)
    for (name, ours) in [("pitman", uniqueness.pitman), ("zayatz", uniqueness.zayatz)] {
      if let arx = oracle.rawUniques(name) {
        #expect(PopulationFixture.isClose(ours.uniques, arx, relative: 1e-6), "\(name)")
        #expect(
          PopulationFixture.isClose(
            ours.fraction, arx / Double(oracle.populationSize), relative: 1e-6), "\(name)")
      } else {
        #expect(!ours.isAvailable, "\(name): ARX failed, ours gave \(ours.uniques ?? 0)")
      }
    }
    if let arx = oracle.rawUniques("snb") {
      #expect(PopulationFixture.isClose(uniqueness.snb.uniques, arx, relative: 1e-6))
    } else {
      let arxFormulas = PopulationUniquenessEstimate(
        snb: histogram, population: population, formulation: .arx)
      #expect(!arxFormulas.isAvailable, "ARX's SNB formulas should fail as ARX does")
      let expected = Self.snbWhereARXFails[file] ?? nil
      if let expected {
        #expect(PopulationFixture.isClose(uniqueness.snb.uniques, expected, relative: 1e-6))
        try Self.expectSNBReproducesTheHistogram(histogram, population)
      } else {
        #expect(!uniqueness.snb.isAvailable, "\(uniqueness.snb.reason)")
      }
    }
    try expectDankar(uniqueness, oracle: oracle, population: population, file: file)
  }

  func expectDankar(
    _ uniqueness: PopulationUniqueness, oracle: ArxOracleFigures, population: Population,
    file: String
  ) throws {
    let arxModel = oracle.dankarModel
    let dankar = uniqueness.dankar
    if population.samplingFraction <= 0.1 {
      #expect(dankar.model?.rawValue.uppercased() == arxModel)
      #expect(PopulationFixture.isClose(dankar.uniques, oracle.dankarUniques, relative: 1e-6))
    } else if population.samplingFraction == 1 {
      // A tie between Zayatz and SNB: ours takes Zayatz, u₁ exactly.
      #expect(dankar.model == .zayatz)
      #expect(dankar.uniques == Double(oracle.sampleUniques))
      #expect(PopulationFixture.isClose(dankar.uniques, oracle.dankarUniques, relative: 1e-9))
    } else {
      // The superset case: ARX's SNB failed, so ARX took Zayatz; ours has SNB < Zayatz.
      #expect(arxModel == "ZAYATZ")
      #expect(dankar.model == .snb)
      #expect(dankar.uniques == uniqueness.snb.uniques)
      let snb = try #require(uniqueness.snb.uniques)
      #expect(snb < (uniqueness.zayatz.uniques ?? 0))
    }
  }

  /// The fitted model, summed term by term, expects u₁ classes of size 1 and u₂ of size 2.
  static func expectSNBReproducesTheHistogram(
    _ histogram: ClassSizeHistogram, _ population: Population
  ) throws {
    let fit = SNBFit(
      histogram: histogram, samplingFraction: population.samplingFraction,
      formulation: .published)
    guard case .converged(let point, _, _) = fit.solve() else {
      Issue.record("SNB did not converge")
      return
    }
    let (single, pair) = PopulationFixture.snbClassProbabilities(
      alpha: point.x, beta: point.y, samplingFraction: population.samplingFraction)
    #expect(abs(fit.classCount * single - Double(histogram.classes(ofSize: 1))) < 1e-5)
    #expect(abs(fit.classCount * pair - Double(histogram.classes(ofSize: 2))) < 1e-5)
  }

  /// F_j for the sample's classes, counted in the superset file on the same columns.
  static func supersetClasses(oracle: ArxOracleFigures, columns: [String]) throws
    -> PopulationClassSizes
  {
    let inputs = PopulationFixture.oracleFolder.appendingPathComponent("inputs")
    let sample = try PopulationFixture.read(
      Array(try Data(contentsOf: inputs.appendingPathComponent(oracle.inputFile))),
      columns: columns, file: oracle.inputFile)
    let supersetFile = try #require(oracle.supersetFile)
    let superset = try PopulationFixture.read(
      Array(try Data(contentsOf: inputs.appendingPathComponent(supersetFile))),
      columns: columns, file: supersetFile)
    let partition = Partition(columns: sample.columns.map(\.codes))
    return try PopulationClassSizes(
      partition: partition, sampleColumns: sample.columns, supersetColumns: superset.columns)
  }
}
