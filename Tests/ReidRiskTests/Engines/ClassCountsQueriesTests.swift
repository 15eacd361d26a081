import Foundation
import Testing

@testable import ReidRisk

@Suite struct ClassCountsQueriesTests {
  static let folder = SchemaValidation.root.appendingPathComponent("Tests/Fixtures/sql")

  static func queries(_ dialect: SQLDialect, source: SQLSource = .table(["members"]))
    throws -> ClassCountsQueries
  {
    try ClassCountsQueries(
      dialect: dialect, source: source,
      quasiIdentifiers: QuasiIdentifierSpec.parse(
        "zip:prefix:3,birth_date:year,age:band:10,gender"),
      missingTokens: ["N/A"], sensitiveAttributes: ["membership_tier"], idColumn: "member_id")
  }

  /// The SQL of each dialect, pinned: `Tests/Fixtures/sql/DIALECT.sql` is what
  /// `reidrisk scan --emit-sql DIALECT --table members --qi
  /// zip:prefix:3,birth_date:year,age:band:10,gender --na N/A --sensitive membership_tier
  /// --id member_id` prints, comments left out (docs/warehouse.md shows the same).
  @Test(arguments: SQLDialect.allCases)
  func goldenSQL(dialect: SQLDialect) throws {
    let expected = try String(
      contentsOf: Self.folder.appendingPathComponent("\(dialect.rawValue).sql"), encoding: .utf8)
    let written = try Self.queries(dialect).all(k: 5).map { try $0.inlined() + ";\n" }
      .joined(separator: "\n")
    #expect(written == expected)
  }

  /// The `--na` token and the sensitive column's name are parameters, never in the text; each
  /// placeholder occurs once, in the order of `parameters`.
  @Test func userTextIsBound() throws {
    let query = try Self.queries(.postgres).classAndSensitiveCounts()
    #expect(!query.text.contains("N/A") && !query.text.contains("'membership_tier'"))
    // one token guard per generalized QI (3) + one missing test per QI (4) + one in the
    // numeric check of the sensitive column, and the column's name: 9 parameters
    #expect(query.parameters == Array(repeating: "N/A", count: 8) + ["membership_tier"])
    for index in query.parameters.indices {
      #expect(query.text.components(separatedBy: "$\(index + 1)").count - 1 == 1 || index >= 9)
    }
    #expect(!query.text.contains("$10"))
    #expect(query.columns == ["key", "missing", "count", "sensitive", "value", "rank"])
  }

  /// Hostile column names stay quoted identifiers; the query text has no statement break.
  @Test(arguments: SQLDialect.allCases)
  func hostileColumnNames(dialect: SQLDialect) throws {
    let names = ["z\"ip; DROP TABLE m; --", "g`en\nder", "a'b;--", "/*x*/"]
    let queries = try ClassCountsQueries(
      dialect: dialect, source: .table(["m\"; DROP TABLE m; --"]),
      quasiIdentifiers: names.map { QuasiIdentifierSpec(name: $0) }, missingTokens: ["'; --"])
    let query = queries.classCounts()
    var rest = query.text
    for name in names + ["m\"; DROP TABLE m; --"] {
      rest = rest.replacingOccurrences(of: try dialect.identifier(name), with: "NAME")
    }
    #expect(!rest.contains(";") && !rest.contains("DROP"), "\(rest)")
    #expect(query.parameters == ["'; --", "'; --", "'; --", "'; --"])
  }

  @Test func refusals() throws {
    #expect(throws: SQLError.levelNeedsType(column: "zip", level: .width(3))) {
      try ClassCountsQueries(
        dialect: .duckdb, source: .table(["m"]),
        quasiIdentifiers: [QuasiIdentifierSpec(name: "zip", generalization: .width(3))])
    }
    #expect(throws: SQLError.noQuasiIdentifiers) {
      try ClassCountsQueries(dialect: .duckdb, source: .table(["m"]), quasiIdentifiers: [])
    }
    #expect(throws: SQLError.tooManyQuasiIdentifiers(64)) {
      try ClassCountsQueries(
        dialect: .duckdb, source: .table(["m"]),
        quasiIdentifiers: (0..<64).map { QuasiIdentifierSpec(name: "c\($0)") })
    }
    #expect(throws: SQLError.nulInText) {
      try ClassCountsQueries(
        dialect: .duckdb, source: .table(["m"]),
        quasiIdentifiers: [QuasiIdentifierSpec(name: "zip")], missingTokens: ["\0"])
    }
  }

  /// The missing mask gives QI i the bit 2^i: the 63rd QI's term is 2^62.
  @Test func maskBits() throws {
    let queries = try ClassCountsQueries(
      dialect: .duckdb, source: .table(["m"]),
      quasiIdentifiers: (0..<63).map { QuasiIdentifierSpec(name: "c\($0)") })
    let text = queries.classCounts().text
    #expect(text.contains("THEN 1 ELSE 0 END") && text.contains("THEN 2 ELSE 0 END"))
    #expect(text.contains("THEN 4611686018427387904 ELSE 0 END"))  // 2^62
  }

  /// The flags query: without keys, the records of classes under k (the golden SQL's); with the
  /// keys of classes of k or more that fail l or t, those too, in one pass over the records;
  /// past `largestKeyList` keys, every record (reidrisk keeps the flagged).
  @Test func flagsQueryAddsTheKeysOfClassesShortOfLOrT() throws {
    let queries = try Self.queries(.duckdb)
    let underK = try #require(queries.flags(below: 5))
    #expect(queries.flags(below: 5, alsoKeys: []) == underK)
    #expect(
      underK.text.hasSuffix(
        "FROM records JOIN small ON records.\"key\" = small.\"key\""
          + " AND records.\"missing\" = small.\"missing\""))
    let keys = [String(repeating: "ab", count: 64), String(repeating: "0f", count: 64)]
    let withKeys = try #require(queries.flags(below: 5, alsoKeys: keys))
    #expect(withKeys.text.contains("HAVING COUNT(*) < 5"))
    #expect(withKeys.text.contains("FROM records LEFT JOIN small ON "))
    #expect(
      withKeys.text.hasSuffix(
        "WHERE small.\"key\" IS NOT NULL OR records.\"key\" IN ('\(keys[0])', '\(keys[1])')"))
    #expect(withKeys.parameters == underK.parameters)  // the keys are text, no parameters
    #expect(withKeys.columns == ["id", "key", "missing"])
    let many = (0...ClassCountsQueries.largestKeyList).map { _ in keys[0] }
    let every = try #require(queries.flags(below: 5, alsoKeys: many))
    #expect(
      every.text.hasSuffix(
        "\nSELECT records.\"id\", records.\"key\", records.\"missing\"\nFROM records"))
    #expect(!every.text.contains("small"))
    #expect(
      queries.flags(below: 5, alsoKeys: Array(many.dropLast()))?.text.contains("small") == true)
  }
}
