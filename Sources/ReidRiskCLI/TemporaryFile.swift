import Foundation

/// The temporary file an atomic write is filling, removed if the run is interrupted.
///
/// While one exists, SIGINT, SIGTERM and SIGHUP remove it, then end the process by the same
/// signal with its default action, so the shell sees the usual status (130 for Ctrl-C, 143
/// for `kill`) and no `.NAME.reidrisk-PID-N.tmp` with records in it stays behind. The handler
/// only calls `unlink`, `signal` and `raise`, which are safe inside a signal handler.
enum TemporaryFile {
  static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Creates `path` (exclusively, mode 0600) and returns its descriptor, or -1 with `errno`.
  /// From now until `release`, a signal removes it.
  static func create(_ path: String) -> Int32 {
    installHandlers()
    let name = strdup(path)
    pendingPath = name
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor < 0 {
      let saved = errno
      pendingPath = nil
      free(name)
      errno = saved
    }
    return descriptor
  }

  /// The temporary file is gone (renamed or removed): a signal no longer removes anything.
  static func release() {
    let name = pendingPath
    pendingPath = nil
    free(name)
  }

  private static func installHandlers() {
    guard !handlersInstalled else { return }
    handlersInstalled = true
    for number in signals {
      let previous = signal(number) { number in
        if let path = pendingPath { unlink(path) }
        signal(number, SIG_DFL)
        raise(number)
      }
      // a signal the caller ignores (nohup ignores SIGHUP) stays ignored
      if let previous, unsafeBitCast(previous, to: Int.self) == 1 { signal(number, SIG_IGN) }
    }
  }
}

/// The path of the temporary file being written (a C string), read by the signal handler.
nonisolated(unsafe) private var pendingPath: UnsafeMutablePointer<CChar>?
nonisolated(unsafe) private var handlersInstalled = false
