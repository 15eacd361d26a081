import Foundation
import ReidRisk

/// Reads only the header of a CSV file (gzip or not), so that a command can choose which
/// columns to keep before it reads the records.
///
/// Standard input cannot be read twice, so commands that peek (`link`, `columns`) take file
/// paths only.
enum HeaderPeek {
  static let chunkSize = 64 << 10

  /// The header of `path`, read with `delimiter` (nil: detected) and the strictness of the
  /// record reading that follows.
  static func header(of path: String, delimiter: UInt8?, isStrict: Bool, command: String)
    throws(ReportedError)
    -> Header
  {
    try headerAndDelimiter(of: path, delimiter: delimiter, isStrict: isStrict, command: command)
      .header
  }

  /// The header of `path` and the delimiter it was read with (given, or detected).
  static func headerAndDelimiter(
    of path: String, delimiter: UInt8?, isStrict: Bool, command: String
  ) throws(ReportedError) -> (header: Header, delimiter: UInt8) {
    guard path != "-" else {
      throw ReportedError(
        message:
          "-: \(command) reads a file's header before its records, so it cannot read standard input;"
          + " save the data to a file and give its path")
    }
    var kind = stat()
    if stat(path, &kind) == 0 && [S_IFIFO, S_IFCHR, S_IFSOCK].contains(kind.st_mode & S_IFMT) {
      // a FIFO or a device gives its bytes once: the records would be lost to the header (and
      // opening a FIFO waits for a writer)
      throw ReportedError(
        message:
          "\(path): \(command) reads a file's header before its records, so it cannot read a FIFO"
          + " or a device; save the data to a file and give its path")
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ReportedError(
        message: "\(path): cannot open (\(String(cString: strerror(errno)))); check the path")
    }
    defer { close(descriptor) }
    RunFiles.shared.recordInput(descriptor: descriptor, path: path)
    var status = stat()
    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      throw ReportedError(message: "\(path): is a folder; give a CSV file")
    }
    let reader = DatasetReader(
      file: path,
      request: DatasetRequest(columns: [], delimiter: delimiter, isStrict: isStrict, parallelism: 1)
    )
    let start = InputStart(file: path, outputSize: chunkSize)
    do {
      do {
        try InputReader.readChunks(descriptor, path: path, size: chunkSize) { chunk in
          try start.feed(chunk) { if reader.header == nil { try reader.consume($0) } }
          if reader.header != nil { throw HeaderFound() }
        }
      } catch is HeaderFound {}
      if let header = reader.header {
        return (header, reader.delimiter ?? delimiter ?? UInt8(ascii: ","))
      }
      _ = try reader.finish()  // throws the reason: empty, or a header without a line end
      throw ReportedError(
        message: "\(path): the file is empty; expected a header line and at least one record")
    } catch let error as DatasetError {
      throw ReportedError(message: error.description)
    } catch let error as ReportedError {
      throw error
    } catch {
      throw ReportedError(message: "\(path): \(error)")
    }
  }
}

/// Ends the reading of a file once its header is known.
private struct HeaderFound: Error {}
