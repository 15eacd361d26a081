import Foundation

/// Writes a file so that it is never left half-written: into a temporary file beside it, then
/// renamed over the destination.
enum AtomicFile {
  static func write(_ text: String, to path: String) throws(ReportedError) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).reidrisk-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
    do {
      try Data(text.utf8).write(to: temporary, options: [.withoutOverwriting])
    } catch {
      throw ReportedError(
        message:
          "\(path): cannot write (\(error.localizedDescription)); check the folder exists and is writable"
      )
    }
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw ReportedError(message: "\(path): cannot replace the file (\(reason))")
    }
  }
}
