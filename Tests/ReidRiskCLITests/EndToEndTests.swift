import Foundation
import Testing

/// Runs the built `reidrisk` binary and checks stdout, stderr and the exit code.
@Suite struct EndToEndTests {
  /// Runs the built binary with `arguments` (see `BinaryRun`).
  static func run(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:]
  ) throws -> BinaryRun {
    try BinaryRun.run(BinaryRun.reidrisk, arguments, input: input, environment: environment)
  }

  static func temporaryFile(_ name: String, _ contents: String) throws -> String {
    let url = try BinaryRun.temporaryFolder().appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url.path
  }

  static let members =
    "member_id,zip,gender,age\nm1,02139,F,30\nm2,02139,F,30\nm3,02139,M,41\nm4,10001,F,30\nm5,10001,F,30\n"

  @Test func scanPrintsFiguresAndExitsZero() throws {
    let file = try Self.temporaryFile("members.csv", Self.members)
    let run = try Self.run(["scan", file, "--qi", "zip,gender"])
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("sample uniques"))
    #expect(run.standardOutput.contains("1 (20.0%)"))
    #expect(run.standardError.isEmpty)
  }

  @Test func standardInputAndJSON() throws {
    let run = try Self.run(
      ["scan", "-", "--qi", "zip,gender", "--format", "json"], input: Self.members)
    #expect(run.status == 0)
    let object =
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
    // classes {02139,F}: 2, {02139,M}: 1, {10001,F}: 2 → k = 1, 3 classes
    #expect(object?["k"] as? Int == 1)
    #expect(object?["equivalence_classes"] as? Int == 3)
    #expect(object?["file"] as? String == "-")
  }

  @Test func brokenBoundExitsOneAfterTheReport() throws {
    let file = try Self.temporaryFile("members.csv", Self.members)
    let run = try Self.run([
      "scan", file, "--qi", "zip,gender", "--fail-under-k", "2", "--format", "markdown",
    ])
    #expect(run.status == 1)
    #expect(
      run.standardOutput.contains("| k must be at least 2 | `--fail-under-k` | 1 | **fail** |"))
  }

  @Test func unknownColumnExitsTwoWithOneLine() throws {
    let file = try Self.temporaryFile("members.csv", Self.members)
    let run = try Self.run(["scan", file, "--qi", "zip,postcode,sex"])
    #expect(run.status == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(
      run.standardError
        == "reidrisk: \(file): no columns \"postcode\", \"sex\" among the 4 columns of the header;"
        + " is the first line a header? `reidrisk columns` lists the names\n"
    )
  }

  @Test func malformedCSVNamesRecordAndLine() throws {
    let file = try Self.temporaryFile("bad.csv", "a,b\n1,2\n3,\"x\n")
    let run = try Self.run(["scan", file, "--qi", "a"])
    #expect(run.status == 2)
    #expect(
      run.standardError.hasPrefix(
        "reidrisk: \(file): record 2 (line 3): a quote is misplaced or never closed"))
  }

  @Test func usageErrorsExitTwo() throws {
    let run = try Self.run(["scan", "x.csv", "--qi", "a", "--threshold", "3"])
    #expect(run.status == 2)
    #expect(run.standardError.contains("--threshold is \"3\"; expected a number in (0, 1]"))
    let missing = try Self.run(["scan", "/nonexistent/x.csv", "--qi", "a"])
    #expect(missing.status == 2)
    #expect(missing.standardError.contains("/nonexistent/x.csv: cannot open"))
  }

  @Test func flagsFileAndOutputAreWritten() throws {
    let file = try Self.temporaryFile("members.csv", Self.members)
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    let flags = folder.appendingPathComponent("flags.csv").path
    let report = folder.appendingPathComponent("report.json").path
    let run = try Self.run([
      "scan", file, "--qi", "zip,gender", "--k", "2", "--id", "member_id", "--flags", flags,
      "--format", "json", "-o", report,
    ])
    #expect(run.status == 0)
    #expect(run.standardOutput.isEmpty)
    let written = try String(contentsOfFile: flags, encoding: .utf8)
    // only m3 is in a class smaller than 2; no QI values without --show-values
    #expect(
      written
        == "record,line,class_size,risk,reason,member_id\n3,4,1,1,\"unique on zip, gender\",m3\n")
    #expect(FileManager.default.fileExists(atPath: report))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".tmp")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func helpHasExamples() throws {
    let run = try Self.run(["scan", "--help"])
    #expect(run.status == 0)
    #expect(
      run.standardOutput.contains(
        "reidrisk scan sample-data/members.csv --qi zip,birth_date,gender"))
  }

  @Test func noColourWithNoColorOrPipe() throws {
    let run = try Self.run(
      ["scan", "-", "--qi", "zip"], input: Self.members, environment: ["NO_COLOR": "1"])
    #expect(!run.standardOutput.contains("\u{1B}"))
  }
}
