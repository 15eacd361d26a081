import Foundation

/// A client program of an engine (the DuckDB shell, the Spark driver) run as a child process:
/// no shell, the program found on PATH, standard input written by reidrisk, standard output
/// streamed to the caller as it comes, standard error kept (its first 64 KiB) for the message.
final class EngineProcess {
  let engine: String
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let errorText = ErrorText()
  /// The child's process group when it leads one (Foundation starts children that way on
  /// Linux): a JVM the child starts is in it, and stays reachable after the child ends.
  private var group: pid_t = 0

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

    /// Whether standard error ended (every process holding it did) within `seconds`.
    func ended(within seconds: Double) -> Bool {
      guard done.wait(timeout: .now() + seconds) == .success else { return false }
      done.signal()
      return true
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
    let id = process.processIdentifier
    if getpgid(id) == id { group = id }
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

  /// Writes `text` to the child's standard input; `close` ends it. A child that has ended is
  /// no error here (the caller sees the end of its output): SIGPIPE is blocked on this thread
  /// for the write and, if the write raised it, taken, so it never ends reidrisk.
  func write(_ text: String, close: Bool) {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
    defer {
      var pending = sigset_t()
      sigpending(&pending)
      if sigismember(&pending, SIGPIPE) == 1 && sigismember(&previous, SIGPIPE) == 0 {
        var taken: Int32 = 0
        sigwait(&pipeSignal, &taken)
      }
      pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
    let handle = input.fileHandleForWriting
    try? handle.write(contentsOf: Data(text.utf8))
    if close { try? handle.close() }
  }

  /// The next bytes of standard output (at most 64 KiB), as soon as there are any; empty at
  /// its end. One `read(2)`: `FileHandle.read(upToCount:)` waits until the count is filled,
  /// which a driver that answers one line and waits for the next request never does.
  func read() -> Data {
    var buffer = Data(count: 64 << 10)
    let descriptor = output.fileHandleForReading.fileDescriptor
    let count = buffer.withUnsafeMutableBytes { bytes in
      var count: Int
      repeat {
        count = Glibc.read(descriptor, bytes.baseAddress, bytes.count)
      } while count < 0 && errno == EINTR
      return count
    }
    buffer.count = max(count, 0)
    return buffer
  }

  /// Waits for the child to end: its exit status and what it wrote to standard error.
  func wait() -> (status: Int32, errors: String) {
    process.waitUntilExit()
    errorText.done.wait()
    errorText.done.signal()
    return (process.terminationStatus, errorText.text)
  }

  /// Whether the child ended within `seconds` (polled every 50 ms).
  func ended(within seconds: Double) -> Bool {
    let deadline = Date(timeIntervalSinceNow: seconds)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    return !process.isRunning
  }

  /// Ends the child (reidrisk stops reading: an error in a row) with SIGTERM, and every
  /// process of its group when it leads one (the JVM a Spark driver started).
  func stop() {
    send(SIGTERM)
    try? input.fileHandleForWriting.close()
  }

  /// Stops the child and its group, then SIGKILL to what is left after `grace` seconds (a
  /// child that blocks SIGTERM, a JVM that hangs on its way out); its status and log.
  func end(grace: Double) -> (status: Int32, errors: String) {
    stop()
    if !ended(within: grace) || !errorText.ended(within: grace) { send(SIGKILL) }
    return wait()
  }

  private func send(_ number: Int32) {
    if group > 0 { kill(-group, number) }
    if process.isRunning { kill(process.processIdentifier, number) }
  }
}
