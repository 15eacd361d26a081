import Foundation
import Testing

@testable import ReidRisk

/// MSUs through `Scan`: the report's `msu` and `attribute_risk`, the flags' fields and reasons,
/// the suggested settings without `--qi`, the size that more than 8 columns need, and the text
/// report's section.
@Suite struct UniquenessScanTests {
  /// The four records of `MinimalSampleUniquesTests.fourRecords`, then two identical ones with
  /// values of their own (a class of 2, so no MSU; they change no other record's MSUs).
  static let csv = "zip,gender,age\nA,F,30\nA,M,30\nB,M,40\nB,M,30\nE,X,70\nE,X,70\n"

  static func scan(_ settings: UniquenessSettings? = UniquenessSettings(), qi: [String]? = nil)
    throws -> Scan
  {
    let dataset = try DatasetReader.read(csv, columns: ["zip", "gender", "age"])
    var options = ScanOptions(quasiIdentifiers: qi ?? ["zip", "gender", "age"])
    options.uniqueness = settings
    return try Scan(dataset: dataset, file: "t.csv", options: options)
  }

  /// m = M = 3: weights 2 (size 1: Π_{i=1}^{1} (3 − i) = 2) and 1 (size 2). Scores: record 1
  /// {gender} 2, record 2 {zip, gender} 1, record 3 {age} 2, record 4 {zip, age} 1.
  /// DIS-SUDA with π = 0.01 (no --population), U1 = 4, U2 = 2, q = 1 + 5/20 = 1.25:
  /// d = 0.04 / (0.04 + 2·0.99) = 0.0198020; U1/d − U1 = 202 − 4 = 198;
  /// Σ score^−1.25 = 2·0.4204482 + 2·1 = 2.8408964; A = 198 / 2.8408964 = 69.696311;
  /// DIS(2) = 1 / (1 + 0.4204482·69.696311) = 0.0329993; DIS(1) = 1 / 70.696311 = 0.0141450.
  @Test func flagsCarryTheMSUs() throws {
    let scan = try Self.scan()
    let findings = scan.findings()
    #expect(findings.count == 6)
    #expect(findings[0].reason == "unique on gender")
    #expect(findings[1].reason == "unique on zip + gender")
    #expect(findings[4].reason == "one of 2 records sharing zip, gender, age (fewer than k = 5)")
    let first = try #require(findings[0].uniqueness)
    #expect(first.sudaScore == 2)
    #expect(abs(first.disScore - 0.032_999_3) < 1e-7)
    #expect(abs(try #require(findings[1].uniqueness).disScore - 0.014_145_0) < 1e-7)
    let csv = FlagsCSV.render(
      findings, idColumn: nil, quasiIdentifiers: scan.report.quasiIdentifiers, showValues: false)
    let rows = csv.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(
      rows[0].suffix(5) == [
        "msus", "smallest_msu", "suda_score", "dis_suda_score", "smallest_msu_columns",
      ])
    #expect(Array(rows[1].suffix(5))[0...2] == ["1", "1", "2"])
    // Full precision: the cell reads back as the same double.
    #expect(Double(String(rows[1][rows[1].count - 2])) == first.disScore)
    #expect(rows[2].last == "zip + gender")
    // Record 5 (a class of 2): no MSU: 0, then four empty cells.
    #expect(Array(rows[5].suffix(5)) == ["0", "", "", "", ""])
    // With values: the MSU's columns with their values.
    let shown = scan.findings(showValues: true)
    #expect(shown[1].smallestMSUColumns == "zip=A + gender=M")
    #expect(shown[1].reason == "unique on zip + gender")
  }

