import Testing

@testable import ReidRisk

/// The scan resolves its columns once; a name the records read do not hold is an error naming
/// every such name, never a column silently dropped (formerly `compactMap` left it out, and a
/// scan on two of three quasi-identifiers reported figures for two without a word).
@Suite struct ScanColumnsTests {
  static func dataset(columns: [String]) throws -> Dataset {
    let reader = DatasetReader(file: "t.csv", request: DatasetRequest(columns: columns))
    try Array("zip,age,tier\n02139,30,gold\n02139,31,gold\n".utf8).withUnsafeBytes {
      try reader.consume($0)
    }
    return try reader.finish()
  }

  @Test func everyRoleResolvedByIndex() throws {
    let dataset = try Self.dataset(columns: ["zip", "age", "tier"])
    var options = ScanOptions(quasiIdentifiers: ["zip", "age"], sensitiveAttributes: ["tier"])
    options.idColumn = "age"
    let columns = try ScanColumns(dataset: dataset, options: options, file: "t.csv")
    // header order: zip 0, age 1, tier 2
    #expect(columns.quasiIdentifiers.map(\.index) == [0, 1])
    #expect(columns.sensitive.map(\.index) == [2])
    #expect(columns.id?.index == 1)
    #expect(columns.weight == nil)
  }

  @Test func missingColumnsAreOneErrorNamingThemAll() throws {
    // read for zip only, measured for zip, age and tier
    let dataset = try Self.dataset(columns: ["zip"])
    let options = ScanOptions(quasiIdentifiers: ["zip", "age"], sensitiveAttributes: ["tier"])
    #expect(
      throws: ScanError(
        file: "t.csv",
        reason: "the records read hold no column \"age\", \"tier\"; read the file with these"
          + " columns requested")
    ) {
      _ = try Scan(dataset: dataset, file: "t.csv", options: options)
    }
  }
}
