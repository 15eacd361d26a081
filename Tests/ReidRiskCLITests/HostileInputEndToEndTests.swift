import Foundation
import Testing

/// Inputs a careless command line or a hostile repository can hand over: gzip bombs, gzip
/// split oddly by a pipe, binary files named .csv, file names that try to drive the terminal
/// or a CI log, a folder given as the policy.
@Suite struct HostileInputEndToEndTests {
  static let members = "zip,age\n02139,30\n02139,30\n10001,41\n"

  /// 8 MB of "1,2" lines, which gzip squeezes about 1,000 times (over the 200 allowed).
  static func bomb(in folder: URL) throws {
    let run = try GuardedRun.shell(
      "{ echo zip,age; yes 1,2 | head -n 2000000; } | gzip -9 > bomb.csv.gz", in: folder)
    #expect(run.status == 0)
  }

  @Test func gzipBombIsRefused() throws {
    let folder = try BinaryRun.temporaryFolder()
    try Self.bomb(in: folder)
    let run = try GuardedRun.reidrisk(["scan", "bomb.csv.gz", "--qi", "zip"], in: folder)
    #expect(run.status == 2)
    #expect(run.errorLines.count == 1)
    #expect(run.standardError.contains("bomb.csv.gz: the gzip data expands more than 200 times"))
    #expect(run.standardError.contains("--max-gzip-ratio"))
  }

  @Test func gzipRatioLimitCanBeRaised() throws {
    let folder = try BinaryRun.temporaryFolder()
    try Self.bomb(in: folder)
    let run = try GuardedRun.reidrisk(
      ["scan", "bomb.csv.gz", "--qi", "zip", "--max-gzip-ratio", "5000", "--format", "json"],
      in: folder, timeout: 120)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("\"records\" : 2000000"))
    let bad = try GuardedRun.reidrisk(
      ["scan", "bomb.csv.gz", "--qi", "zip", "--max-gzip-ratio", "0.5"], in: folder)
    #expect(bad.status == 2)
    #expect(bad.standardError.contains("--max-gzip-ratio must be a number of at least 1"))
  }

  /// The first read of the pipe returns the one byte 0x1F; the old reader took the input for
  /// plain text and failed on "a quote is misplaced".
  @Test func gzipFromAPipeWhoseFirstReadIsOneByte() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["m.csv": Self.members], in: folder)
    let run = try GuardedRun.shell(
      "gzip -c m.csv > m.csv.gz && { head -c 1 m.csv.gz; sleep 0.5; tail -c +2 m.csv.gz; }"
        + " | \"$R\" scan - --qi zip --format json",
      in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("\"records\" : 3"))
  }

  @Test func policyFolderIsAClearError() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["data/m.csv": Self.members], in: folder)
    let run = try GuardedRun.reidrisk(["check", "--policy", "data"], in: folder)
    #expect(run.status == 2)
    #expect(
      run.standardError
        == "reidrisk: data: is a folder, not a file; give the path of the policy itself (such as"
        + " data/.reidrisk.yml)\n")
  }

  /// /dev/zero never ends: the policy is read up to its size limit, not until memory runs out.
  @Test func endlessPolicyIsCutAtItsSizeLimit() throws {
    let folder = try BinaryRun.temporaryFolder()
    let run = try GuardedRun.reidrisk(["check", "--policy", "/dev/zero"], in: folder, timeout: 20)
    #expect(!run.timedOut)
    #expect(run.status == 2)
    #expect(run.standardError.contains("the file is larger than 1,048,576 bytes"))
  }

  /// Binary formats are named by their first bytes, not reported as a header that is not UTF-8.
  @Test(
    arguments: [
      ("sheet.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "a ZIP archive"),
      ("doc.csv", Array("%PDF-1.7\n%âãÏÓ\n".utf8), "a PDF document"),
      ("wide.csv", [0xFF, 0xFE] + Array("zip".utf8).flatMap { [$0, 0] }, "UTF-16"),
      ("nobom.csv", Array("zip,age".utf8).flatMap { [$0, 0] }, "UTF-16 (little-endian)"),
    ] as [(String, [UInt8], String)])
  func binaryFileIsNamed(name: String, bytes: [UInt8], format: String) throws {
    let folder = try BinaryRun.temporaryFolder()
    try Data(bytes + Array(repeating: 0x41, count: 32)).write(
      to: folder.appendingPathComponent(name))
    let run = try GuardedRun.reidrisk(["scan", name, "--qi", "zip"], in: folder)
    #expect(run.status == 2)
    #expect(run.standardError.hasPrefix("reidrisk: \(name): this is "), "\(run.standardError)")
    #expect(run.standardError.contains(format), "\(run.standardError)")
    #expect(!run.standardError.contains("not valid UTF-8"))
    let columns = try GuardedRun.reidrisk(["columns", name], in: folder)
    #expect(columns.standardError.contains(format), "\(columns.standardError)")
  }

  @Test func xlsxInsideGzipIsNamed() throws {
    let folder = try BinaryRun.temporaryFolder()
    try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 64)).write(
      to: folder.appendingPathComponent("sheet.xlsx"))
    _ = try GuardedRun.shell("gzip -c sheet.xlsx > sheet.csv.gz", in: folder)
    let run = try GuardedRun.reidrisk(["scan", "sheet.csv.gz", "--qi", "zip"], in: folder)
    #expect(run.standardError.contains("a ZIP archive"))
    #expect(run.standardError.contains("inside its gzip compression"))
  }

  /// A file name holding a line feed and a GitHub Actions command: the old message printed it
  /// raw, so "::error file=..." started a line of its own and became an annotation.
  @Test func fileNameWithALineFeedCannotInjectAnAnnotation() throws {
    let folder = try BinaryRun.temporaryFolder()
    let name = "x\n::error file=app.swift,line=1::pwned\u{1B}[2J.csv"
    let run = try GuardedRun.reidrisk(["scan", name, "--qi", "zip"], in: folder)
    #expect(run.status == 2)
    #expect(run.errorLines.count == 1, "\(run.standardError)")
    #expect(!run.standardError.contains("\u{1B}"))
    #expect(
      run.standardError.hasPrefix(
        "reidrisk: x\\u{a}::error file=app.swift,line=1::pwned\\u{1b}[2J.csv: "))
  }

  /// A path of 2,000 characters: the message keeps its start and its remedy, within 300.
  @Test func longErrorIsCutTo300Characters() throws {
    let folder = try BinaryRun.temporaryFolder()
    let name = String(repeating: "abcdefghi/", count: 200) + "m.csv"
    let run = try GuardedRun.reidrisk(["scan", name, "--qi", "zip"], in: folder)
    #expect(run.status == 2)
    #expect(run.errorLines.count == 1)
    let line = run.errorLines.first ?? ""
    #expect(line.count <= 300, "\(line.count) characters")
    #expect(line.hasPrefix("reidrisk: abcdefghi/"))
    #expect(line.contains("characters cut"))
    #expect(line.hasSuffix("csv: cannot open (No such file or directory); check the path"))
  }
}
