import Foundation
import Testing

/// `check`, `report` and `diff` run as a user runs them: the built binary, in a folder with a
/// policy, checking exit codes and output.
@Suite struct CheckEndToEndTests {
  static let policy = """
    # members leave the building only when no one is alone in their class
    rules:
      - name: member exports
        files: ["data/**/*.csv", "data/**/*.csv.gz"]
        quasi_identifiers: [zip, gender]
        bounds:
          min_k: 2
    """
  /// classes (02139,F): 2, (10001,M): 2 → k = 2
  static let safe = "member_id,zip,gender\nm1,02139,F\nm2,02139,F\nm3,10001,M\nm4,10001,M\n"
  /// classes (02139,F): 2, (10001,M): 1, (94110,F): 1 → k = 1
  static let risky = "member_id,zip,gender\nm1,02139,F\nm2,02139,F\nm3,10001,M\nm4,94110,F\n"

  static func repository(_ files: [String: String]) throws -> URL {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(files.merging([".reidrisk.yml": policy]) { $1 }, in: folder)
    return folder
  }

  @Test func preCommitOnStagedFiles() throws {
    let git = try #require(BinaryRun.tool("git"), "git is needed for the pre-commit test")
    let repository = try Self.repository([
      "data/safe.csv": Self.safe, "data/risky.csv": Self.risky,
      "data/unstaged.csv": "zip,gender\n1,F\n",
    ])
    _ = try BinaryRun.run(git, ["init", "-q"], in: repository)
    _ = try BinaryRun.run(
      git, ["add", ".reidrisk.yml", "data/safe.csv", "data/risky.csv"], in: repository)
    // what the pre-commit framework does: pass the staged files that match the hook's pattern
    let staged = try BinaryRun.run(
      git, ["diff", "--cached", "--name-only", "--diff-filter=ACM"], in: repository)
    let files = staged.standardOutput.split(separator: "\n").map(String.init).filter {
      $0.hasSuffix(".csv")
    }
    #expect(files == ["data/risky.csv", "data/safe.csv"])
    let run = try BinaryRun.reidrisk(["check"] + files, in: repository)
    #expect(run.status == 1)
    #expect(
      run.standardOutput == """
        FAIL   data/risky.csv  min_k: k must be at least 2, found 1 (rule "member exports", .reidrisk.yml:3)
        pass   data/safe.csv   rule "member exports": k 2, 0% unique, 100% at risk

        2 files checked against .reidrisk.yml: 1 passed, 1 failed

        """)
    #expect(run.standardError.isEmpty)
    // the unstaged file (k = 1, and it has no member_id) was never read
    let safeOnly = try BinaryRun.reidrisk(["check", "data/safe.csv"], in: repository)
    #expect(safeOnly.status == 0)
  }

  @Test func badFileIsAnErrorRowAndTheRunGoesOn() throws {
    let repository = try Self.repository([
      "data/bad.csv": "zip,gender\n1,\"F\n", "data/risky.csv": Self.risky,
    ])
    let run = try BinaryRun.reidrisk(["check", "data/bad.csv", "data/risky.csv"], in: repository)
    #expect(run.status == 2)
    #expect(
      run.standardOutput.contains(
        "error  data/bad.csv    data/bad.csv: record 1 (line 2): a quote is misplaced"))
    #expect(run.standardOutput.contains("FAIL   data/risky.csv"))
  }

  @Test func policyMistakeExitsTwoWithItsLine() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        ".reidrisk.yml":
          "rules:\n  - files: \"*.csv\"\n    quasi_identifiers: [zip]\n    bounds:\n      min_k: five\n",
        "a.csv": "zip\n1\n",
      ],
      in: folder)
    let run = try BinaryRun.reidrisk(["check"], in: folder)
    #expect(run.status == 2)
    #expect(
      run.standardError
        == "reidrisk: .reidrisk.yml:5: min_k is \"five\"; expected a whole number of at least 1, e.g. 5\n"
    )
  }

  @Test func policyIsFoundInAFolderAbove() throws {
    let repository = try Self.repository(["data/q1/risky.csv": Self.risky])
    let run = try BinaryRun.reidrisk(
      ["check", "risky.csv"], in: repository.appendingPathComponent("data/q1"))
    #expect(run.status == 1)
    #expect(run.standardOutput.contains("checked against ../../.reidrisk.yml"))
  }

  @Test func gzipInputIsReadAsAStream() throws {
    let gzip = try #require(BinaryRun.tool("gzip"))
    let repository = try Self.repository([
      "data/2024/safe.csv": Self.safe, "data/risky.csv": Self.risky,
    ])
    _ = try BinaryRun.run(gzip, [repository.appendingPathComponent("data/2024/safe.csv").path])
    // no file arguments: every file the rules match, .csv.gz included
    let run = try BinaryRun.reidrisk(["check", "--format", "json"], in: repository)
    #expect(run.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(
      files.compactMap { $0["file"] as? String } == ["data/2024/safe.csv.gz", "data/risky.csv"])
    #expect(files.compactMap { $0["status"] as? String } == ["pass", "fail"])
    // the same figures as the plain file through scan
    let scan = try BinaryRun.reidrisk(
      ["scan", "data/2024/safe.csv.gz", "--qi", "zip,gender", "--format", "json"], in: repository)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(scan.standardOutput.utf8)) as? [String: Any])
    #expect(report["k"] as? Int == 2)
    #expect(report["records"] as? Int == 4)
  }

  @Test func truncatedGzipIsAnError() throws {
    let gzip = try #require(BinaryRun.tool("gzip"))
    let folder = try BinaryRun.temporaryFolder()
    let big = "zip,gender\n" + (0..<5000).map { "\($0 % 97),F\n" }.joined()
    try BinaryRun.write(["a.csv": big], in: folder)
    _ = try BinaryRun.run(gzip, [folder.appendingPathComponent("a.csv").path])
    let url = folder.appendingPathComponent("a.csv.gz")
    let data = try Data(contentsOf: url)
    try data.prefix(data.count / 2).write(to: url)
    let run = try BinaryRun.reidrisk(["scan", "a.csv.gz", "--qi", "zip"], in: folder)
    #expect(run.status == 2)
    #expect(run.standardError.contains("a.csv.gz: the gzip stream ends early"))
  }

  @Test func sarifFromTheBinary() throws {
    let repository = try Self.repository(["data/risky.csv": Self.risky])
    let run = try BinaryRun.reidrisk(
      ["check", "--format", "sarif", "--output", "out.sarif"], in: repository)
    #expect(run.status == 1)
    #expect(run.standardOutput.isEmpty)
    let data = try Data(contentsOf: repository.appendingPathComponent("out.sarif"))
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let results = try #require(
      (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(results.compactMap { $0["ruleId"] as? String } == ["min_k"])
  }

  @Test func githubFormat() throws {
    let repository = try Self.repository(["data/risky.csv": Self.risky])
    let run = try BinaryRun.reidrisk(["check", "--format", "github"], in: repository)
    #expect(run.status == 1)
    #expect(
      run.standardOutput.hasPrefix(
        "::error file=data/risky.csv,line=2,title=reidrisk min_k::k must be at least 2, found 1 (rule \"member exports\", .reidrisk.yml:3)\n"
      ))
  }

  @Test func htmlReportOverAFolder() throws {
    let repository = try Self.repository([
      "data/safe.csv": Self.safe, "data/2024/risky.csv": Self.risky, "data/readme.txt": "not data",
    ])
    let run = try BinaryRun.reidrisk(
      ["report", "data", "--recursive", "--output", "report.html"], in: repository)
    #expect(run.status == 1)  // risky.csv breaks min_k
    let html = try String(
      contentsOf: repository.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("<a href=\"#file-1\">data/2024/risky.csv</a>"))
    #expect(html.contains("<a href=\"#file-2\">data/safe.csv</a>"))
    #expect(!html.contains("readme.txt"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("94110"))  // no values without --show-values
    let markdown = try BinaryRun.reidrisk(
      ["report", "data/safe.csv", "--qi", "zip", "--format", "markdown"], in: repository)
    #expect(markdown.status == 0)
    #expect(markdown.standardOutput.hasPrefix("# Re-identification risk report"))
  }

  @Test func diffWithAndWithoutID() throws {
    let repository = try Self.repository(["old.csv": Self.safe, "new.csv": Self.risky])
    let run = try BinaryRun.reidrisk(
      [
        "diff", "old.csv", "new.csv", "--qi", "zip,gender", "--id", "member_id", "--format", "json",
      ], in: repository)
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    // m3 was one of two (10001,M) and is now alone; m4 moved to (94110,F), alone too
    let records = try #require(object["records"] as? [String: Int])
    #expect(records["became_unique"] == 2)
    #expect(records["matched"] == 4)
    let classLevel = try BinaryRun.reidrisk(
      ["diff", "old.csv", "new.csv", "--qi", "zip,gender"], in: repository)
    #expect(classLevel.standardOutput.contains("note: records are not matched across the versions"))
    let usage = try BinaryRun.reidrisk(["diff", "old.csv", "--qi", "zip"], in: repository)
    #expect(usage.status == 2)
  }
}

