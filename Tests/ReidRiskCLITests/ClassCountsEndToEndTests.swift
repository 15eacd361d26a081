import Foundation
import Testing

/// The decisive check of class counts: `scan --emit-class-counts` then `scan --class-sizes`
/// gives the JSON report of `scan FILE`, field by field, on the sample data and the oracle
/// inputs, for the settings that change classes and figures; merging shards of a file gives
/// the report of the whole file.
///
/// Fields that legitimately differ, and why:
/// - `file`: the class-counts file is what was scanned;
/// - `flagged.first_line`: the counts hold no lines (null);
/// - `generalizations`, `normalisation`: notes on what was done to the values (values merged,
///   values not applicable), which only the values can tell; the counts were made after it.
@Suite struct ClassCountsEndToEndTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let differing: Set<String> = ["file", "generalizations", "normalisation"]

  static let inputs = [
    "sample-data/members.csv", "Tests/Fixtures/oracle/inputs/members-5000.csv",
    "Tests/Fixtures/oracle/inputs/members-1000-sample.csv",
  ]

  /// (settings that decide the classes, settings that only measure them).
  static let settings: [([String], [String])] = [
    (["--qi", "zip,birth_date,gender"], []),
    (
      ["--qi", "zip:3,age,gender"],
      [
        "--sensitive", "membership_tier,events_attended", "--l", "2", "--t", "0.3", "--missing",
        "wildcard", "--msu", "--attribute-risk",
      ]
    ),
    (
      ["--qi", "state,age,gender", "--na", "Male"],
      ["--sensitive", "membership_tier", "--missing", "exclude", "--population", "100000"]
    ),
    (
      ["--qi", "zip,birth_date:year,gender", "--normalise"],
      ["--sampling-fraction", "0.1", "--msu", "--k", "3", "--threshold", "0.1"]
    ),
  ]

  static var cases: [(String, Int)] {
    inputs.flatMap { input in settings.indices.map { (input, $0) } }
  }

  static func json(_ run: BinaryRun) throws -> [String: Any] {
    #expect(run.standardError.isEmpty, "\(run.standardError)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
  }

  /// Every field of `scan` equal in `other`, but those that cannot come from class counts.
  static func expectSameReport(_ scan: [String: Any], _ other: [String: Any]) {
    #expect(Set(scan.keys) == Set(other.keys))
    for key in scan.keys where !differing.contains(key) {
      var expected = scan[key]
      var actual = other[key]
      if key == "flagged", var flagged = expected as? [String: Any] {
        #expect((actual as? [String: Any])?["first_line"] is NSNull)
        flagged["first_line"] = nil
        expected = flagged
        actual = (actual as? [String: Any])?.filter { $0.key != "first_line" }
      }
      #expect((expected as? NSObject) == (actual as? NSObject), "\(key) differs")
    }
  }

  @Test(arguments: cases)
  func emittedCountsGiveTheFilesReport(input: String, setting: Int) throws {
    let folder = try BinaryRun.temporaryFolder()
    let (classes, measures) = Self.settings[setting]
    let file = Self.root.appendingPathComponent(input).path
    let scan = try BinaryRun.reidrisk(
      ["scan", file] + classes + measures + ["--emit-class-counts", "c.csv", "--format", "json"],
      in: folder)
    let fromCounts = try BinaryRun.reidrisk(
      ["scan", "--class-sizes", "c.csv"] + measures + ["--format", "json"], in: folder)
    #expect(scan.status == fromCounts.status)
    Self.expectSameReport(try Self.json(scan), try Self.json(fromCounts))
  }

  /// The same counts as JSON, one object per line, with --qi on the command line (an engine's
  /// result carries no `# ` lines): the same report.
  @Test func jsonCountsWithQuasiIdentifiersGiven() throws {
    let folder = try BinaryRun.temporaryFolder()
    let file = Self.root.appendingPathComponent(Self.inputs[0]).path
    let scan = try BinaryRun.reidrisk(
      [
        "scan", file, "--qi", "zip,gender", "--missing", "wildcard", "--emit-class-counts", "c.csv",
        "--format", "json",
      ], in: folder)
    let csv = try String(contentsOf: folder.appendingPathComponent("c.csv"), encoding: .utf8)
    let rows = csv.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
    let json = rows.map { row -> String in
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      return "{\"key\":\"\(fields[0])\",\"missing\":\(fields[1]),\"count\":\(fields[2])}"
    }
    try BinaryRun.write(["c.json": json.joined(separator: "\n") + "\n"], in: folder)
    let fromCounts = try BinaryRun.reidrisk(
      [
        "scan", "--class-sizes", "c.json", "--qi", "zip,gender", "--missing", "wildcard",
        "--format", "json",
      ], in: folder)
    Self.expectSameReport(try Self.json(scan), try Self.json(fromCounts))
  }

  /// Two shards of the sample (records 1 to 600 and the rest), emitted and merged: the report
  /// of the whole file, also for a sensitive column and --missing wildcard.
  @Test func mergedShardsGiveTheWholeFilesReport() throws {
    let folder = try BinaryRun.temporaryFolder()
    let file = Self.root.appendingPathComponent(Self.inputs[0])
    let lines = try String(contentsOf: file, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let header = lines[0]
    let records = lines.dropFirst().filter { !$0.isEmpty }
    try BinaryRun.write(
      [
        "a.csv": ([header] + records.prefix(600)).joined(separator: "\n") + "\n",
        "b.csv": ([header] + records.dropFirst(600)).joined(separator: "\n") + "\n",
      ], in: folder)
    let classes = ["--qi", "zip:3,age,gender"]
    let measures = ["--sensitive", "membership_tier", "--missing", "wildcard", "--msu"]
    for shard in ["a", "b"] {
      let run = try BinaryRun.reidrisk(
        ["scan", "\(shard).csv"] + classes + measures + ["--emit-class-counts", "\(shard).counts"],
        in: folder)
      #expect(run.standardError.isEmpty, "\(run.standardError)")
    }
    let whole = try BinaryRun.reidrisk(
      ["scan", file.path] + classes + measures + ["--format", "json"], in: folder)
    let merged = try BinaryRun.reidrisk(
      ["merge", "a.counts", "b.counts"] + measures + [
        "--format", "json", "--emit-class-counts",
        "all.counts",
      ], in: folder)
    #expect(whole.status == merged.status)
    let wholeReport = try Self.json(whole)
    let mergedReport = try Self.json(merged)
    #expect(mergedReport["file"] as? String == "a.counts and 1 more")
    Self.expectSameReport(wholeReport, mergedReport)
    // the merged counts read back as one file give the same report again
    let again = try BinaryRun.reidrisk(
      ["scan", "--class-sizes", "all.counts"] + measures + ["--format", "json"], in: folder)
    Self.expectSameReport(wholeReport, try Self.json(again))
  }

  /// A superset is hashed as the counts are, so the journalist model finds its class sizes.
  @Test func supersetThroughClassCounts() throws {
    let folder = try BinaryRun.temporaryFolder()
    let file = Self.root.appendingPathComponent(Self.inputs[2]).path
    let superset = Self.root.appendingPathComponent(Self.inputs[1]).path
    let measures = ["--superset", superset]
    let scan = try BinaryRun.reidrisk(
      ["scan", file, "--qi", "gender,age,state"] + measures
        + ["--emit-class-counts", "c.csv", "--format", "json"], in: folder)
    let fromCounts = try BinaryRun.reidrisk(
      ["scan", "--class-sizes", "c.csv"] + measures + ["--format", "json"], in: folder)
    let report = try Self.json(scan)
    // the superset's class sizes reached the journalist model: its risks are not the file's
    #expect((report["journalist"] as? NSObject) != (report["prosecutor"] as? NSObject))
    Self.expectSameReport(report, try Self.json(fromCounts))
  }

  @Test func mergeRefusesShardsOfOtherQuasiIdentifiers() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["a.csv": "zip,age\n1,2\n1,3\n"], in: folder)
    _ = try BinaryRun.reidrisk(
      ["scan", "a.csv", "--qi", "zip", "--emit-class-counts", "z"], in: folder)
    _ = try BinaryRun.reidrisk(
      ["scan", "a.csv", "--qi", "age", "--emit-class-counts", "y"], in: folder)
    let run = try BinaryRun.reidrisk(["merge", "z", "y"], in: folder)
    #expect(run.status == 2)
    #expect(
      run.standardError
        == "reidrisk: y: the classes were counted with other settings than those of z"
        + " (quasi-identifiers \"age\" against \"zip\", or other na or normalise); count every"
        + " shard with the same settings\n")
  }

  @Test func recordSettingsAreRefused() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["a.csv": "zip,age\n1,2\n1,3\n"], in: folder)
    _ = try BinaryRun.reidrisk(
      ["scan", "a.csv", "--qi", "zip", "--emit-class-counts", "z"], in: folder)
    let flags = try BinaryRun.reidrisk(
      ["scan", "--class-sizes", "z", "--flags", "f.csv"], in: folder)
    #expect(flags.status == 2)
    #expect(flags.standardError.contains("--flags lists records"))
    let id = try BinaryRun.reidrisk(["scan", "--class-sizes", "z", "--id", "age"], in: folder)
    #expect(id.status == 2)
    #expect(
      id.standardError == "reidrisk: z: --id needs the records, and class counts hold only"
        + " classes; scan the file itself, or leave --id out\n")
  }
}
