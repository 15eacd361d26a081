import Foundation
import Testing

/// Folder walks end, list each file once and never block on a special file; `check FILE`
/// reads the file without walking the policy's folder.
@Suite struct WalkEndToEndTests {
  static let members = "zip,age\n02139,30\n02139,30\n10001,41\n"
  static let policy = "rules:\n  - files: [\"data/**/*.csv\"]\n    quasi_identifiers: [zip]\n"

  static func repository() throws -> URL {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write([".reidrisk.yml": policy, "data/a.csv": members], in: folder)
    return folder
  }

  static func link(_ name: String, to target: String, in folder: URL) throws {
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
  }

  static func fifo(_ name: String, in folder: URL) {
    mkfifo(folder.appendingPathComponent(name).path, 0o600)
  }

  /// The files of a `report --format json` run, in order.
  static func reportedFiles(_ run: GuardedRun) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
    let files = (object as? [String: Any])?["files"] as? [[String: Any]] ?? []
    return files.compactMap { $0["file"] as? String }
  }

  /// `data/loop -> ..` makes the old walk go round data/loop/data/loop/... without end.
  @Test func symlinkCycleUnderThePolicyFolderEnds() throws {
    let folder = try Self.repository()
    try Self.link("data/loop", to: "..", in: folder)
    let run = try GuardedRun.reidrisk(["check"], in: folder, timeout: 20)
    #expect(!run.timedOut)
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("1 file checked"), "\(run.standardOutput)")
  }

  /// A link to a parent folder listed the one file once per round of the loop (41 times).
  @Test func reportRecursiveListsAFileOnceThroughALink() throws {
    let folder = try Self.repository()
    try Self.link("data/again", to: ".", in: folder)
    try Self.link("data/same.csv", to: "a.csv", in: folder)
    let run = try GuardedRun.reidrisk(
      ["report", "data", "--recursive", "--qi", "zip", "--format", "json"], in: folder,
      timeout: 20)
    #expect(!run.timedOut)
    #expect(try Self.reportedFiles(run) == ["data/a.csv"])
    // a link to a file the walk lists is no news: no note
    #expect(run.standardError.isEmpty, "\(run.standardError)")
  }

  @Test func symlinkOutOfTheTreeIsNotFollowed() throws {
    let folder = try Self.repository()
    let outside = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["secret.csv": Self.members], in: outside)
    try Self.link("data/out.csv", to: outside.appendingPathComponent("secret.csv").path, in: folder)
    try Self.link("data/outdir", to: outside.path, in: folder)
    let run = try GuardedRun.reidrisk(
      ["report", "data", "--recursive", "--qi", "zip", "--format", "json"], in: folder)
    #expect(try Self.reportedFiles(run) == ["data/a.csv"])
    #expect(
      run.standardError
        == "reidrisk: note: data/out.csv: a symbolic link, not followed by the folder walk; give it by name to read it\n"
    )
  }

  /// Opening a FIFO blocks until someone writes to it: the old walk hung on it.
  @Test func fifoInAFolderIsSkippedWithANote() throws {
    let folder = try Self.repository()
    Self.fifo("data/pipe.csv", in: folder)
    let run = try GuardedRun.reidrisk(
      ["report", "data", "--qi", "zip", "--format", "json"], in: folder, timeout: 20)
    #expect(!run.timedOut)
    #expect(run.status == 0)
    #expect(try Self.reportedFiles(run) == ["data/a.csv"])
    #expect(run.standardError.contains("note: data/pipe.csv: not a regular file"))
    let check = try GuardedRun.reidrisk(["check"], in: folder, timeout: 20)
    #expect(!check.timedOut)
    #expect(check.status == 0)
  }

  @Test func fifoGivenByNameIsReadAsAStream() throws {
    let folder = try Self.repository()
    Self.fifo("pipe.csv", in: folder)
    let run = try GuardedRun.shell(
      "(cat data/a.csv > pipe.csv &) ; exec \"$R\" scan pipe.csv --qi zip --format json",
      in: folder, timeout: 20)
    #expect(!run.timedOut)
    #expect(run.status == 0)
    // classes {02139}: 2, {10001}: 1 → 3 records, k = 1
    #expect(run.standardOutput.contains("\"records\" : 3"), "\(run.standardOutput)")
  }

  /// `check FILE` reads that file only. Two links to the parent folder elsewhere in the tree
  /// make a walk that follows links branch without end (2^40 paths before ELOOP: the old
  /// `check data/a.csv` ran until killed), and a FIFO there would get a note from a walk:
  /// neither matters, because the tree is not walked.
  @Test func checkFileNeverWalksTheTree() throws {
    let folder = try Self.repository()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("other"), withIntermediateDirectories: true)
    try Self.link("other/up1", to: "..", in: folder)
    try Self.link("other/up2", to: "..", in: folder)
    Self.fifo("other/pipe.csv", in: folder)
    let run = try GuardedRun.reidrisk(["check", "data/a.csv"], in: folder, timeout: 20)
    #expect(!run.timedOut)
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("1 file checked"))
    #expect(run.standardError.isEmpty, "\(run.standardError)")
  }

  /// `columns` reads the header, then the records: a FIFO would give its header to the first
  /// read and its records to nobody (and opening it waits for a writer), so it is refused.
  @Test func fifoGivenToColumnsIsRefused() throws {
    let folder = try Self.repository()
    Self.fifo("pipe.csv", in: folder)
    let run = try GuardedRun.reidrisk(["columns", "pipe.csv"], in: folder, timeout: 20)
    #expect(!run.timedOut)
    #expect(run.status == 2)
    #expect(
      run.standardError.contains("pipe.csv: columns reads a file's header before its records"))
  }
}
