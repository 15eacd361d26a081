import Foundation

/// A client program of an engine (the DuckDB shell, `spark-submit`) run as a child process:
/// no shell, the program found on PATH, standard input written by reidrisk, standard output
/// streamed to the caller as it comes, standard error kept (its first 64 KiB) for the message.
final class EngineProcess {
  let engine: String
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let errorText = ErrorText()

  /// The last 64 KiB a child wrote to standard error, filled on a thread of its own so that a
  /// chatty child (Spark's logs) never blocks on a full pipe.
  private final class ErrorText: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()
    let done = DispatchSemaphore(value: 0)

    func append(_ data: Data) {
      lock.lock()
      bytes.append(data)
      if bytes.count > 64 << 10 { bytes = bytes.suffix(64 << 10) }
      lock.unlock()
    }

    var text: String {
      lock.lock()
      defer { lock.unlock() }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// The program `name` found on PATH, or nil.
  static func find(_ name: String, environment: [String: String]) -> URL? {
    let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    for folder in folders where !folder.isEmpty {
      let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// Starts `program` with `arguments`, the environment of reidrisk plus `environment`, in
  /// `folder` (nil: the current folder).
  init(
    engine: String, program: URL, arguments: [String], environment: [String: String] = [:],
    folder: String? = nil
  ) throws(EngineError) {
    self.engine = engine
    process.executableURL = program
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw EngineError(
        engine: engine, kind: .unavailable, detail: "\(program.path) did not start",
        remedy: "that it is installed and may be run")
    }
    let handle = errors.fileHandleForReading
    let text = errorText
    Thread.detachNewThread {
      while true {
        let data = handle.availableData
        if data.isEmpty { break }
        text.append(data)
      }
      text.done.signal()
    }
  }

  /// Writes `text` to the child's standard input; `close` ends it.
  func write(_ text: String, close: Bool) {
    let handle = input.fileHandleForWriting
    try? handle.write(contentsOf: Data(text.utf8))
    if close { try? handle.close() }
  }

  /// The next bytes of standard output (at most 64 KiB), empty at its end.
  func read() -> Data {
    (try? output.fileHandleForReading.read(upToCount: 64 << 10)) ?? Data()
  }

  /// Waits for the child to end: its exit status and what it wrote to standard error.
  func wait() -> (status: Int32, errors: String) {
    process.waitUntilExit()
    errorText.done.wait()
    return (process.terminationStatus, errorText.text)
  }

  /// Ends the child (reidrisk stops reading: an error in a row).
  func stop() {
    if process.isRunning { process.terminate() }
    try? input.fileHandleForWriting.close()
  }
}
