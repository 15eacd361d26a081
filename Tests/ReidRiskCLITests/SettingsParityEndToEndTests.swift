import Foundation
import Testing

/// A policy that sets a setting gives the figures `scan` gives with the flag: `check`'s JSON
/// holds `scan`'s report object for the file, key for key. The one difference is by design:
/// a bound set by a policy is named by its policy key (`min_k`), by the flag otherwise.
@Suite struct SettingsParityEndToEndTests {
  static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("sample-data/members.csv")

  static let policy = """
    rules:
      - name: members
        files: ["*.csv"]
        quasi_identifiers: [zip, birth_date, gender]
        id: member_id
        sensitive: [membership_tier]
        l: 2
        t: 0.5
        superset: population/members.csv
        scenarios: [voter roll]
        missing: exclude
        na: ["N/A"]
        k: 3
        threshold: 0.1
        bounds:
          min_k: 2
          max_t: 0.9
    """

  static let flags = [
    "--qi", "zip,birth_date,gender", "--id", "member_id", "--sensitive", "membership_tier",
    "--l", "2", "--t", "0.5", "--superset", "population/members.csv", "--scenarios",
    "voter roll", "--missing", "exclude", "--na", "N/A", "--k", "3", "--threshold", "0.1",
    "--fail-under-k", "2", "--max-t", "0.9", "--format", "json",
  ]

  @Test func checkHoldsScansReportKeyForKey() throws {
    let folder = try BinaryRun.temporaryFolder()
    let members = try String(contentsOf: Self.sample, encoding: .utf8)
    try BinaryRun.write(
      [".reidrisk.yml": Self.policy, "members.csv": members, "population/members.csv": members],
      in: folder)
    let check = try BinaryRun.reidrisk(["check", "members.csv", "--format", "json"], in: folder)
    let scan = try BinaryRun.reidrisk(["scan", "members.csv"] + Self.flags, in: folder)
    #expect(check.status == 1, "\(check.standardError)")  // min_k 2 and max_t 0.9 are broken
    #expect(scan.status == 1, "\(scan.standardError)")
    let checked = try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8))
    let files = try #require((checked as? [String: Any])?["files"] as? [[String: Any]])
    let results = try #require(files.first?["results"] as? [[String: Any]])
    var fromCheck = try #require(results.first?["report"] as? [String: Any])
    var fromScan = try #require(
      try JSONSerialization.jsonObject(with: Data(scan.standardOutput.utf8)) as? [String: Any])
    let checkBounds = try #require(fromCheck.removeValue(forKey: "bounds") as? [[String: Any]])
    let scanBounds = try #require(fromScan.removeValue(forKey: "bounds") as? [[String: Any]])
    #expect(checkBounds.map { $0["option"] as? String } == ["min_k", "max_t"])
    #expect(scanBounds.map { $0["option"] as? String } == ["--fail-under-k", "--max-t"])
    #expect(
      checkBounds.map { $0.filter { $0.key != "option" } as NSDictionary }
        == scanBounds.map { $0.filter { $0.key != "option" } as NSDictionary })
    #expect(Set(fromCheck.keys) == Set(fromScan.keys))
    for key in fromScan.keys {
      #expect(
        (fromCheck[key] as? NSObject) == (fromScan[key] as? NSObject), "\(key) differs")
    }
    // the settings reached the figures: l and t shortfalls, the superset, the scenario
    #expect((fromScan["scenarios"] as? [Any])?.count == 1)
    #expect(fromScan["journalist"] != nil)
  }

  /// A flag given to `check` goes over the rule's own setting.
  @Test func checkFlagsOverrideTheRule() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        ".reidrisk.yml":
          "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    bounds: {min_k: 3}\n",
        "a.csv": "zip\n1\n1\n2\n2\n",
      ], in: folder)
    // classes {1, 1} and {2, 2}: k = 2, below the rule's 3
    #expect(try BinaryRun.reidrisk(["check"], in: folder).status == 1)
    // --fail-under-k 2 replaces the rule's min_k: 3
    let run = try BinaryRun.reidrisk(["check", "--fail-under-k", "2"], in: folder)
    #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
  }

  /// One message shape for a refused value, wherever it was given.
  @Test func refusedValueReadsTheSameOnBothSides() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        ".reidrisk.yml": "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    k: -1\n",
        "a.csv": "zip\n1\n",
      ], in: folder)
    let flag = try BinaryRun.reidrisk(["scan", "a.csv", "--qi", "zip", "--k", "-1"], in: folder)
    #expect(flag.status == 2)
    #expect(
      flag.standardError.contains(
        "--k is \"-1\"; expected a whole number of at least 1, e.g. 5"), "\(flag.standardError)")
    let policy = try BinaryRun.reidrisk(["check"], in: folder)
    #expect(policy.status == 2)
    #expect(
      policy.standardError.contains(
        ".reidrisk.yml:4: k is \"-1\"; expected a whole number of at least 1, e.g. 5"),
      "\(policy.standardError)")
  }

  /// The core describes the problem; each edge words the remedy in its own terms.
  @Test func remediesNameSettingsAsTheUserWroteThem() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        ".reidrisk.yml":
          "rules:\n  - files: \"*.csv\"\n    quasi_identifiers: [zip]\n    missing: exclude\n",
        // every record misses its zip: missing exclude leaves none
        "empty.csv": "zip,age\n,1\n,2\n",
        // record 2 has three fields, the header two
        "ragged.csv": "zip,age\n1,2\n1,2,3\n",
      ], in: folder)
    let policy = try BinaryRun.reidrisk(["check", "empty.csv", "ragged.csv"], in: folder)
    #expect(policy.status == 2)
    #expect(policy.standardOutput.contains("use missing: value or missing: wildcard"))
    #expect(policy.standardOutput.contains("use lenient: true to skip such records"))
    #expect(!policy.standardOutput.contains("--"), "\(policy.standardOutput)")
    let flags = try BinaryRun.reidrisk(
      ["scan", "empty.csv", "--qi", "zip", "--missing", "exclude"], in: folder)
    #expect(flags.standardError.contains("use --missing value or --missing wildcard"))
    let ragged = try BinaryRun.reidrisk(["scan", "ragged.csv", "--qi", "zip"], in: folder)
    #expect(ragged.standardError.contains("use --lenient to skip such records"))
  }
}
