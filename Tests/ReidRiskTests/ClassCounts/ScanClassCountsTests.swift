import Testing

@testable import ReidRisk

/// Figures from class counts, computed by hand, and equal to the scan of the records.
@Suite struct ScanClassCountsTests {
  /// zip, gender, tier: (1000, F) × 2 with tiers Gold, Silver; (1000, missing) × 1, Gold;
  /// (2000, F) × 1, Gold.
  static let records = "zip,gender,tier\n1000,F,Gold\n1000,F,Silver\n1000,,Gold\n2000,F,Gold\n"

  static func dataset() throws -> Dataset {
    let reader = DatasetReader(
      file: "t.csv", request: DatasetRequest(columns: ["zip", "gender", "tier"]))
    try Array(records.utf8).withUnsafeBytes { try reader.consume($0) }
    return try reader.finish()
  }

  static func counts(policy: MissingValuePolicy) throws -> (Scan, ClassCounts) {
    var options = ScanOptions(
      quasiIdentifiers: ["zip", "gender"], missingPolicy: policy, sensitiveAttributes: ["tier"])
    options.k = 2
    let scan = try Scan(dataset: try dataset(), file: "t.csv", options: options)
    let counts = ClassCounts(
      scan: scan,
      metadata: ClassCountsMetadata(
        quasiIdentifiers: [.init(name: "zip"), .init(name: "gender")]))
    let fromCounts = try Scan(classCounts: counts, file: "c.csv", options: options)
    return (fromCounts, counts)
  }

  @Test func emittedCountsHoldEveryClassWithItsMask() throws {
    let (_, counts) = try Self.counts(policy: .exclude)
    // the excluded class (1000, missing) is kept, with bit 1 (gender) set
    #expect(counts.counts == [2, 1, 1])
    #expect(counts.masks == [0, 2, 0])
    #expect(counts.keyHex(ofClass: 1) == MD5.hex("1000") + MD5.hex(""))
    // tier per class: (1000, F) Gold 1 and Silver 1; the others Gold 1
    #expect(counts.sensitive[0].entries.map(\.count) == [1, 1, 1, 1])
    #expect(counts.sensitive[0].entries.allSatisfy { $0.rank == nil })  // text: no ranks
  }

  /// --missing value: sizes 2, 1, 1; k = 1; 2 sample uniques of 4 records; distinct l = 1
  /// (classes of one record hold one tier).
  @Test func missingAsAValue() throws {
    let (scan, _) = try Self.counts(policy: .value)
    #expect(scan.report.k == 1)
    #expect(scan.report.equivalenceClasses == 3)
    #expect(scan.report.sampleUniques.records == 2)
    #expect(scan.report.missing.records == 1)
    #expect(scan.report.sensitiveAttributes.first?.distinctL == 1)
    #expect(scan.report.flagged.records == 2)  // the two classes of 1 are below k = 2
    #expect(scan.report.flagged.firstLine == nil)
  }

  /// --missing exclude: (1000, missing) left out; classes 2 and 1; k = 1, 3 records.
  @Test func missingExcluded() throws {
    let (scan, _) = try Self.counts(policy: .exclude)
    #expect(scan.report.records == 3)
    #expect(scan.report.recordsExcluded == 1)
    #expect(scan.report.k == 1)
  }

  /// --missing wildcard: (1000, F) → 2 + 1 = 3, (1000, ?) → 1 + 2 = 3, (2000, F) → 1; k = 1,
  /// and the histogram bins: size 1 holds 1 class of 1 record, size 3 holds 2 classes of 3.
  @Test func missingAsAWildcard() throws {
    let (scan, _) = try Self.counts(policy: .wildcard)
    #expect(scan.report.k == 1)
    #expect(
      scan.report.classSizeHistogram
        == [.init(size: 1, classes: 1, records: 1), .init(size: 3, classes: 2, records: 3)])
  }

  /// Ranks stand for numbers: events 1, 1.0 and 5 become ranks 1, 1, 2. The file is ⅔ rank 1,
  /// ⅓ rank 2 (m = 2 ranks); the ordered distance of class {1, 1.0} is (1/(2 − 1)) · (|1 − ⅔|
  /// + |1 − 1|) = ⅓, of class {5} |0 − ⅔| + |1 − 1| = ⅔, so t = ⅔, as on the records (where 1
  /// and 1.0 are two values of one rank).
  @Test func numericSensitiveValuesKeepTheirOrder() throws {
    let text = "zip,events\n1000,1\n1000,1.0\n2000,5\n"
    let reader = DatasetReader(file: "t.csv", request: DatasetRequest(columns: ["zip", "events"]))
    try Array(text.utf8).withUnsafeBytes { try reader.consume($0) }
    let options = ScanOptions(quasiIdentifiers: ["zip"], sensitiveAttributes: ["events"])
    let scan = try Scan(dataset: try reader.finish(), file: "t.csv", options: options)
    let counts = ClassCounts(
      scan: scan, metadata: ClassCountsMetadata(quasiIdentifiers: [.init(name: "zip")]))
    #expect(counts.sensitive[0].entries.map(\.rank) == [1, 1, 2])
    let fromCounts = try Scan(classCounts: counts, file: "c.csv", options: options)
    let summary = try #require(fromCounts.report.sensitiveAttributes.first)
    #expect(summary.groundDistance == .ordered)
    #expect(abs(summary.tCloseness - 2.0 / 3.0) < 1e-12)
    #expect(summary.distinctValues == 3)  // 1 and 1.0 stay two values
    #expect(summary == scan.report.sensitiveAttributes.first)
  }
}
