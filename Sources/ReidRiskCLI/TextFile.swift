import Foundation
import ReidRisk

/// Reads a small text file the run depends on (the policy, a scenario file) with a clear error
/// for each way it can fail: missing, a folder, too large, not UTF-8. The file is recorded as
/// an input of the run, so no output can replace it.
enum TextFile {
  /// The text of `path`, read as `what` ("the policy"), at most `limit` bytes (a longer file
  /// is returned cut at `limit + 1` bytes, so the parser's own size check names it).
  static func read(_ path: String, what: String, limit: Int = YAMLLimits.maximumBytes)
    throws(ReportedError) -> String
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ReportedError(
        message:
          "\(path): cannot read \(what) (\(String(cString: strerror(errno)))); check the path")
    }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      let example = what == "the policy" ? " (such as \(path)/\(Policy.fileName))" : ""
      throw ReportedError(
        message: "\(path): is a folder, not a file; give the path of \(what) itself\(example)")
    }
    RunFiles.shared.recordInput(descriptor: descriptor, path: path)
    var bytes: [UInt8] = []
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)
    defer { buffer.deallocate() }
    while bytes.count <= limit {
      let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw ReportedError(
          message: "\(path): cannot read \(what) (\(String(cString: strerror(errno))))")
      }
      if count == 0 { break }
      bytes += buffer[..<count]
    }
    if bytes.count > limit + 1 { bytes.removeLast(bytes.count - limit - 1) }
    // the signature is read from the first bytes, inside the array's own buffer
    if let format = bytes.prefix(16).withUnsafeBytes({ FileSignature.foreignFormat($0) }) {
      throw ReportedError(message: "\(path): \(what) is \(format)")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ReportedError(message: "\(path): \(what) is not valid UTF-8 text; save it as UTF-8")
    }
    return text
  }
}
