import Foundation

/// A run of the built binary (or a shell) that may hang or be stopped by a signal: it ends by
/// itself, or is killed at `timeout` and says so, so a regression that hangs fails the test
/// instead of blocking the suite.
struct GuardedRun {
  let status: Int32
  let wasKilledBySignal: Bool
  let timedOut: Bool
  let standardOutput: String
  let standardError: String
  let seconds: Double

  /// Runs `program` with `arguments` in `folder` (NO_COLOR set, `environment` added, standard
  /// input empty), killed after `timeout` seconds.
  static func run(
    _ program: URL, _ arguments: [String], in folder: URL? = nil,
    environment extra: [String: String] = [:], timeout: Double = 30
  ) throws -> GuardedRun {
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
    process.standardInput = FileHandle.nullDevice
    let started = Date()
    try process.run()
    nonisolated(unsafe) var outputData = Data()
    nonisolated(unsafe) var errorData = Data()
    let group = DispatchGroup()
    for (pipe, isOutput) in [(output, true), (error, false)] {
      group.enter()
      DispatchQueue.global().async {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        if isOutput { outputData = data } else { errorData = data }
        group.leave()
      }
    }
    var timedOut = false
    while process.isRunning {
      if Date().timeIntervalSince(started) > timeout {
        timedOut = true
        kill(process.processIdentifier, SIGKILL)
        break
      }
      usleep(10_000)
    }
    process.waitUntilExit()
    group.wait()
    return GuardedRun(
      status: process.terminationStatus,
      wasKilledBySignal: process.terminationReason == .uncaughtSignal,
      timedOut: timedOut,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self),
      seconds: Date().timeIntervalSince(started))
  }

  /// Runs the built reidrisk with `arguments` in `folder`, killed after `timeout` seconds.
  static func reidrisk(
    _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
    timeout: Double = 30
  ) throws -> GuardedRun {
    try run(BinaryRun.reidrisk, arguments, in: folder, environment: environment, timeout: timeout)
  }

  /// Runs `script` with /bin/sh in `folder`, `$R` being the built reidrisk.
  static func shell(_ script: String, in folder: URL, timeout: Double = 30) throws -> GuardedRun {
    try run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: folder,
      environment: ["R": BinaryRun.reidrisk.path], timeout: timeout)
  }

  /// The lines of standard error.
  var errorLines: [Substring] {
    standardError.split(separator: "\n", omittingEmptySubsequences: true)
  }
}
