import Foundation
import Testing

/// Every command's JSON, from the built binary on the sample, validates against its schema in
/// `docs/schemas/` (with `scripts/validate-json.py`), and numbers are never strings.
@Suite struct JSONSchemaEndToEndTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let members = root.appendingPathComponent("sample-data/members.csv").path
  static let voters = root.appendingPathComponent("sample-data/voter-roll.csv").path

  /// The violations of `json` against `docs/schemas/NAME.schema.json`.
  static func violations(_ json: String, schema name: String) throws -> [String] {
    let folder = try BinaryRun.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("out.json")
    try Data(json.utf8).write(to: document)
    let run = try BinaryRun.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", root.appendingPathComponent("scripts/validate-json.py").path,
        root.appendingPathComponent("docs/schemas/\(name).schema.json").path, document.path,
      ])
    #expect(run.standardError.isEmpty, "validate-json.py: \(run.standardError)")
    return run.standardOutput.split(separator: "\n").map(String.init)
  }

  @Test func scanOneFileAndSeveral() throws {
    let one = try BinaryRun.reidrisk(
      [
        "scan", Self.members, "--qi", "zip,gender", "--format", "json", "--sensitive",
        "membership_tier", "--l", "2",
      ])
    #expect(one.status == 0)
    #expect(try Self.violations(one.standardOutput, schema: "scan") == [])
    let two = try BinaryRun.reidrisk(
      ["scan", Self.members, Self.members, "--qi", "zip,gender", "--format", "json"])
    #expect(try Self.violations(two.standardOutput, schema: "scan") == [])
    // a report of another command is not a scan report: the schema can fail
    let columns = try BinaryRun.reidrisk(["columns", Self.members, "--format", "json"])
    #expect(try !Self.violations(columns.standardOutput, schema: "scan").isEmpty)
  }

  @Test func checkAndReport() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        ".reidrisk.yml": """
        rules:
          - files: ["a.csv"]
            quasi_identifiers: [zip, gender]
            bounds: {min_k: 2}
          - name: open
            files: ["open/*.csv"]
            quasi_identifiers: [zip]
        """,
        "a.csv": "zip,gender\n1,F\n1,F\n2,M\n", "open/b.csv": "zip\n1\n2\n",
      ], in: folder)
    let check = try BinaryRun.reidrisk(["check", "--format", "json"], in: folder)
    #expect(check.status == 1)
    #expect(try Self.violations(check.standardOutput, schema: "check") == [])
    let report = try BinaryRun.reidrisk(
      ["report", "a.csv", "open/b.csv", "--format", "json"], in: folder)
    #expect(try Self.violations(report.standardOutput, schema: "check") == [])
    #expect(report.standardOutput.contains("\"status\" : \"not_assessed\""))
    // a.csv: "zip,gender\n" (11 bytes) + "1,F\n" × 2 + "2,M\n" (4 bytes each) = 23 bytes
    #expect(report.standardOutput.contains("\"bytes\" : 23"))
  }

  @Test func columnsLinkDiff() throws {
    let columns = try BinaryRun.reidrisk(["columns", Self.members, "--format", "json"])
    #expect(try Self.violations(columns.standardOutput, schema: "columns") == [])
    let link = try BinaryRun.reidrisk(
      ["link", Self.members, "--against", Self.voters, "--format", "json"])
    #expect(try Self.violations(link.standardOutput, schema: "link") == [])
    let diff = try BinaryRun.reidrisk(
      [
        "diff", Self.members, Self.members, "--qi", "zip,gender", "--id", "member_id", "--format",
        "json",
      ])
    #expect(try Self.violations(diff.standardOutput, schema: "diff") == [])
  }
}
