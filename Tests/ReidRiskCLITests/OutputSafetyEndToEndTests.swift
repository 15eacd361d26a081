import Foundation
import Testing

/// No output ever lands on an input or on another output, whatever path reaches it; outputs
/// are written atomically with private permissions; every write is checked.
@Suite struct OutputSafetyEndToEndTests {
  static let members = "zip,age\n02139,30\n02139,30\n10001,41\n"
  static let policy = "rules:\n  - files: [\"data/*.csv\"]\n    quasi_identifiers: [zip]\n"

  /// A folder with `data/m.csv` (the members) and the policy.
  static func repository() throws -> URL {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["data/m.csv": members, ".reidrisk.yml": policy], in: folder)
    return folder
  }

  static func contents(_ path: String, in folder: URL) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  /// The run is refused with one line naming the output, and `kept` is unchanged.
  static func expectRefused(
    _ arguments: [String], kept: String, expected: String, in folder: URL,
    message: String = "names an input of the run"
  ) throws {
    let run = try BinaryRun.reidrisk(arguments, in: folder)
    #expect(run.status == 2, "\(arguments)")
    #expect(run.standardError.split(separator: "\n").count == 1, "\(run.standardError)")
    #expect(run.standardError.contains(message), "\(run.standardError)")
    #expect(contents(kept, in: folder) == expected, "\(arguments) changed \(kept)")
  }

  @Test func scanOutputOntoItsInputIsRefused() throws {
    let folder = try Self.repository()
    try Self.expectRefused(
      ["scan", "data/m.csv", "--qi", "zip", "-o", "data/m.csv"], kept: "data/m.csv",
      expected: Self.members, in: folder)
  }

  @Test func flagsOntoTheInputIsRefused() throws {
    let folder = try Self.repository()
    try Self.expectRefused(
      ["scan", "data/m.csv", "--qi", "zip", "--flags", "data/m.csv"], kept: "data/m.csv",
      expected: Self.members, in: folder)
  }

  @Test func reportOutputOntoAnInputIsRefused() throws {
    let folder = try Self.repository()
    try Self.expectRefused(
      ["report", "data/m.csv", "--qi", "zip", "-o", "data/m.csv"], kept: "data/m.csv",
      expected: Self.members, in: folder)
  }

  /// The folder is the input: its files are found by the walk, the output is refused when it
  /// is written, and the file stays whole.
  @Test func reportOutputOntoAFileOfTheInputFolderIsRefused() throws {
    let folder = try Self.repository()
    try Self.expectRefused(
      ["report", "data", "--qi", "zip", "--format", "json", "-o", "data/m.csv"],
      kept: "data/m.csv", expected: Self.members, in: folder, message: "is an input of the run")
  }

  @Test func checkOutputOntoThePolicyIsRefused() throws {
    let folder = try Self.repository()
    try Self.expectRefused(
      ["check", "-o", ".reidrisk.yml"], kept: ".reidrisk.yml", expected: Self.policy, in: folder,
      message: "is an input of the run")
  }

  @Test func flagsAndOutputOnOneFileAreRefused() throws {
    let folder = try Self.repository()
    try BinaryRun.write(["x.txt": "mine\n"], in: folder)
    try Self.expectRefused(
      ["scan", "data/m.csv", "--qi", "zip", "--flags", "x.txt", "-o", "x.txt"], kept: "x.txt",
      expected: "mine\n", in: folder, message: "name the same file")
  }

  @Test func linkFlagsOntoTheOutsideFileAreRefused() throws {
    let folder = try Self.repository()
    try BinaryRun.write(["voters.csv": Self.members], in: folder)
    try Self.expectRefused(
      ["link", "data/m.csv", "--against", "voters.csv", "--flags", "voters.csv"],
      kept: "voters.csv", expected: Self.members, in: folder)
  }

  @Test func scanOutputOntoTheScenarioFileIsRefused() throws {
    let folder = try Self.repository()
    let scenarios = "scenarios:\n  - name: zip only\n    columns: [zip]\n"
    try BinaryRun.write(["s.yml": scenarios], in: folder)
    try Self.expectRefused(
      ["scan", "data/m.csv", "--qi", "zip", "--scenario-file", "s.yml", "-o", "s.yml"],
      kept: "s.yml", expected: scenarios, in: folder)
  }

  @Test func outputThroughASymbolicLinkToTheInputIsRefused() throws {
    let folder = try Self.repository()
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "data/m.csv")
    try Self.expectRefused(
      ["scan", "data/m.csv", "--qi", "zip", "-o", "link.csv"], kept: "data/m.csv",
      expected: Self.members, in: folder)
  }

  @Test func outputOntoAHardLinkOfTheInputIsRefused() throws {
    let folder = try Self.repository()
    try FileManager.default.linkItem(
      at: folder.appendingPathComponent("data/m.csv"), to: folder.appendingPathComponent("h.csv"))
    try Self.expectRefused(
      ["scan", "data/m.csv", "--qi", "zip", "--flags", "h.csv"], kept: "data/m.csv",
      expected: Self.members, in: folder)
  }

  @Test func newOutputsAreMode0600AndReplacedOnesKeepTheirMode() throws {
    let folder = try Self.repository()
    let run = try BinaryRun.reidrisk(
      ["scan", "data/m.csv", "--qi", "zip", "-o", "r.txt", "--flags", "f.csv"], in: folder)
    #expect(run.status == 0)
    func mode(_ name: String) throws -> Int {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: folder.appendingPathComponent(name).path)
      return (attributes[.posixPermissions] as? Int) ?? -1
    }
    #expect(try mode("r.txt") == 0o600)
    #expect(try mode("f.csv") == 0o600)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o640], ofItemAtPath: folder.appendingPathComponent("r.txt").path)
    let again = try BinaryRun.reidrisk(
      ["scan", "data/m.csv", "--qi", "zip", "-o", "r.txt"], in: folder)
    #expect(again.status == 0)
    #expect(try mode("r.txt") == 0o640)
    // no temporary file stays beside the outputs
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.hasSuffix(".tmp") })
  }

  @Test func dashOutputIsStandardOutput() throws {
    let folder = try Self.repository()
    let run = try BinaryRun.reidrisk(["scan", "data/m.csv", "--qi", "zip", "-o", "-"], in: folder)
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("quasi-identifiers: zip"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
  }

  @Test func emptyOutputIsAUsageError() throws {
    let folder = try Self.repository()
    let run = try BinaryRun.reidrisk(["scan", "data/m.csv", "--qi", "zip", "-o", ""], in: folder)
    #expect(run.status == 2)
    #expect(
      run.standardError
        == "reidrisk: --output is empty; give a file name, or - for standard output\n")
  }

  /// `/dev/stdout` is written as standard output, also when standard output is a file: the
  /// file the shell opened receives the report, nothing is renamed over it.
  @Test func devStdoutKeepsWorking() throws {
    let folder = try Self.repository()
    let piped = try BinaryRun.reidrisk(
      ["scan", "data/m.csv", "--qi", "zip", "-o", "/dev/stdout"], in: folder)
    #expect(piped.status == 0)
    #expect(piped.standardOutput.contains("quasi-identifiers: zip"))
    let redirected = try GuardedRun.shell(
      "exec \"$R\" scan data/m.csv --qi zip -o /dev/stdout > out.txt", in: folder)
    #expect(redirected.status == 0)
    #expect(Self.contents("out.txt", in: folder)?.contains("quasi-identifiers: zip") == true)
  }

  /// A FIFO (like a device node) is written into, never replaced by a regular file.
  @Test func outputOntoAFIFOWritesIntoIt() throws {
    let folder = try Self.repository()
    let run = try GuardedRun.shell(
      "mkfifo out.fifo && (cat out.fifo > got.txt &) && exec \"$R\" scan data/m.csv --qi zip"
        + " -o out.fifo",
      in: folder)
    #expect(run.status == 0)
    var status = stat()
    #expect(lstat(folder.appendingPathComponent("out.fifo").path, &status) == 0)
    #expect((status.st_mode & S_IFMT) == S_IFIFO)
    // the reader got the report (it may need a moment to finish writing)
    var got = ""
    for _ in 0..<100 where !got.contains("quasi-identifiers") {
      got = Self.contents("got.txt", in: folder) ?? ""
      usleep(20_000)
    }
    #expect(got.contains("quasi-identifiers: zip"))
  }

  /// A character device made for the test (the null device's numbers, 1 and 3; root only):
  /// the old atomic write renamed a regular file over the node.
  @Test(.enabled(if: getuid() == 0, "mknod needs root"))
  func outputOntoADeviceNodeNeverReplacesIt() throws {
    let folder = try Self.repository()
    let run = try GuardedRun.shell(
      "mknod null.dev c 1 3 && exec \"$R\" scan data/m.csv --qi zip -o null.dev", in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    var status = stat()
    #expect(lstat(folder.appendingPathComponent("null.dev").path, &status) == 0)
    #expect((status.st_mode & S_IFMT) == S_IFCHR)
  }

  @Test func fullStandardOutputIsExitTwo() throws {
    let folder = try Self.repository()
    let run = try GuardedRun.shell(
      "exec \"$R\" scan data/m.csv --qi zip > /dev/full", in: folder)
    #expect(run.status == 2)
    #expect(run.errorLines.count == 1)
    #expect(run.standardError.contains("standard output: cannot write the output (No space left"))
  }

  @Test func closedStandardOutputIsExitTwo() throws {
    let folder = try Self.repository()
    let run = try GuardedRun.shell("exec \"$R\" check >&-", in: folder)
    #expect(run.status == 2)
    #expect(run.errorLines.count == 1)
    #expect(run.standardError.contains("standard output: cannot write the output"))
  }
}
