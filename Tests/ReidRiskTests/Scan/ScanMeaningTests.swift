import Testing

@testable import ReidRisk

/// Runs whose figures would mean nothing end with an error instead (issue 12).
@Suite struct ScanMeaningTests {
  static func scan(_ csv: String, _ options: ScanOptions, isStrict: Bool = true) throws -> Scan {
    var request = DatasetRequest(columns: options.requestedColumns, isStrict: isStrict)
    request.hashSeed = .deterministic
    let reader = DatasetReader(file: "t.csv", request: request)
    try Array(csv.utf8).withUnsafeBytes { try reader.consume($0) }
    return try Scan(dataset: try reader.finish(), file: "t.csv", options: options)
  }

  /// Every record ragged (3 fields against 2) under --lenient: 0 analysed, an error naming
  /// the first skipped record; formerly every bound passed with exit 0.
  @Test func zeroRecordsAnalysedWhenLenientSkipsEveryRecord() {
    let options = ScanOptions(quasiIdentifiers: ["zip"])
    #expect(
      throws: ScanError(
        file: "t.csv",
        reason: "0 records analysed: --lenient skipped all 2 records, whose field counts differ"
          + " from the header's (first: record 1, line 2); check the delimiter and the quoting")
    ) {
      _ = try Self.scan("zip,age\n02139,30,x\n02139,31,y\n", options, isStrict: false)
    }
  }

  @Test func zeroRecordsAnalysedWhenExcludeLeavesEveryRecordOut() {
    let options = ScanOptions(quasiIdentifiers: ["zip", "age"], missingPolicy: .exclude)
    #expect(
      throws: ScanError(
        file: "t.csv",
        reason: "0 records analysed: all 2 records miss a quasi-identifier value and --missing"
          + " exclude leaves them out; use --missing value or --missing wildcard, or choose"
          + " other quasi-identifiers")
    ) {
      _ = try Self.scan("zip,age\n02139,\n,31\n", options)
    }
  }

  /// One record kept of two: the scan runs (n = 1).
  @Test func oneRecordAnalysedIsNotAnError() throws {
    let options = ScanOptions(quasiIdentifiers: ["zip", "age"], missingPolicy: .exclude)
    let scan = try Self.scan("zip,age\n02139,30\n,31\n", options)
    #expect(scan.report.records == 1)
    #expect(scan.report.recordsExcluded == 1)
  }

  /// `--sensitive zip` with `--qi zip` (matched through case, too): refused.
  @Test func sensitiveOnQuasiIdentifierIsRefused() {
    let options = ScanOptions(quasiIdentifiers: ["zip", "age"], sensitiveAttributes: ["ZIP"])
    #expect(
      throws: ScanError(
        file: "t.csv",
        reason: "column \"zip\" is given both as a quasi-identifier and with --sensitive; a"
          + " sensitive attribute is what the recipient must not learn, so it cannot be one of"
          + " the columns that single a person out: give it once")
    ) {
      _ = try Self.scan("zip,age\n02139,30\n02139,31\n", options)
    }
  }
}

/// Population sizes a double cannot hold exactly (above 2^53) are refused, however they come.
@Suite struct PopulationBoundTests {
  @Test func givenPopulationAboveTwoToThe53IsRefused() throws {
    #expect(
      throws: PopulationError.populationTooLarge(size: 9.223372036854775807e18, origin: .given)
    ) {
      _ = try Population(size: Int.max, recordCount: 10)
    }
    // 2^53 itself is exact: accepted, π = 10 / 2^53.
    let largest = try Population(size: 1 << 53, recordCount: 10)
    #expect(largest.size == 9_007_199_254_740_992)
  }

  /// 10 records at π = 1e-300 imply N = 10 / 1e-300 ≈ 1e301 (9.999999999999999e300 in doubles).
  @Test func samplingFractionImplyingAHugePopulationIsRefused() {
    #expect(
      throws: PopulationError.populationTooLarge(size: 10 / 1e-300, origin: .samplingFraction)
    ) {
      _ = try Population(samplingFraction: 1e-300, recordCount: 10)
    }
  }

  @Test func populationTooLargeMessage() {
    #expect(
      PopulationError.populationTooLarge(size: 1e16, origin: .table).description
        == "the counts of the population table sum to more than 2^53 (9007199254740992), the"
        + " largest whole number a double holds exactly; give a population of at most that"
        + " many people")
    #expect(
      PopulationError.populationTooLarge(size: 1e301, origin: .samplingFraction).description
        .hasPrefix("population size 1e+301 implied by --sampling-fraction (records / fraction)"))
  }
}

/// Population-table counts whose sum passes 2^53 (here two counts of Int.max, which wrapped
/// around to -2 when summed unchecked) are refused before any sum can overflow.
@Suite struct PopulationTableBoundTests {
  @Test func populationTableSummingPastTwoToThe53IsRefused() throws {
    let big = Int.max
    let table = try DatasetReader.read(
      "zip,count\nA,\(big)\nB,\(big)\n", columns: ["zip", "count"])
    let data = try DatasetReader.read("zip\nA\nB\n", columns: ["zip"])
    #expect(
      throws: ScanError(
        file: "t.csv",
        reason: PopulationError.populationTooLarge(size: Double((1 << 53) + 1), origin: .table)
          .description)
    ) {
      _ = try Scan(
        dataset: data, file: "t.csv", options: ScanOptions(quasiIdentifiers: ["zip"]),
        populationSource: .table(table, countColumn: "count"))
    }
  }
}
