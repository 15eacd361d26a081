import Foundation

/// Runs the built `reidrisk` binary (or another program) in a folder and captures its output:
/// the helper of the end-to-end tests of `check`, `report` and `diff`.
struct BinaryRun {
  let status: Int32
  let standardOutput: String
  let standardError: String

  /// The `reidrisk` executable beside the test bundle in the build folder.
  static var reidrisk: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
    var folder = bundle.deletingLastPathComponent()
    if folder.lastPathComponent == "MacOS" {
      folder = folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    }
    return folder.appendingPathComponent("reidrisk")
  }

  /// Runs `reidrisk` with `arguments` in `folder`.
  static func reidrisk(_ arguments: [String], in folder: URL? = nil) throws -> BinaryRun {
    try run(reidrisk, arguments, in: folder)
  }

  /// Runs `program` with `arguments` in `folder`, with NO_COLOR set, `environment` added, and
  /// `input` (or nothing) on standard input.
  static func run(
    _ program: URL, _ arguments: [String], in folder: URL? = nil, input: String? = nil,
    environment extra: [String: String] = [:]
  ) throws -> BinaryRun {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.merge(extra) { $1 }
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let standardInput = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : standardInput
    try process.run()
    if let input {
      standardInput.fileHandleForWriting.write(Data(input.utf8))
      try standardInput.fileHandleForWriting.close()
    }
    // read both pipes at once so that neither fills up and blocks the child
    nonisolated(unsafe) var errorData = Data()
    let reading = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      errorData = error.fileHandleForReading.readDataToEndOfFile()
      reading.signal()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    reading.wait()
    process.waitUntilExit()
    return BinaryRun(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }

  /// This test process's folder of temporary folders, `reidrisk-e2e-PID` under the temporary
  /// folder, removed with everything in it when the process exits.
  static let runFolder: URL = {
    let folder = URL(fileURLWithPath: runFolderPath())
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: runFolderPath()) }
    return folder
  }()

  private static func runFolderPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("reidrisk-e2e-\(getpid())").path
  }

  /// A new empty folder in `runFolder`.
  static func temporaryFolder() throws -> URL {
    let folder = runFolder.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.resolvingSymlinksInPath()
  }

  /// Writes `files` (relative path → contents) under `folder`, creating subfolders.
  static func write(_ files: [String: String], in folder: URL) throws {
    for (path, contents) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: url)
    }
  }

  /// The first of `names` found on the PATH folders of Debian.
  static func tool(_ name: String) -> URL? {
    ["/usr/bin", "/bin", "/usr/local/bin"].map {
      URL(fileURLWithPath: $0).appendingPathComponent(name)
    }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}
