import Foundation
import Testing

@testable import ReidRisk

/// The check outputs (text, SARIF, GitHub annotations) on a batch of four files: one passing,
/// one breaking two bounds, one unreadable, one that no rule matches.
@Suite struct CheckReportTests {
  /// zip: A×3, B×1, C×2 → k = 1, uniques 1/6.
  static let csv = "zip\nA\nA\nA\nB\nC\nC\n"

  static func batch() throws -> BatchReport {
    let policy = try Policy(
      yaml: """
        rules:
          - name: exports
            files: "*.csv"
            quasi_identifiers: [zip]
            bounds: {min_k: 2, max_uniques: 0.1}
          - name: lax
            files: "ok.csv"
            quasi_identifiers: [zip]
            bounds: {min_k: 1}
        """, file: ".reidrisk.yml")
    let dataset = try DatasetReader.read(csv, columns: ["zip"])
    return BatchReport(
      policy: ".reidrisk.yml",
      files: [
        FileResult(file: "ok.csv", results: [try policy.rules[1].check(dataset, file: "ok.csv")]),
        FileResult(
          file: "data/q 2,%.csv",
          results: [try policy.rules[0].check(dataset, file: "data/q 2,%.csv")]),
        FileResult(
          file: "bad.csv",
          error: "bad.csv: record 2 (line 3): a quote is misplaced or never closed",
          errorLine: 3),
        FileResult(file: "notes.csv"),
      ])
  }

  @Test func textHasOneLinePerFileAndATotal() throws {
    let text = CheckTextReport(useColor: false).render(try Self.batch())
    // uniques 1/6 = 0.1667 > 0.1; k = 1 < 2
    #expect(
      text == """
        pass   ok.csv          rule "lax": k 1, 16.7% unique, 100% at risk
        FAIL   data/q 2,%.csv  min_k: k must be at least 2, found 1 (rule "exports", .reidrisk.yml:2); \
        max_uniques: the share of sample uniques must be at most 0.1, found 0.1667 (rule "exports", .reidrisk.yml:2)
        error  bad.csv         bad.csv: record 2 (line 3): a quote is misplaced or never closed
        skip   notes.csv       no rule of .reidrisk.yml matches this file

        4 files checked against .reidrisk.yml: 1 passed, 1 failed, 1 error, 1 matched no rule

        """)
  }

  @Test func sarifHasTheRequiredFields() throws {
    let sarif = SARIFReport.render(try Self.batch())
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "reidrisk")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(ids == BoundKind.allCases.map(\.key) + ["read_error"])
    for rule in rules {
      #expect(((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
    }
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    // two broken bounds on one file, one unreadable file; nothing for the pass and the skip
    #expect(
      results.compactMap { $0["ruleId"] as? String } == ["min_k", "max_uniques", "read_error"])
    for result in results {
      #expect(result["level"] as? String == "error")
      let message = try #require(result["message"] as? [String: Any])
      #expect((message["text"] as? String)?.isEmpty == false)
      let locations = try #require(result["locations"] as? [[String: Any]])
      let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
      let artifact = try #require(physical["artifactLocation"] as? [String: Any])
      #expect(artifact["uri"] is String)
      #expect(ids.contains(result["ruleId"] as? String ?? ""))
    }
    // the path as a URI reference: space and % encoded, "," and "/" too where reserved
    let uris = results.compactMap {
      (((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
        "artifactLocation"]
        as? [String: Any])?["uri"] as? String)
    }
    #expect(uris == ["data/q%202%2C%25.csv", "data/q%202%2C%25.csv", "bad.csv"])
  }

  @Test func githubAnnotationsEscapeProperties() throws {
    let lines = GitHubAnnotations.render(try Self.batch()).split(separator: "\n").map(String.init)
    #expect(lines[0] == "pass ok.csv")
    #expect(
      lines[1]
        == "::error file=data/q 2%2C%25.csv,line=2,title=reidrisk min_k::k must be at least 2, found 1 (rule \"exports\", .reidrisk.yml:2)"
    )
    #expect(
      lines[2].hasPrefix("::error file=data/q 2%2C%25.csv,line=2,title=reidrisk max_uniques::"))
    #expect(
      lines[3]
        == "::error file=bad.csv,line=3,title=reidrisk read_error::bad.csv: record 2 (line 3): a quote is misplaced or never closed"
    )
    #expect(lines[4] == "skip notes.csv: no rule matches")
    #expect(GitHubAnnotations.data("50%\r\nnext") == "50%25%0D%0Anext")
    #expect(GitHubAnnotations.property("a:b,c") == "a%3Ab%2Cc")
  }

  @Test func jsonCarriesStatusesAndVerdict() throws {
    let json = JSONReport.render([try Self.batch()], asArray: false)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["schema_version"] as? Int == 1)
    #expect(object["verdict"] as? String == "error")
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.compactMap { $0["status"] as? String } == ["pass", "fail", "error", "unmatched"])
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(
      summary == [
        "files": 4, "passed": 1, "failed": 1, "errors": 1, "unmatched": 1, "not_assessed": 0,
      ])
  }
}
