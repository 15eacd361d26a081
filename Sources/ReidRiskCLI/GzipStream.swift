import ArgumentParser
import CZlib

/// Decompresses a gzip stream (`.csv.gz`) chunk by chunk through zlib, handing each piece of
/// output to a sink, so a compressed file is never held whole in memory.
///
/// Concatenated gzip members (as `cat a.gz b.gz` makes) are read one after the other, as
/// `gzip -d` does. The `z_stream` lives on the heap because zlib keeps a pointer back to it.
///
/// A decompression bomb (a few MB that expand to GiB) is refused: once the output passes
/// `ratioCheckStart` (1 MiB), the running totals must keep output ≤ ratio × input, the ratio
/// being `GzipLimits.maximumRatio` (200 unless `--max-gzip-ratio` raises it). CSV compresses
/// 5 to 20 times in practice; 4 MB expanding to 4 GiB is 1,000 times.
final class GzipStream {
  /// Output below this size is never refused, however well it compressed.
  static let ratioCheckStart = 1 << 20

  let file: String
  let maximumRatio: Double
  private(set) var bytesIn = 0
  private(set) var bytesOut = 0
  private let stream: UnsafeMutablePointer<z_stream>
  private let output: UnsafeMutableRawBufferPointer
  private var isOpen = false
  private var memberEnded = false

  /// The first bytes of every gzip file.
  static func isGzip(_ bytes: UnsafeRawBufferPointer) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  init(file: String, outputSize: Int = 1 << 20, maximumRatio: Double = GzipLimits.maximumRatio)
    throws(ReportedError)
  {
    self.file = file
    self.maximumRatio = maximumRatio
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
      let before = Int(stream.pointee.avail_in)
      let status = inflate(stream, Z_NO_FLUSH)
      let produced = output.count - Int(stream.pointee.avail_out)
      bytesIn += before - Int(stream.pointee.avail_in)
      bytesOut += produced
      if bytesOut > Self.ratioCheckStart && Double(bytesOut) > maximumRatio * Double(bytesIn) {
        throw bomb()
      }
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

  private func bomb() -> ReportedError {
    let limit = maximumRatio.rounded() == maximumRatio ? "\(Int(maximumRatio))" : "\(maximumRatio)"
    return ReportedError(
      message:
        "\(file): the gzip data expands more than \(limit) times (\(bytesIn) bytes gave"
        + " \(bytesOut)), as a decompression bomb does; if the file is genuine, raise the limit"
        + " with --max-gzip-ratio")
  }

  private func corrupt(_ status: Int32) -> ReportedError {
    let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib code \(status)"
    return ReportedError(
      message: "\(file): not a valid gzip stream (\(detail)); check the file with gzip -t")
  }
}

/// The decompression limit of every gzip input of the run (see `GzipStream`).
enum GzipLimits {
  static let defaultRatio = 200.0

  /// The most output bytes per input byte a gzip input may expand to.
  nonisolated(unsafe) static var maximumRatio = defaultRatio

  /// Sets the limit from `--max-gzip-ratio`; at least 1.
  static func apply(_ ratio: Double?) throws {
    guard let ratio else { return }
    guard ratio >= 1, ratio.isFinite else {
      throw ValidationError(
        "--max-gzip-ratio must be a number of at least 1 (default \(Int(defaultRatio))), got \(ratio)"
      )
    }
    maximumRatio = ratio
  }
}
