import Foundation
import Testing

@testable import ReidRiskCLI

/// `check` over a policy whose rules name a table of an engine (`source:`), on the DuckDB
/// shell: the CI job (`check` without files) measures each table as `scan --source` does and
/// assesses its bounds as a file's; a pre-commit hook's `check FILE` queries no engine.
@Suite(
  .enabled(
    if: EnginePrograms.duckdb != nil,
    "no duckdb on PATH: python3 -m pip install -r Tests/requirements.txt (duckdb-cli)"))
struct CheckSourceEndToEndTests {
  /// Six members. By gender: F = m1, m2, m3, m6 (4), M = m4, m5 (2) → k = 2, no unique.
  /// By zip and gender: (02139,F) 3, (10001,M) 2, (94110,F) 1 → k = 1, uniques 1/6 = 0.1667.
  /// Every record is at risk under the default threshold 0.2: 1/4 = 0.25, 1/2, 1/3, 1/1.
  static let members = """
    member_id,zip,gender
    m1,02139,F
    m2,02139,F
    m3,02139,F
    m4,10001,M
    m5,10001,M
    m6,94110,F

    """

  /// The rules start on lines 3, 7 and 12.
  static let policy = """
    # the members table is gated in CI, beside the exports
    rules:
      - name: exports
        files: "exports/*.csv"
        quasi_identifiers: [gender]
        bounds: {min_k: 2}
      - name: by gender
        source: duckdb:members.duckdb
        table: members
        quasi_identifiers: [gender]
        bounds: {min_k: 2}
      - name: by zip
        source: "duckdb:"
        table: "read_csv('members.csv')"
        quasi_identifiers: [zip, gender]
        bounds: {min_k: 2, max_uniques: 0.1}

    """

  static let byZip = "duckdb: read_csv('members.csv')"

