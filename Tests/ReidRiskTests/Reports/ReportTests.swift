import Foundation
import Testing

@testable import ReidRisk

@Suite struct ReportTests {
  /// zip, gender: (A,F)×3, (B,M)×1, (C,F)×1, (D,M)×2 → sizes 3, 1, 1, 2; n = 7, u = 4.
  static let csv = "id,zip,gender\n1,A,F\n2,A,F\n3,A,F\n4,B,M\n5,C,F\n6,D,M\n7,D,M\n"

  static func scan(
    _ options: ScanOptions = ScanOptions(quasiIdentifiers: ["zip", "gender"], idColumn: "id")
  ) throws -> Scan {
    let data = try DatasetReader.read(csv, columns: options.requestedColumns)
    return try Scan(dataset: data, file: "t.csv", options: options)
  }

  @Test func figuresOfTheWorkedFile() throws {
    let report = try Self.scan().report
    #expect(report.records == 7)
    #expect(report.equivalenceClasses == 4)
    #expect(report.k == 1)
    #expect(report.sampleUniques == RecordShare(records: 2, of: 7))
    // below 2: 2 uniques; below 3: + class of 2 → 4; below 5 and up: all 7
    #expect(report.recordsInSmallClasses.map(\.records) == [2, 4, 7, 7, 7, 7])
    // average per record u/n = 4/7; at risk (1/f > 0.2): every class (f ≤ 3) → 7
    #expect(report.prosecutor.averageRiskPerRecord == 4.0 / 7)
    #expect(report.prosecutor.recordsAtRisk == 7)
    #expect(report.prosecutor.lowestRisk == 1.0 / 3)
    #expect(report.flagged.records == 7)
  }

