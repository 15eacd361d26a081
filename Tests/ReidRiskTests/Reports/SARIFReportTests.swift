import Foundation
import Testing

@testable import ReidRisk

/// The SARIF log as GitHub code scanning takes it: valid against the SARIF 2.1.0 schema, with
/// the fields GitHub documents as required or used, located from the repository root.
@Suite struct SARIFReportTests {
  /// zip: A×3, B×1, C×2 → k = 1, uniques 1/6 = 0.1667.
  static let csv = "zip\nA\nA\nA\nB\nC\nC\n"

  /// A policy in a subfolder (`data/.reidrisk.yml`) with two rules that both break `min_k` on
  /// one file, and a file that could not be read at line 3.
  static func batch() throws -> BatchReport {
    let policy = try Policy(
      yaml: """
        rules:
          - name: strict
            files: "*.csv"
            quasi_identifiers: [zip]
            bounds: {min_k: 2, max_uniques: 0.1}
          - name: stricter
            files: "*.csv"
            quasi_identifiers: [zip]
            bounds: {min_k: 3}
        """, file: "data/.reidrisk.yml")
    let dataset = try DatasetReader.read(csv, columns: ["zip"])
    let results = try policy.rules.map { try $0.check(dataset, file: "x.csv") }
    return BatchReport(
      policy: "data/.reidrisk.yml",
      files: [
        // the CLI gives the location relative to the repository root, not to data/
        FileResult(file: "x.csv", location: "data/exports/x.csv", results: results),
        FileResult(
          file: "bad.csv", location: "data/bad.csv",
          error: "bad.csv: record 2 (line 3): a quote is misplaced or never closed", errorLine: 3),
      ],
      toolVersion: "9.8.7")
  }

  static func log() throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(SARIFReport.render(try batch()).utf8))
        as? [String: Any])
  }

  static func results() throws -> [[String: Any]] {
    try #require((try log()["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
  }

  @Test func validatesAgainstTheSARIFSchema() throws {
    let violations = try SchemaValidation.violations(
      of: SARIFReport.render(try Self.batch()), schema: "Tests/Fixtures/sarif/sarif-2.1.0.json")
    #expect(violations == [])
    // the check can fail: a result without its message breaks the schema
    let broken = SARIFReport.render(try Self.batch()).replacingOccurrences(
      of: "\"message\" :", with: "\"massage\" :")
    #expect(
      try !SchemaValidation.violations(of: broken, schema: "Tests/Fixtures/sarif/sarif-2.1.0.json")
        .isEmpty)
  }

  @Test func driverHasWhatGitHubReads() throws {
    let run = try #require((try Self.log()["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "reidrisk")
    #expect(driver["version"] as? String == "9.8.7")
    #expect(driver["semanticVersion"] as? String == "9.8.7")
    #expect(driver["informationUri"] as? String == Project.homeURL)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == BoundKind.allCases.count + 1)
    for rule in rules {
      let id = try #require(rule["id"] as? String)
      #expect(
        ((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.hasSuffix(".") == true)
      #expect(((rule["fullDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
      let help = try #require(rule["help"] as? [String: Any])
      #expect((help["text"] as? String)?.contains("To fix: ") == true)
      #expect(
        (help["markdown"] as? String)?.contains("**How to fix a file that breaks it.**") == true)
      // every rule has a remedy of its own, not the generic fallback
      #expect(SARIFHelp.remedies[id] != nil)
      #expect(rule["helpUri"] as? String == Project.documentationURL + "sarif-rules.md#\(id)")
      let properties = try #require(rule["properties"] as? [String: Any])
      #expect((properties["tags"] as? [String])?.isEmpty == false)
      #expect(properties["precision"] as? String == "very-high")
    }
  }

  @Test func everyRuleHasAnAnchorInTheDocs() throws {
    let docs = try String(
      contentsOf: SchemaValidation.root.appendingPathComponent("docs/sarif-rules.md"),
      encoding: .utf8)
    for id in BoundKind.allCases.map(\.key) + [SARIFReport.readErrorRule] {
      #expect(docs.contains("<a id=\"\(id)\"></a>"), "docs/sarif-rules.md has no anchor \(id)")
    }
  }

  @Test func resultsAreLocatedFromTheRepositoryRoot() throws {
    let results = try Self.results()
    // strict breaks min_k and max_uniques, stricter breaks min_k; bad.csv is a read error
    #expect(
      results.compactMap { $0["ruleId"] as? String } == [
        "min_k", "max_uniques", "min_k", "read_error",
      ])
    let locations = try results.map { result in
      let location = try #require((result["locations"] as? [[String: Any]])?.first)
      let physical = try #require(location["physicalLocation"] as? [String: Any])
      let artifact = try #require(physical["artifactLocation"] as? [String: Any])
      #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
      let region = try #require(physical["region"] as? [String: Any])
      return "\(artifact["uri"] as? String ?? ""):\(region["startLine"] as? Int ?? 0)"
    }
    // the rules flag classes smaller than k = 5 (the default): every class here, so the
    // bounds point at record 1, which starts on line 2 (after the header)
    #expect(
      locations == [
        "data/exports/x.csv:2", "data/exports/x.csv:2", "data/exports/x.csv:2", "data/bad.csv:3",
      ])
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(index < BoundKind.allCases.count + 1)
    }
  }

  @Test func messagesStartWithATitleWithoutThePath() throws {
    for result in try Self.results() {
      let text = try #require((result["message"] as? [String: Any])?["text"] as? String)
      let title = try #require(text.split(separator: ".", maxSplits: 1).first)
      // capitalised, unless it starts with a symbol such as k
      #expect(title.first?.isUppercase == true || title.hasPrefix("k "))
      #expect(!title.contains("x.csv") && !title.contains("bad.csv"))
    }
    let first = try #require(
      (try Self.results().first?["message"] as? [String: Any])?["text"] as? String)
    #expect(
      first == "k (the smallest equivalence class) is below the policy's minimum."
        + " k must be at least 2, found 1 (rule \"strict\", data/.reidrisk.yml:2).")
  }

  @Test func twoRulesBreakingOneBoundHaveDistinctFingerprints() throws {
    let fingerprints = try Self.results().map {
      try #require(
        ($0["partialFingerprints"] as? [String: String])?[SARIFReport.fingerprintKey])
    }
    #expect(Set(fingerprints).count == 4)
    #expect(fingerprints.allSatisfy { $0.count == 16 })
    // stable: the same inputs give the same hash (FNV-1a of "a\0b": fixed across runs)
    #expect(SARIFReport.fingerprint(["a", "b"]) == SARIFReport.fingerprint(["a", "b"]))
    #expect(SARIFReport.fingerprint(["a", "b"]) != SARIFReport.fingerprint(["ab"]))
    // FNV-1a 64 of the empty string is its offset basis
    #expect(SARIFReport.fingerprint([]) == "cbf29ce484222325")
    // FNV-1a 64 of "a": (0xcbf29ce484222325 ^ 0x61) * 0x100000001b3 mod 2^64
    #expect(SARIFReport.fingerprint(["a"]) == "af63dc4c8601ec8c")
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