  /// A folder with the policy, the members as CSV and as a DuckDB database file, and one
  /// export (F, F, M, M: k = 2).
  static func repository(policy: String = policy) throws -> URL {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        ".reidrisk.yml": policy, "members.csv": members,
        "exports/q1.csv": "zip,gender\n1,F\n1,F\n2,M\n2,M\n",
      ], in: folder)
    let load = try BinaryRun.run(
      EnginePrograms.duckdb!,
      [
        "-init", "/dev/null", "members.duckdb", "-c",
        "CREATE TABLE members AS SELECT * FROM read_csv('members.csv', all_varchar = true)",
      ],
      in: folder)
    #expect(load.status == 0, "\(load.standardError)")
    return folder
  }

  static func json(_ run: BinaryRun) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
  }

  @Test func theCIJobMeasuresEveryTableBesideTheFiles() throws {
    let folder = try Self.repository()
    let run = try BinaryRun.reidrisk(["check"], in: folder)
    #expect(run.status == 1, "\(run.standardError)")
    #expect(run.standardError.isEmpty, "\(run.standardError)")
    let pad = { (name: String) in
      name + String(repeating: " ", count: Self.byZip.count - name.count)
    }
    #expect(
      run.standardOutput == """
        pass   \(pad("exports/q1.csv"))  rule "exports": k 2, 0% unique, 100% at risk
        pass   \(pad("duckdb:members.duckdb members"))  rule "by gender": k 2, 0% unique, 100% at risk
        FAIL   \(Self.byZip)  min_k: k must be at least 2, found 1 (rule "by zip", .reidrisk.yml:12); \
        max_uniques: the share of sample uniques must be at most 0.1, found 0.1667 (rule "by zip", .reidrisk.yml:12)

        1 file and 2 tables checked against .reidrisk.yml: 2 passed, 1 failed

        """)
  }

  /// The table's figures are those of `scan --source` with the rule's settings, and of `scan`
  /// of the CSV file; only the bounds' names differ (the policy's keys, not the flags).
  @Test func sameFiguresAsScanSource() throws {
    let folder = try Self.repository()
    let check = try Self.json(try BinaryRun.reidrisk(["check", "--format", "json"], in: folder))
    let files = try #require(check["files"] as? [[String: Any]])
    #expect(files.count == 3)
    let table = files[2]
    #expect(table["file"] as? String == Self.byZip)
    #expect(table["source"] as? String == "duckdb:")
    #expect(table["table"] as? String == "read_csv('members.csv')")
    #expect(table["query"] == nil)
    #expect(table["location"] as? String == ".reidrisk.yml")
    #expect(table["status"] as? String == "fail")
    let result = try #require((table["results"] as? [[String: Any]])?.first)
    let rule = try #require(result["rule"] as? [String: Any])
    #expect(rule["name"] as? String == "by zip" && rule["line"] as? Int == 12)
    var report = try #require(result["report"] as? [String: Any])
    #expect(report["k"] as? Int == 1)
    let bounds = try #require(report["bounds"] as? [[String: Any]])
    #expect(bounds.map { $0["option"] as? String } == ["min_k", "max_uniques"])
    #expect(bounds.map { $0["holds"] as? Bool } == [false, false])
    let summary = try #require(check["summary"] as? [String: Any])
    #expect(summary["files"] as? Int == 3 && summary["tables"] as? Int == 2)
    #expect(summary["passed"] as? Int == 2 && summary["failed"] as? Int == 1)
    var scan = try Self.json(
      try BinaryRun.reidrisk(
        [
          "scan", "--source", "duckdb:", "--table", "read_csv('members.csv')",
          "--qi", "zip,gender", "--fail-under-k", "2", "--max-uniques", "0.1", "--format", "json",
        ], in: folder))
    // the same bounds, named by their flags in scan and by the policy's keys in check
    let scanBounds = try #require(scan["bounds"] as? [[String: Any]])
    #expect(scanBounds.map { $0["option"] as? String } == ["--fail-under-k", "--max-uniques"])
    for (mine, theirs) in zip(bounds, scanBounds) {
      #expect(mine["value"] as? Double == theirs["value"] as? Double)
      #expect(mine["holds"] as? Bool == theirs["holds"] as? Bool)
    }
    scan["bounds"] = nil
    report["bounds"] = nil
    #expect(report.keys.count > 10)
    ClassCountsEndToEndTests.expectSameReport(scan, report)
    #expect(scan["file"] as? String == Self.byZip)
    #expect(
      try JSONSchemaEndToEndTests.violations(
        try BinaryRun.reidrisk(["check", "--format", "json"], in: folder).standardOutput,
        schema: "check") == [])
  }

  @Test func sarifAndGitHubPointAtTheRuleInThePolicy() throws {
    let folder = try Self.repository()
    let sarif = try BinaryRun.reidrisk(["check", "--format", "sarif"], in: folder)
    #expect(sarif.status == 1)
    let log = try Self.json(sarif)
    let runs = try #require(log["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["min_k", "max_uniques"])
    let expected = [
      "k (the smallest equivalence class) is below the policy's minimum. \(Self.byZip): k must be at least 2, found 1",
      "The share of sample uniques is above the policy's maximum. \(Self.byZip): The share of"
        + " sample uniques must be at most 0.1, found 0.1667",
    ]
    for (result, start) in zip(results, expected) {
      let location = try #require((result["locations"] as? [[String: Any]])?.first)
      let physical = try #require(location["physicalLocation"] as? [String: Any])
      #expect(
        (physical["artifactLocation"] as? [String: Any])?["uri"] as? String == ".reidrisk.yml")
      #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 12)
      let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
      #expect(message == start + " (rule \"by zip\", .reidrisk.yml:12).")
    }
    let fingerprints = results.compactMap {
      ($0["partialFingerprints"] as? [String: String])?["reidriskResult/v1"]
    }
    #expect(Set(fingerprints).count == 2)
    let github = try BinaryRun.reidrisk(["check", "--format", "github"], in: folder)
    #expect(github.status == 1)
    #expect(
      github.standardOutput == """
        pass exports/q1.csv
        pass duckdb%3Amembers.duckdb members
        ::error file=.reidrisk.yml,line=12,title=reidrisk min_k::\(Self.byZip): k must be at least 2, found 1 (rule "by zip", .reidrisk.yml:12)
        ::error file=.reidrisk.yml,line=12,title=reidrisk max_uniques::\(Self.byZip): the share of sample uniques must be at most 0.1, found 0.1667 (rule "by zip", .reidrisk.yml:12)
        1 file and 2 tables checked against .reidrisk.yml: 2 passed, 1 failed

        """)
  }

  /// An unknown table is an error row with DuckDB's one-line message; the next table is still
  /// measured, and the run ends with exit 2.
  @Test func anEngineErrorIsARowAndTheRunGoesOn() throws {
    let policy = Self.policy.replacingOccurrences(
      of: "  - name: by zip\n",
      with: """
          - name: gone
            source: duckdb:members.duckdb
            table: former_members
            quasi_identifiers: [gender]
          - name: by zip

        """)
    let folder = try Self.repository(policy: policy)
    let run = try BinaryRun.reidrisk(["check"], in: folder)
    #expect(run.status == 2)
    let lines = run.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[2].hasPrefix("error  duckdb:members.duckdb former_members"))
    #expect(lines[2].contains("DuckDB refused the query: Catalog Error: Table with name"))
    // the remedy in the policy's words, and the rule, as tables may repeat across rules
    #expect(
      lines[2].hasSuffix(
        "check that table or query names a table, file or columns DuckDB can read"
          + " (rule \"gone\", .reidrisk.yml:12)"))
    #expect(lines[3].hasPrefix("FAIL   \(Self.byZip) "))
    #expect(lines[3].contains("  min_k: k must be at least 2, found 1"))
    #expect(lines[3].contains("(rule \"by zip\", .reidrisk.yml:16)"))
    #expect(
      lines[4] == "1 file and 3 tables checked against .reidrisk.yml: 2 passed, 1 failed, 1 error")
    let json = try Self.json(try BinaryRun.reidrisk(["check", "--format", "json"], in: folder))
    let gone = try #require((json["files"] as? [[String: Any]])?[2])
    #expect(gone["status"] as? String == "error")
    #expect(gone["error_line"] as? Int == 12)
    #expect(gone["table"] as? String == "former_members")
    let github = try BinaryRun.reidrisk(["check", "--format", "github"], in: folder)
    #expect(
      github.standardOutput.contains(
        "::error file=.reidrisk.yml,line=12,title=reidrisk read_error::duckdb:members.duckdb"
          + " former_members: DuckDB refused the query"))
    // no DuckDB at all: each table is an error naming what to install, the file still passes
    let bare = try BinaryRun.run(
      BinaryRun.reidrisk, ["check"], in: folder, environment: ["PATH": "/usr/bin:/bin"])
    #expect(bare.status == 2)
    #expect(bare.standardOutput.hasPrefix("pass   exports/q1.csv"))
    let bareLines = bare.standardOutput.split(separator: "\n").map(String.init)
    #expect(bareLines[1].hasPrefix("error  duckdb:members.duckdb members "))
    #expect(
      bareLines[1].hasSuffix(
        "  DuckDB cannot start: no duckdb program on PATH; check that the DuckDB shell is"
          + " installed (pip install duckdb-cli) and on PATH (rule \"by gender\", .reidrisk.yml:7)")
    )
    #expect(
      bareLines.last
        == "1 file and 3 tables checked against .reidrisk.yml: 1 passed, 0 failed, 3 errors")
  }

  /// A pre-commit hook's staged files: only they are read, no engine is queried (the table of
  /// the rule "gone" does not exist, and nothing says so). The policy given as a file stands
  /// for all it covers, tables included.
  @Test func checkFilesQueriesNoEngineButThePolicyFileDoes() throws {
    let policy =
      Self.policy + """
          - name: gone
            source: duckdb:members.duckdb
            table: former_members
            quasi_identifiers: [gender]

        """
    let folder = try Self.repository(policy: policy)
    let staged = try BinaryRun.reidrisk(["check", "exports/q1.csv"], in: folder)
    #expect(staged.status == 0, "\(staged.standardOutput)")
    #expect(
      staged.standardOutput == """
        pass   exports/q1.csv  rule "exports": k 2, 0% unique, 100% at risk

        1 file checked against .reidrisk.yml: 1 passed, 0 failed

        """)
    let whole = try BinaryRun.reidrisk(["check", ".reidrisk.yml"], in: folder)
    #expect(whole.status == 2)
    #expect(
      whole.standardOutput.hasSuffix(
        "1 file and 3 tables checked against .reidrisk.yml: 2 passed, 1 failed, 1 error\n"))
  }

  /// Paths in a source rule are relative to the policy's folder, wherever `check` runs: the
  /// database file and the CSV file that `read_csv` reads.
  @Test func pathsAreRelativeToThePolicysFolder() throws {
    let folder = try Self.repository()
    let sub = folder.appendingPathComponent("exports")
    let run = try BinaryRun.reidrisk(["check", "--policy", "../.reidrisk.yml"], in: sub)
    #expect(run.status == 1, "\(run.standardOutput)")
    let lines = run.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines[1].hasPrefix("pass   duckdb:members.duckdb members "))
    #expect(lines[2].hasPrefix("FAIL   \(Self.byZip)  min_k: k must be at least 2, found 1"))
    #expect(lines[2].contains("(rule \"by zip\", ../.reidrisk.yml:12)"))
  }

  /// A policy mistake about sources stops `check` before any engine runs, with its line.
  @Test func aSourceRuleWithoutATableIsAnErrorAtItsLine() throws {
    let policy = Self.policy.replacingOccurrences(
      of: "    table: members\n", with: "")
    let folder = try Self.repository(policy: policy)
    let run = try BinaryRun.reidrisk(["check"], in: folder)
    #expect(run.status == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(
      run.standardError.hasPrefix(
        "reidrisk: .reidrisk.yml:7: rule 2 gives \"source\" but neither \"table\" nor \"query\""))
  }

  /// A setting a table cannot take (it needs the records) is an error row of that rule, in
  /// the policy's words; the other rule on the same table is measured.
  @Test func aSettingATableCannotTakeIsAnErrorRowOfItsRule() throws {
    let policy =
      Self.policy + """
          - name: normalised
            source: "duckdb:"
            table: "read_csv('members.csv')"
            quasi_identifiers: [zip, gender]
            normalise: true

        """
    let folder = try Self.repository(policy: policy)
    let run = try BinaryRun.reidrisk(["check"], in: folder)
    #expect(run.status == 2)
    let lines = run.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines[2].hasPrefix("FAIL   \(Self.byZip)  min_k"))
    #expect(lines[3].hasPrefix("error  \(Self.byZip)  normalise rewrites values"))
    #expect(
      lines[3].hasSuffix(
        "normalise in query, or scan an export (rule \"normalised\", .reidrisk.yml:17)"))
  }

  @Test func enginesRemediesAreWordedAsThePolicysKeys() {
    #expect(
      CheckSource.policyWording("check --source, --table and --query; --qi and --na tokens")
        == "check source, table and query; quasi_identifiers and na tokens")
    // a flag that is the start of a longer one is not cut out of it: --t is not --table's
    #expect(
      CheckSource.policyWording("--t 0.3, --threshold, --tables") == "t 0.3, threshold, --tables")
  }
}
