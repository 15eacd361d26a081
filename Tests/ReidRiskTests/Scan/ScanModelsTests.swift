import Testing

@testable import ReidRisk

/// The population and sensitive-attribute figures as `scan` wires them: population size,
/// superset and table class sizes, weights, sensitive flags and their bounds.
@Suite struct ScanModelsTests {
  /// zip, tier: A has 3 records (Gold, Gold, Gold), B has 2 (Gold, Free), C has 1 (Free).
  static let csv =
    "id,zip,tier,w\n1,A,Gold,10\n2,A,Gold,10\n3,A,Gold,10\n4,B,Gold,5\n5,B,Free,5\n6,C,Free,2\n"

  static func scan(_ options: ScanOptions, source: PopulationSource? = nil) throws -> Scan {
    let data = try DatasetReader.read(csv, columns: options.requestedColumns)
    return try Scan(dataset: data, file: "t.csv", options: options, populationSource: source)
  }

  @Test func withoutPopulationTheFileIsThePopulation() throws {
    let report = try Self.scan(ScanOptions(quasiIdentifiers: ["zip"])).report
    #expect(report.population.samplingFraction == 1)
    #expect(report.population.source == .file)
    // F = f: journalist equals prosecutor; marketer = u/n = 3/6
    #expect(report.journalist == report.prosecutor)
    #expect(report.marketer.averageRiskPerRecord == 0.5)
  }

  @Test func populationSizeSetsTheSamplingFraction() throws {
    let report = try Self.scan(ScanOptions(quasiIdentifiers: ["zip"], population: .size(60))).report
    // π = 6 / 60
    #expect(report.population.samplingFraction == 0.1)
    #expect(report.population.size == 60)
    #expect(throws: ScanError.self) {
      try Self.scan(ScanOptions(quasiIdentifiers: ["zip"], population: .size(5)))
    }
  }

  /// Superset {A×4, B×2, C×3, D×1}: F = (4, 2, 3) for classes A, B, C; N = 10.
  /// Journalist highest = 1/2, lowest 1/4; average = max(u/ΣF, (1/n) Σ f/F)
  /// = max(3/9, (3/4 + 2/2 + 1/3)/6) = max(0.3333, 0.3472) = 0.3472.
  @Test func supersetGivesPopulationClassSizes() throws {
    let superset = try DatasetReader.read("zip\nA\nA\nA\nA\nB\nB\nC\nC\nC\nD\n", columns: ["zip"])
    let report = try Self.scan(ScanOptions(quasiIdentifiers: ["zip"]), source: .superset(superset))
      .report
    #expect(report.population.size == 10)
    #expect(report.journalist.highestRisk == 0.5)
    #expect(report.journalist.lowestRisk == 0.25)
    #expect(abs(report.journalist.averageRiskPerRecord - (0.75 + 1 + 1.0 / 3) / 6) < 1e-12)
    // at t = 0.2 every F ≤ 4 is at risk: all 6 records
    #expect(report.journalist.recordsAtRisk == 6)
  }

  /// A table with counts A: 30, B: 20, C: 1 (+ D: 49 outside the file) gives F = (30, 20, 1),
  /// N = 100; marketer = (3/30 + 2/20 + 1/1) / 6 = 1.2 / 6 = 0.2.
  @Test func populationTableCounts() throws {
    let table = try DatasetReader.read(
      "zip,count\nA,30\nB,20\nC,1\nD,49\n", columns: ["zip", "count"])
    let report = try Self.scan(
      ScanOptions(quasiIdentifiers: ["zip"]), source: .table(table, countColumn: "count")
    ).report
    #expect(report.population.size == 100)
    #expect(abs(report.marketer.averageRiskPerRecord - 0.2) < 1e-12)
    let bad = try DatasetReader.read("zip,count\nA,many\n", columns: ["zip", "count"])
    #expect(throws: ScanError.self) {
      try Self.scan(
        ScanOptions(quasiIdentifiers: ["zip"]), source: .table(bad, countColumn: "count"))
    }
  }

  @Test func weightsGiveIndividualRisk() throws {
    let report = try Self.scan(ScanOptions(quasiIdentifiers: ["zip"], weightColumn: "w")).report
    let risk = try #require(report.individualRisk)
    // class C: f = 1, F = 2, p = 1/2: r = p/(1−p)·ln(1/p) = ln 2 = 0.6931
    #expect(abs(IndividualRisk.risk(classSize: 1, weightSum: 2) - 0.693_147_180_559_945_3) < 1e-12)
    #expect(risk.expectedReidentifications > 0.69)
    let text = "id,zip,tier,w\n1,A,Gold,x\n"
    let data = try DatasetReader.read(text, columns: ["zip", "w"])
    #expect(
      throws: ScanError(
        file: "t.csv",
        reason:
          "record 1 (line 2), column 4 (\"w\"): the weight is not a number; survey weights are"
          + " positive numbers"
      )
    ) {
      try Scan(
        dataset: data, file: "t.csv",
        options: ScanOptions(quasiIdentifiers: ["zip"], weightColumn: "w"))
    }
  }

  /// With l = 2: A holds only Gold (1 value) and C only Free, so A and C fall short (4 records);
  /// B holds Gold and Free. With k = 2, C is also in a class smaller than k.
  @Test func sensitiveShortfallsAreFlagged() throws {
    let options = ScanOptions(
      quasiIdentifiers: ["zip"], idColumn: "id", k: 2, sensitiveAttributes: ["tier"], l: 2)
    let scan = try Self.scan(options)
    let summary = try #require(scan.report.sensitiveAttributes.first)
    #expect(summary.distinctL == 1)
    #expect(summary.classesBelowL == 2)
    #expect(summary.recordsBelowL == 4)
    #expect(scan.report.flagged.records == 4)
    let findings = scan.findings()
    #expect(findings.map(\.record) == [1, 2, 3, 6])
    #expect(findings[0].reason == "all 3 members share one value of tier")
    #expect(findings[3].reason.hasPrefix("unique on zip; "))
    #expect(!findings.contains { $0.reason.contains("Gold") })
    #expect(scan.findings(showValues: true)[0].reason == "all 3 members share tier=Gold")
  }

  @Test func sensitiveAndPopulationBounds() throws {
    var options = ScanOptions(quasiIdentifiers: ["zip"], sensitiveAttributes: ["tier"])
    options.bounds = Bounds([.maxPopulationUniques: 0.5, .minL: 2, .maxT: 0.9])
    let report = try Self.scan(options).report
    // l = 1 < 2 fails. t: the file is Gold 4/6, Free 2/6; class C (Free only) is
    // ½(|0 − 4/6| + |1 − 2/6|) = 2/3 away, A (Gold only) 1/3: t = 2/3 ≤ 0.9 holds.
    // π = 1: one sample unique (C) → 1 population unique of N = 6: 1/6 ≤ 0.5 holds.
    let checks = Dictionary(uniqueKeysWithValues: report.bounds.map { ($0.id, $0) })
    #expect(checks["l_diversity"]?.holds == false)
    #expect(checks["t_closeness"]?.holds == true)
    #expect(abs((checks["t_closeness"]?.value ?? 0) - 2.0 / 3) < 1e-12)
    #expect(checks["population_uniques"]?.holds == true)
    #expect(abs((checks["population_uniques"]?.value ?? 0) - 1.0 / 6) < 1e-9)
    #expect(!report.isWithinBounds)
  }
}