  @Test func jsonHasTheContractKeys() throws {
    let json = JSONReport.render([try Self.scan().report], asArray: false)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    for key in [
      "schema_version", "file", "records", "records_excluded", "quasi_identifiers",
      "equivalence_classes", "k", "class_size_histogram", "sample_uniques",
      "records_in_small_classes", "prosecutor", "verdict",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let histogram = try #require(object["class_size_histogram"] as? [[String: Int]])
    #expect(
      histogram == [
        ["size": 1, "classes": 2, "records": 2], ["size": 2, "classes": 1, "records": 2],
        ["size": 3, "classes": 1, "records": 3],
      ])
    let prosecutor = try #require(object["prosecutor"] as? [String: Any])
    #expect(
      Set(prosecutor.keys) == [
        "highest_risk", "lowest_risk", "average_risk_per_record", "threshold", "records_at_risk",
        "records_at_risk_fraction",
      ])
    let several = JSONReport.render(
      [try Self.scan().report, try Self.scan().report], asArray: true)
    #expect((try JSONSerialization.jsonObject(with: Data(several.utf8)) as? [Any])?.count == 2)
  }

  @Test func boundsDecideTheVerdict() throws {
    var options = ScanOptions(quasiIdentifiers: ["zip", "gender"])
    options.bounds = Bounds([.minK: 2, .maxRisk: 1, .maxRecordsAtRisk: 0.5, .maxUniques: 0.3])
    let report = try Self.scan(options).report
    // k = 1 < 2 fails; highest risk 1 ≤ 1 holds; at risk 7/7 > 0.5 fails; uniques 2/7 = 0.286 ≤ 0.3 holds
    #expect(report.bounds.map(\.id) == ["k", "highest_risk", "records_at_risk", "sample_uniques"])
    #expect(report.bounds.map(\.holds) == [false, true, false, true])
    #expect(!report.isWithinBounds)
  }

  @Test func flagsCarryReasonsAndNoValuesByDefault() throws {
    let options = ScanOptions(quasiIdentifiers: ["zip", "gender"], idColumn: "id", k: 3)
    let data = try DatasetReader.read(Self.csv, columns: options.requestedColumns)
    let flags = try Scan(dataset: data, file: "t.csv", options: options).findings()
    // classes smaller than 3: B (record 4), C (5), D (6, 7)
    #expect(flags.map(\.record) == [4, 5, 6, 7])
    #expect(flags.map(\.line) == [5, 6, 7, 8])
    #expect(flags[0].reason == "unique on zip, gender")
    #expect(flags[2].reason == "one of 2 records sharing zip, gender (fewer than k = 3)")
    #expect(flags.allSatisfy { $0.values == nil })
    let csv = FlagsCSV.render(
      flags, idColumn: "id", quasiIdentifiers: ["zip", "gender"], showValues: false)
    #expect(csv.split(separator: "\n").first == "record,line,class_size,risk,reason,id")
    #expect(
      csv.split(separator: "\n")[3]
        == "6,7,2,0.5,\"one of 2 records sharing zip, gender (fewer than k = 3)\",6")
    #expect(!csv.contains("B,"))
    let shown = try Scan(dataset: data, file: "t.csv", options: options).findings(showValues: true)
    #expect(shown[0].values == ["B", "M"])
  }

  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2", "'-2"), ("@x", "'@x"), ("plain", "plain"),
    ("a,b", "\"a,b\""), ("=a,\"b\"", "\"'=a,\"\"b\"\"\""),
  ])
  func flagCellsAreNeutralised(value: String, expected: String) {
    #expect(FlagsCSV.cell(value) == expected)
  }

  @Test func formatting() {
    #expect(Formatting.count(1_234_567) == "1,234,567")
    #expect(Formatting.count(999) == "999")
    #expect(Formatting.percent(0.3722) == "37.2%")
    #expect(Formatting.percent(0.00001) == "<0.1%")
    #expect(Formatting.ratio(1.0 / 3) == "0.3333")
    #expect(Formatting.ratio(1) == "1")
    #expect(Formatting.terminalSafe("a\u{1B}[31mb\n") == "a\\u{1b}[31mb\\u{a}")
  }

  @Test func textReportExplainsEachFigureAndHasNoColourWhenOff() throws {
    let text = TextReport(useColor: false).render(try Self.scan().report)
    #expect(text.contains("sample uniques"))
    #expect(text.contains("records alone in their class"))
    #expect(!text.contains("\u{1B}"))
    #expect(TextReport(useColor: true).render(try Self.scan().report).contains("\u{1B}[1m"))
  }

  @Test func markdownEscapesInput() {
    #expect(MarkdownReport.escape("a|b<script>") == "a\\|b\\<script\\>")
  }

  @Test func aBoundWithoutAFigureIsNullInJSONWithItsReason() throws {
    var report = try Self.scan().report
    report.bounds = [
      BoundCheck(
        id: "population_uniques", option: "--max-population-uniques", limit: 0.1, value: .nan,
        holds: false,
        rule: "the estimated share of the population that is unique must be at most 0.1")
    ]
    let json = JSONReport.render([report], asArray: false)
    #expect(!json.contains("NaN"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let bound = try #require((object["bounds"] as? [[String: Any]])?.first)
    #expect(bound["value"] is NSNull)
    #expect(bound["value_reason"] as? String == "no population model gave an estimate")
    #expect(bound["key"] as? String == "max_population_uniques")
    #expect(bound["limit"] as? Double == 0.1)
  }

  @Test func populationCaveatInEveryFormat() throws {
    let report = try Self.scan().report
    let caveat = try #require(report.populationCaveat)
    #expect(caveat.hasPrefix("the journalist and marketer figures equal the prosecutor's"))
    #expect(TextReport(useColor: false).render(report).contains("= prosecutor"))
    #expect(MarkdownReport.render(report).contains("prosecutor's until --superset or"))
    let batch = BatchReport(
      policy: nil, files: [FileResult(file: "t.csv", results: [.init(rule: nil, report: report)])])
    #expect(HTMLReport().render(batch).contains("equal the prosecutor&#39;s until --superset"))
    #expect(
      JSONReport.render([report], asArray: false).contains(
        "\"population_caveat\" : \"the journalist"))
    // with population class sizes there is no caveat, and JSON says null
    var given = report
    given.hasPopulationClassSizes = true
    #expect(given.populationCaveat == nil)
    #expect(JSONReport.render([given], asArray: false).contains("\"population_caveat\" : null"))
    #expect(TextReport(useColor: false).render(given).contains("journalist highest risk"))
  }

  @Test func classSizeRowsGroupLargeSizesAndSplitAtK() throws {
    var report = try Self.scan().report
    report.classSizeHistogram = [
      .init(size: 1, classes: 2), .init(size: 12, classes: 1), .init(size: 15, classes: 2),
    ]
    report.flagged.k = 13
    let rows = report.classSizeRows
    // 12 and 15 share the 11–20 row: 3 classes, 12 + 30 = 42 records, of which the class of
    // 12 (12 records) is smaller than k = 13
    #expect(rows.map(\.label) == ["1", "11–20"])
    #expect(rows[1].classes == 3 && rows[1].records == 42 && rows[1].recordsBelowK == 12)
    #expect(rows[0].isBelowK && !rows[1].isBelowK)
    // 2 (size 1) + 12 (size 12) records below k = 13
    #expect(report.recordsBelowK == 14)
  }
}
