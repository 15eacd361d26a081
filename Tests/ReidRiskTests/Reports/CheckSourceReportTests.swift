import Foundation
import Testing

@testable import ReidRisk

/// The check outputs of a batch holding tables of engines (policy rules with `source:`): named
/// by the table, located at the policy's rule, counted apart in the total, with `source` and
/// `table` or `query` in JSON. No engine here: the reports are made from a dataset, then given
/// what an engine's report has (no first flagged line).
@Suite struct CheckSourceReportTests {
  /// zip: A×3, B×1, C×2 → k = 1, uniques 1/6 = 0.1667.
  static let csv = "zip\nA\nA\nA\nB\nC\nC\n"

  static let policy = """
    rules:
      - files: "*.csv"
        quasi_identifiers: [zip]
      - name: members
        source: duckdb:crm.duckdb
        table: members
        quasi_identifiers: [zip]
        bounds: {min_k: 2}
      - name: active
        source: postgres://ci@db/app
        query: SELECT zip FROM members WHERE active
        quasi_identifiers: [zip]
        bounds: {min_k: 1}
    """

  /// A file that is not assessed, the table `members` failing min_k (k 1 < 2), the query of
  /// `active` passing (k 1 ≥ 1), and a table whose engine failed.
  static func batch() throws -> BatchReport {
    let policy = try Policy(yaml: Self.policy, file: ".reidrisk.yml")
    let dataset = try DatasetReader.read(csv, columns: ["zip"])
    var files = [
      FileResult(file: "a.csv", results: [try policy.rules[0].check(dataset, file: "a.csv")])
    ]
    for rule in policy.rules.dropFirst() {
      let target = try #require(
        rule.settings.source.flatMap { source in
          rule.settings.relation.map { SourceTarget(source: source, relation: $0, line: rule.line) }
        })
      let name = target.name(rule: rule.name)
      var report = try rule.check(dataset, file: name).report
      report.flagged.firstLine = nil  // an engine returns no record numbers
      var file = FileResult(
        file: name, location: ".reidrisk.yml", results: [rule.result(of: report)])
      file.source = target
      files.append(file)
    }
    var failed = FileResult(
      file: "duckdb:crm.duckdb members", location: ".reidrisk.yml",
      error: "DuckDB refused the query: Catalog Error; check that table names a table"
        + " (rule \"members\", .reidrisk.yml:4)", errorLine: 4)
    failed.source = files[1].source
    files.append(failed)
    return BatchReport(policy: ".reidrisk.yml", files: files)
  }

  @Test func textNamesTheTablesAndCountsThemApart() throws {
    let text = CheckTextReport(useColor: false).render(try Self.batch())
    let query = "postgres://ci@db/app (query of rule \"active\")"
    let pad = { (name: String) in name + String(repeating: " ", count: query.count - name.count) }
    #expect(
      text == """
        n/a    \(pad("a.csv"))  no bound set, not assessed: rule "rule 1": k 1, 16.7% unique, 100% at risk
        FAIL   \(pad("duckdb:crm.duckdb members"))  min_k: k must be at least 2, found 1 (rule "members", .reidrisk.yml:4)
        pass   \(query)  rule "active": k 1, 16.7% unique, 100% at risk
        error  \(pad("duckdb:crm.duckdb members"))  DuckDB refused the query: Catalog Error; check that table names a table (rule "members", .reidrisk.yml:4)

        1 file and 3 tables checked against .reidrisk.yml: 1 passed, 1 failed, 1 error, 1 not assessed

        """)
    // a batch of files alone says files only
    var files = try Self.batch()
    files.files = [files.files[0]]
    #expect(CheckTextReport.total(files).hasPrefix("1 file checked against .reidrisk.yml"))
    files.files = try Array(Self.batch().files.dropFirst())
    #expect(CheckTextReport.total(files).hasPrefix("3 tables checked against .reidrisk.yml"))
  }

  @Test func annotationsStandOnThePolicysRule() throws {
    let lines = GitHubAnnotations.render(try Self.batch()).split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "::notice file=a.csv,title=reidrisk not assessed::no rule that applies to this file sets"
          + " a bound, so nothing was checked",
        "::error file=.reidrisk.yml,line=4,title=reidrisk min_k::duckdb:crm.duckdb members: k must"
          + " be at least 2, found 1 (rule \"members\", .reidrisk.yml:4)",
        "pass postgres%3A//ci@db/app (query of rule \"active\")",
        "::error file=.reidrisk.yml,line=4,title=reidrisk read_error::duckdb:crm.duckdb members:"
          + " DuckDB refused the query: Catalog Error; check that table names a table"
          + " (rule \"members\", .reidrisk.yml:4)",
        "1 file and 3 tables checked against .reidrisk.yml: 1 passed, 1 failed, 1 error,"
          + " 1 not assessed",
      ])
  }

  @Test func sarifResultsStandOnThePolicysRuleWithTheirOwnFingerprints() throws {
    let sarif = SARIFReport.render(try Self.batch())
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["min_k", "read_error"])
    for result in results {
      let location = try #require((result["locations"] as? [[String: Any]])?.first)
      let physical = try #require(location["physicalLocation"] as? [String: Any])
      #expect(
        (physical["artifactLocation"] as? [String: Any])?["uri"] as? String == ".reidrisk.yml")
      #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 4)
    }
    let messages = results.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
    #expect(
      messages == [
        "k (the smallest equivalence class) is below the policy's minimum. duckdb:crm.duckdb"
          + " members: k must be at least 2, found 1 (rule \"members\", .reidrisk.yml:4).",
        "The table could not be measured. duckdb:crm.duckdb members: DuckDB refused the query:"
          + " Catalog Error; check that table names a table (rule \"members\", .reidrisk.yml:4)",
      ])
    // the table's name is in the fingerprint: another table breaking the same bound of a rule
    // of the same name in the same policy is another alert
    var other = try Self.batch()
    other.files[1].file = "duckdb:crm.duckdb former_members"
    let first = try #require(results.first?["partialFingerprints"] as? [String: String])
    let otherLog = try #require(
      try JSONSerialization.jsonObject(with: Data(SARIFReport.render(other).utf8))
        as? [String: Any])
    let otherFirst = try #require(
      ((otherLog["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first?[
        "partialFingerprints"] as? [String: String])
    #expect(first != otherFirst)
  }

  @Test func jsonGivesTheSourceAndItsTableOrQuery() throws {
    let text = JSONRenderer<BatchReport>().render(try Self.batch())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files[0]["source"] == nil && files[0]["table"] == nil)
    #expect(files[1]["source"] as? String == "duckdb:crm.duckdb")
    #expect(files[1]["table"] as? String == "members" && files[1]["query"] == nil)
    #expect(files[2]["source"] as? String == "postgres://ci@db/app")
    #expect(files[2]["query"] as? String == "SELECT zip FROM members WHERE active")
    #expect(files[3]["error_line"] as? Int == 4)
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(summary["files"] as? Int == 4 && summary["tables"] as? Int == 3)
    // no table, no "tables" key: reports of files stay as they were
    var filesOnly = try Self.batch()
    filesOnly.files = [filesOnly.files[0]]
    #expect(!JSONRenderer<BatchReport>().render(filesOnly).contains("\"tables\""))
  }
}
