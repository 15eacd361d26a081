import CZlib

/// Decompresses a gzip stream (`.csv.gz`) chunk by chunk through zlib, handing each piece of
/// output to a sink, so a compressed file is never held whole in memory.
///
/// Concatenated gzip members (as `cat a.gz b.gz` makes) are read one after the other, as
/// `gzip -d` does. The `z_stream` lives on the heap because zlib keeps a pointer back to it.
final class GzipStream {
  let file: String
  private let stream: UnsafeMutablePointer<z_stream>
  private let output: UnsafeMutableRawBufferPointer
  private var isOpen = false
  private var memberEnded = false

  /// The first bytes of every gzip file.
  static func isGzip(_ bytes: UnsafeRawBufferPointer) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  init(file: String, outputSize: Int = 1 << 20) throws(ReportedError) {
    self.file = file
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    output = .allocate(byteCount: outputSize, alignment: 16)
    // 15 + 16: a gzip header is required (16), with the largest window (15)
    let status = inflateInit2_(stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      stream.deallocate()
      output.deallocate()
      throw ReportedError(message: "\(file): cannot start gzip decompression (zlib code \(status))")
    }
    isOpen = true
  }

  deinit {
    if isOpen { inflateEnd(stream) }
    stream.deinitialize(count: 1)
    stream.deallocate()
    output.deallocate()
  }

  /// Decompresses `input`, calling `sink` with each piece of output.
  func decompress(
    _ input: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    guard let base = input.baseAddress, !input.isEmpty else { return }
    stream.pointee.next_in = UnsafeMutablePointer(
      mutating: base.assumingMemoryBound(to: Bytef.self))
    stream.pointee.avail_in = uInt(input.count)
    while stream.pointee.avail_in > 0 {
      if memberEnded {
        // another gzip member follows the one that ended
        inflateReset(stream)
        memberEnded = false
      }
      stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
      stream.pointee.avail_out = uInt(output.count)
      let status = inflate(stream, Z_NO_FLUSH)
      let produced = output.count - Int(stream.pointee.avail_out)
      if produced > 0 { try sink(UnsafeRawBufferPointer(rebasing: output[..<produced])) }
      switch status {
      case Z_OK: continue
      case Z_STREAM_END: memberEnded = true
      case Z_BUF_ERROR where produced > 0: continue
      default: throw corrupt(status)
      }
    }
  }

  /// Checks that the stream ended where the input did.
  func finish() throws(ReportedError) {
    guard memberEnded else {
      throw ReportedError(
        message:
          "\(file): the gzip stream ends early (truncated file?); check the download or recompress it"
      )
    }
  }

  private func corrupt(_ status: Int32) -> ReportedError {
    let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib code \(status)"
    return ReportedError(
      message: "\(file): not a valid gzip stream (\(detail)); check the file with gzip -t")
  }
}
