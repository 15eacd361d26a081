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

  /// A quasi-identifier replaced by its generalized copy leaves the dataset (its codes as read
  /// would only hold memory); one that another role reads stays, and so does every column when
  /// a scenario may group on it.
  @Test func generalizedColumnsLeaveTheDataset() throws {
    let reader = DatasetReader(
      file: "t.csv", request: DatasetRequest(columns: ["zip", "age", "tier"]))
    try Array("zip,age,tier\n02139,30,gold\n02138,30,gold\n02139,31,gold\n".utf8)
      .withUnsafeBytes { try reader.consume($0) }
    let dataset = try reader.finish()
    var options = ScanOptions(quasiIdentifiers: ["zip", "age"], sensitiveAttributes: ["tier"])
    options.generalizations = ["zip": .prefix(3)]
    options.k = 2
    let scan = try Scan(dataset: dataset, file: "t.csv", options: options)
    // zip (generalized) gone; age (as read) and tier (sensitive) kept
    #expect(scan.dataset.columns.map(\.requestedName) == ["age", "tier"])
    // grouped on the copy: zips 021 for all, ages 30, 30, 31 give classes of 2 and 1 (on the
    // zips as read every record would be unique: 3); at k = 2 the class of 1 is flagged
    #expect(scan.report.sampleUniques.records == 1)
    #expect(scan.findings(showValues: true).map(\.values) == [["021", "31"]])

    options.idColumn = "zip"
    let identified = try Scan(dataset: dataset, file: "t.csv", options: options)
    #expect(identified.dataset.columns.map(\.requestedName) == ["zip", "age", "tier"])
  }
}