  /// The JSON keys of the issue, and attribute risk with the MSUs.
  @Test func jsonKeys() throws {
    let report = try Self.scan().report
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONReport.render([report], asArray: false).utf8))
        as? [String: Any])
    let msu = try #require(object["msu"] as? [String: Any])
    for key in [
      "max_size", "quasi_identifiers", "msus", "by_size", "columns", "records_with_msu",
    ] {
      #expect(msu[key] != nil, "msu.\(key)")
    }
    #expect(msu["msus"] as? Int == 4)
    #expect(msu["records_with_msu"] as? Int == 4)
    #expect(msu["leads"] == nil)
    let sizes = try #require(msu["by_size"] as? [[String: Any]])
    #expect(sizes.map { $0["msus"] as? Int } == [2, 2, 0])
    let columns = try #require(msu["columns"] as? [[String: Any]])
    #expect(columns.map { $0["column"] as? String } == ["zip", "gender", "age"])
    // zip: weights 1 + 1 = 2 of 6.
    #expect(columns[0]["contribution"] as? Double == 2.0 / 6)
    let risks = try #require(object["attribute_risk"] as? [[String: Any]])
    // 3 columns: 7 sets. zip = A, A, B, B, E, E: u = 3 of 6 = 0.5; agreeing ordered pairs
    // 3·(2·1) = 6 of 30: separation 0.8.
    #expect(risks.count == 7)
    #expect(risks[0]["columns"] as? [String] == ["zip"])
    #expect(risks[0]["distinction"] as? Double == 0.5)
    #expect(abs((risks[0]["separation"] as? Double ?? 0) - 0.8) < 1e-15)
  }

  /// Off by default with `--qi`; attribute risk alone with `--attribute-risk`.
  @Test func offUnlessAsked() throws {
    let plain = try Self.scan(nil).report
    #expect(plain.msu == nil && plain.attributeRisk == nil)
    #expect(!JSONReport.render([plain], asArray: false).contains("\"msu\""))
    let risk = try Self.scan(UniquenessSettings(msu: false, attributeRisk: true)).report
    #expect(risk.msu == nil)
    #expect(risk.attributeRisk?.count == 7)
  }

  /// Without `--qi`: MSUs up to size 3, and the section leads the text report.
  @Test func suggestedLeads() throws {
    let dataset = try DatasetReader.read(
      "zip,gender,age\n" + String(Self.csv.split(separator: "\n", maxSplits: 1)[1]),
      columns: ["zip", "gender", "age"])
    let scan = try Scan(dataset: dataset, file: "t.csv", options: ScanOptions(quasiIdentifiers: []))
    let msu = try #require(scan.report.msu)
    #expect(msu.leads)
    #expect(msu.maxSize == min(3, scan.report.quasiIdentifiers.count))
    // The heading line, a blank line, then the section (split drops the blank line).
    let text = TextReport(useColor: false).render(scan.report).split(separator: "\n")
    #expect(text[1].hasPrefix("which columns single people out"))
  }

  /// More than 8 quasi-identifiers need an explicit size.
  @Test func nineColumnsNeedASize() throws {
    let header = (0..<9).map { "c\($0)" }
    let rows = (0..<4).map { row in (0..<9).map { "\(($0 + row) % 2)" }.joined(separator: ",") }
    let dataset = try DatasetReader.read(
      ([header.joined(separator: ",")] + rows).joined(separator: "\n") + "\n", columns: header)
    var options = ScanOptions(quasiIdentifiers: header)
    options.uniqueness = UniquenessSettings()
    #expect(throws: ScanError.self) { try Scan(dataset: dataset, file: "t.csv", options: options) }
    options.uniqueness = UniquenessSettings(maxSize: 2)
    let report = try Scan(dataset: dataset, file: "t.csv", options: options).report
    #expect(report.msu?.maxSize == 2)
    // 9 columns ≤ 10: every subset, 2⁹ − 1 = 511.
    #expect(report.attributeRisk?.count == 511)
  }

  /// The text and Markdown sections name columns and counts only, and the HTML section has
  /// the contributions chart.
  @Test func renderers() throws {
    let report = try Self.scan().report
    let text = TextReport(useColor: false).render(report)
    #expect(text.contains("which columns single people out"))
    #expect(text.contains("gender: 1 record"))
    #expect(text.contains("try first: coarsen"))
    #expect(!text.contains("=A"))
    let markdown = MarkdownReport.render(report)
    #expect(markdown.contains("### Which columns single people out"))
    #expect(markdown.contains("### Attribute risk"))
    let html = HTMLReport().uniquenessSection(report)
    #expect(html.contains("<svg class=\"chart\""))
    #expect(html.contains("Contribution of each column to the MSUs"))
  }

  /// Attribute risk from the lattice's own walk equals the separate walk's (the recursion
  /// path), and both methods give the same MSU summary.
  @Test func methodsGiveTheSameReport() throws {
    let lattice = try Self.scan(UniquenessSettings(method: .lattice)).report
    let recursion = try Self.scan(UniquenessSettings(method: .recursion)).report
    #expect(lattice.attributeRisk == recursion.attributeRisk)
    #expect(lattice.msu == recursion.msu)
  }

  /// Scores as the shortest text that reads back as the same double.
  @Test func shortestText() {
    #expect(FlagsCSV.shortest(36) == "36")
    #expect(FlagsCSV.shortest(0.1) == "0.1")
    #expect(FlagsCSV.shortest(0.000_01) == "1e-05")
    #expect(Double(FlagsCSV.shortest(0.3374994719041694)) == 0.3374994719041694)
    #expect(FlagsCSV.shortest(1.5e20) == "1.5e+20")
  }

  /// A share just short of 1 is not printed as 1 (which means every record alone).
  @Test func shareText() {
    #expect(ScanReport.share(0.999_97) == ">0.9999")
    #expect(ScanReport.share(1) == "1")
    #expect(ScanReport.share(0.123_44) == "0.1234")
    #expect(ScanReport.share(nil) == "n/a")
  }
}