/// `check` as a repository with policies in subfolders runs it: SARIF located from the
/// repository root whichever folder it runs from, each file under its nearest policy.
@Suite struct CheckSubfolderEndToEndTests {
  static let policy = """
    rules:
      - name: exports
        files: ["exports/*.csv"]
        quasi_identifiers: [zip]
        bounds: {min_k: 2}
    """

  static func repository() throws -> URL {
    let git = try #require(BinaryRun.tool("git"), "git is needed")
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        "data/.reidrisk.yml": Self.policy,
        // zip: 1, 1, 2 → k = 1
        "data/exports/x.csv": "zip\n1\n1\n2\n",
        // record 2 starts on line 3 and opens a quote it never closes
        "data/exports/bad.csv": "zip\n1\n\"2\n",
        "other/.reidrisk.yml": "rules:\n  - files: [\"*.csv\"]\n    quasi_identifiers: [zip]\n",
        "other/y.csv": "zip\n1\n2\n",
      ], in: folder)
    _ = try BinaryRun.run(git, ["init", "-q"], in: folder)
    return folder
  }

  static func results(_ sarif: String) throws -> [[String: Any]] {
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    return try #require(
      (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
  }

  static func location(_ result: [String: Any]) -> String {
    let physical =
      ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"])
      as? [String: Any]
    let uri = (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
    let line = (physical?["region"] as? [String: Any])?["startLine"] as? Int ?? 0
    return "\(uri):\(line)"
  }

  @Test func sarifFromTheRepositoryRootWhereverItRuns() throws {
    let repository = try Self.repository()
    let fromData = try BinaryRun.reidrisk(
      ["check", "--format", "sarif"], in: repository.appendingPathComponent("data"))
    #expect(fromData.status == 2)
    let results = try Self.results(fromData.standardOutput)
    #expect(results.compactMap { $0["ruleId"] as? String } == ["read_error", "min_k"])
    // x.csv: classes of sizes 2 and 1, all below k = 5, so the first record (line 2)
    #expect(results.map(Self.location) == ["data/exports/bad.csv:3", "data/exports/x.csv:2"])
    // from the root, naming the files: the same locations and fingerprints
    let fromRoot = try BinaryRun.reidrisk(
      ["check", "data/exports/bad.csv", "data/exports/x.csv", "--format", "sarif"],
      in: repository)
    let again = try Self.results(fromRoot.standardOutput)
    #expect(again.map(Self.location) == results.map(Self.location))
    let fingerprints = { (list: [[String: Any]]) in
      list.map { ($0["partialFingerprints"] as? [String: String]) ?? [:] }
    }
    #expect(fingerprints(again) == fingerprints(results))
    // GitHub annotations carry the same path and the line
    let github = try BinaryRun.reidrisk(
      ["check", "data/exports/bad.csv", "--format", "github"], in: repository)
    #expect(
      github.standardOutput.hasPrefix(
        "::error file=data/exports/bad.csv,line=3,title=reidrisk read_error::"))
  }

  @Test func eachFileUnderItsNearestPolicy() throws {
    let repository = try Self.repository()
    let run = try BinaryRun.reidrisk(
      ["check", "data/exports/x.csv", "other/y.csv"], in: repository)
    #expect(run.status == 1)
    #expect(
      run.standardOutput == """
        FAIL   data/exports/x.csv  min_k: k must be at least 2, found 1 (rule "exports", data/.reidrisk.yml:2)
        n/a    other/y.csv         no bound set, not assessed: rule "rule 1": k 1, 100% unique, 100% at risk

        2 files checked against data/.reidrisk.yml, other/.reidrisk.yml: 0 passed, 1 failed, 1 not assessed

        """)
    // a file under no policy at all is named in the error
    try BinaryRun.write(["loose.csv": "zip\n1\n"], in: repository)
    let loose = try BinaryRun.reidrisk(["check", "loose.csv"], in: repository)
    #expect(loose.status == 2)
    #expect(loose.standardError.hasPrefix("reidrisk: loose.csv: no .reidrisk.yml in its folder"))
  }

  @Test func unknownSubcommandAndBinaryFiles() throws {
    let typo = try BinaryRun.reidrisk(["chek"])
    #expect(typo.status == 2)
    #expect(
      typo.standardError.hasPrefix("reidrisk: 'chek' is not a subcommand (did you mean 'check'?)"))
    let folder = try BinaryRun.temporaryFolder()
    let workbook = folder.appendingPathComponent("members.xlsx")
    try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).write(to: workbook)
    let xlsx = try BinaryRun.reidrisk(["scan", "members.xlsx", "--qi", "zip"], in: folder)
    #expect(xlsx.status == 2)
    #expect(
      xlsx.standardError
        == "reidrisk: members.xlsx: this is a ZIP archive (an Excel .xlsx or .ods workbook, or a"
        + " .zip), not CSV text; export the sheet as CSV (UTF-8), or unzip it\n")
    let diff = try BinaryRun.reidrisk([
      "diff", "a.csv", "b.csv", "--qi", "zip", "--fail-under-k", "5",
    ])
    #expect(diff.status == 2)
    #expect(diff.standardError.hasPrefix("reidrisk: diff does not take --fail-under-k:"))
  }
}
