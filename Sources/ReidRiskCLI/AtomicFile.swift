import Foundation

/// Writes an output (a report, a flags file) where the user asked, without ever losing a file:
///
/// - `nil` or `-`: standard output; so are `/dev/stdout`, `/dev/fd/1` and `/proc/self/fd/1`
///   (and the like for other open descriptors), written to the descriptor itself.
/// - a regular file, or a new name: written into a temporary file beside it
///   (`.NAME.reidrisk-PID-N.tmp`, mode 0600, removed on SIGINT, SIGTERM and SIGHUP), then
///   renamed over it, so the destination is the old file or the new one, never half of
///   each. A new file gets mode 0600 (it may hold personal data); a replaced one keeps its
///   mode. A symbolic link is followed: the file it points to is replaced, the link stays.
/// - a character device or a FIFO (`/dev/null`, a named pipe): written straight into it; the
///   node itself is never replaced.
///
/// The destination is refused before anything is written when it is an input of the run or
/// an output it already wrote (same device and inode, whatever the path; see `RunFiles`), or
/// a folder. Every write is checked: a full disk or a closed standard output is an error.
enum AtomicFile {
  /// Writes `text` to `path` (nil: standard output).
  static func write(_ text: String, to path: String?) throws(ReportedError) {
    var text = text
    let failure: ReportedError? = text.withUTF8 { bytes in
      do throws(ReportedError) {
        try write(UnsafeRawBufferPointer(bytes), to: path)
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  static func write(_ bytes: UnsafeRawBufferPointer, to path: String?) throws(ReportedError) {
    guard let path, path != "-" else {
      return try writeAll(bytes, to: STDOUT_FILENO, name: "standard output")
    }
    guard !path.isEmpty else {
      throw ReportedError(
        message: "the output file name is empty; give a file name, or - for standard output")
    }
    if let descriptor = openDescriptor(path) {
      let name = descriptor == STDOUT_FILENO ? "standard output" : path
      return try writeAll(bytes, to: descriptor, name: name)
    }
    var destination = path
    var status = stat()
    if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK {
      // replace the file the link points to, not the link
      if let resolved = realpath(path, nil) {
        destination = String(cString: resolved)
        free(resolved)
      }
    }
    var mode: mode_t = 0o600
    if stat(destination, &status) == 0 {
      if let clash = RunFiles.shared.clash(FileIdentity(status), path: path) { throw clash }
      switch status.st_mode & S_IFMT {
      case S_IFREG:
        mode = status.st_mode & 0o777
      case S_IFDIR:
        throw ReportedError(message: "\(path): is a folder; give a file name for the output")
      default:
        // a device or a FIFO: write into it, never replace the node
        let descriptor = open(destination, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "cannot open") }
        defer { close(descriptor) }
        return try writeAll(bytes, to: descriptor, name: path)
      }
    }
    try replace(destination, shownAs: path, with: bytes, mode: mode)
    RunFiles.shared.recordOutput(path: destination)
  }

  /// The descriptor a `/dev/stdout`-like path names, when it is one of ours.
  static func openDescriptor(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return STDOUT_FILENO
    case "/dev/stderr": return STDERR_FILENO
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        if let number = Int32(path.dropFirst(prefix.count)), fcntl(number, F_GETFD) != -1 {
          return number
        }
      }
      return nil
    }
  }

  /// Writes `bytes` into a new temporary file beside `destination`, then renames it over.
  private static func replace(
    _ destination: String, shownAs path: String, with bytes: UnsafeRawBufferPointer, mode: mode_t
  ) throws(ReportedError) {
    let url = URL(fileURLWithPath: destination)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).reidrisk-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
      ).path
    let descriptor = TemporaryFile.create(temporary)
    guard descriptor >= 0 else {
      throw failure(
        path, "cannot create a file in its folder",
        remedy: "check the folder exists and is writable")
    }
    defer { TemporaryFile.release() }
    var isOpen = true
    do throws(ReportedError) {
      if mode != 0o600 { fchmod(descriptor, mode) }
      try writeAll(bytes, to: descriptor, name: path, pausing: true)
      // fsync: the rename must not reach the disk before the data (EINVAL: cannot sync)
      guard fsync(descriptor) == 0 || errno == EINVAL else { throw failure(path, "cannot write") }
      isOpen = false
      guard close(descriptor) == 0 else { throw failure(path, "cannot write") }
    } catch {
      if isOpen { close(descriptor) }
      unlink(temporary)
      throw error
    }
    if rename(temporary, destination) != 0 {
      let error = failure(path, "cannot replace the file")
      unlink(temporary)
      throw error
    }
  }

  /// Writes every byte to `descriptor`, retrying short writes; an error names `name`.
  static func writeAll(
    _ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String, pausing: Bool = false
  ) throws(ReportedError) {
    guard var next = bytes.baseAddress else { return }
    let end = next + bytes.count
    let chunk = 1 << 20
    while next < end {
      let written = Foundation.write(descriptor, next, min(chunk, end - next))
      if written < 0 {
        if errno == EINTR { continue }
        throw failure(name, "cannot write the output")
      }
      if written == 0 { throw ReportedError(message: "\(name): the output accepted no more bytes") }
      next += written
      if pausing { TestHooks.pauseAfterFirstChunk() }
    }
  }

  private static func failure(_ name: String, _ what: String, remedy: String? = nil)
    -> ReportedError
  {
    let reason = String(cString: strerror(errno))
    let fix =
      remedy
      ?? (name == "standard output"
        ? "check the disk or the program reading the output"
        : "check the disk and the folder's permissions")
    return ReportedError(message: "\(name): \(what) (\(reason)); \(fix)")
  }
}
