import Foundation

/// Standard input for the commands that read a file twice (`columns` and `link` read the
/// header, then the records): copied to a temporary file first, read from there, and the
/// temporary path put back as `-` in every message. The copy is removed afterwards.
enum StandardInputSpool {
  /// Runs `body` with `path`, or with a copy of standard input when `path` is `-`.
  static func with<T>(_ path: String, _ body: (String) throws -> T) throws -> T {
    guard path == "-" else { return try body(path) }
    let copy = try spool()
    defer { unlink(copy) }
    do {
      return try body(copy)
    } catch let error as ReportedError {
      throw ReportedError(message: error.message.replacing(copy, with: "-"), line: error.line)
    }
  }

  /// Copies standard input to a new temporary file and returns its path.
  static func spool() throws(ReportedError) -> String {
    let folder =
      ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((folder + "/reidrisk-stdin-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw ReportedError(
        message: "-: cannot make a temporary copy of standard input in \(folder)"
          + " (\(String(cString: strerror(errno)))); set TMPDIR to a writable folder")
    }
    defer { close(descriptor) }
    let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count = read(STDIN_FILENO, buffer.baseAddress, buffer.count)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        unlink(path)
        throw ReportedError(
          message: "-: reading standard input failed (\(String(cString: strerror(errno))))")
      }
      if count == 0 { return path }
      var written = 0
      while written < count {
        let done = write(descriptor, buffer.baseAddress! + written, count - written)
        guard done > 0 else {
          unlink(path)
          throw ReportedError(
            message:
              "-: cannot copy standard input to \(folder) (\(String(cString: strerror(errno))))")
        }
        written += done
      }
    }
  }
}
