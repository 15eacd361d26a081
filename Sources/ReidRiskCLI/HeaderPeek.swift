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
    guard path != "-" else {
      throw ReportedError(
        message:
          "-: \(command) reads a file's header before its records, so it cannot read standard input;"
          + " save the data to a file and give its path")
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw ReportedError(
        message: "\(path): cannot open (\(String(cString: strerror(errno)))); check the path")
    }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      throw ReportedError(message: "\(path): is a folder; give a CSV file")
    }
    let reader = DatasetReader(
      file: path,
      request: DatasetRequest(columns: [], delimiter: delimiter, isStrict: isStrict, parallelism: 1)
    )
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    var gzip: GzipStream?
    var isFirstChunk = true
    do {
      while reader.header == nil {
        let count = Foundation.read(descriptor, buffer.baseAddress, chunkSize)
        if count < 0 {
          if errno == EINTR { continue }
          throw ReportedError(message: "\(path): read failed (\(String(cString: strerror(errno))))")
        }
        if count == 0 { break }
        let chunk = UnsafeRawBufferPointer(rebasing: buffer[..<count])
        if isFirstChunk {
          isFirstChunk = false
          if !GzipStream.isGzip(chunk), let kind = BinaryFormat.recognise(chunk) {
            throw BinaryFormat.error(path, kind: kind)
          }
          if GzipStream.isGzip(chunk) { gzip = try GzipStream(file: path, outputSize: chunkSize) }
        }
        if let gzip {
          try gzip.decompress(chunk) { if reader.header == nil { try reader.consume($0) } }
        } else {
          try reader.consume(chunk)
        }
      }
      if let header = reader.header { return header }
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
