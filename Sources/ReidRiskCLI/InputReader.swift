import Foundation
import ReidRisk

/// Streams a file (or standard input for "-") into a `DatasetReader` in fixed-size chunks,
/// with a progress line on standard error when it is a TTY and the file is large. A gzip file
/// (recognised by its first two bytes, whatever its name) is decompressed on the way.
enum InputReader {
  static let chunkSize = 8 << 20

  /// How much of a mapped file is tokenized at a time.
  static let mappedSliceSize = 8 << 20

  /// Reads `path`; with a `digest`, feeds it every byte read (for the file's size and SHA-256).
  /// A refused record's remedy names settings as `wording` does (a policy's `lenient: true`).
  /// With `profiles`, the values are counted there and the dataset has no columns.
  static func read(
    _ path: String, request: DatasetRequest, digest: InputDigest? = nil,
    wording: SettingWording = .flags, profiles: ProfileTallies? = nil
  ) throws(ReportedError) -> Dataset {
    let descriptor: Int32 = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ReportedError(
        message: "\(path): cannot open (\(String(cString: strerror(errno)))); check the path")
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    RunFiles.shared.recordInput(descriptor: descriptor, path: path)
    var status = stat()
    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      throw ReportedError(message: "\(path): is a folder; give CSV files")
    }
    let size = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
    // a large file shows its share read; a stream (standard input, a pipe) its bytes and rate
    let progress = Progress(
      total: size, enabled: Terminal.isTTY(STDERR_FILENO) && (size > 8 << 20 || size == 0),
      file: path)
    var request = request
    request.expectedBytes = size > 0 ? size : nil
    if request.parallelism > 1 { request.parallelism = ReadingLanes.shared.count }
    let reader =
      profiles.map { DatasetReader(file: path, request: request, profiles: $0) }
      ?? DatasetReader(file: path, request: request)
    let start = InputStart(file: path, outputSize: chunkSize)
    func feed(_ chunk: UnsafeRawBufferPointer) throws {
      digest?.update(chunk)
      try start.feed(chunk) { try reader.consume($0) }
      progress.advance(chunk.count)
    }
    do {
      if size > 0, let file = MappedFile(descriptor: descriptor, size: size, path: path) {
        try file.forEachSlice(of: mappedSliceSize, feed)
      } else {
        try readChunks(descriptor, path: path, feed)
      }
      try start.finish()
      progress.finish()
      return try reader.finish()
    } catch let error as DatasetError {
      progress.finish()
      throw ReportedError(message: error.message(wording), line: error.line)
    } catch let error as ReportedError {
      throw error
    } catch {
      throw ReportedError(message: "\(path): \(error)")
    }
  }

  /// Reads a descriptor (standard input, a pipe) in blocks of `size` bytes into one buffer,
  /// reused: each block is filled before it is handed on (a pipe gives at most 64 KiB a read),
  /// so the reader sees a few large blocks instead of thousands of small ones. The first block
  /// therefore holds at least `FileSignature.length` bytes (or the whole input when shorter),
  /// so that gzip and other formats are told by their first bytes.
  static func readChunks(
    _ descriptor: Int32, path: String, size: Int = chunkSize,
    _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0
    while true {
      let count = Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
      if count < 0 {
        if errno == EINTR { continue }
        throw ReportedError(message: "\(path): read failed (\(String(cString: strerror(errno))))")
      }
      filled += count
      if count > 0 && filled < size { continue }
      if filled > 0 { try body(UnsafeRawBufferPointer(rebasing: buffer[..<filled])) }
      filled = 0
      if count == 0 { return }
    }
  }
}

/// The start of an input: tells gzip from plain text and other formats by the first bytes,
/// decompresses gzip on the way, and refuses a format that is not CSV (`FileSignature`), both
/// in the file and inside its gzip stream.
final class InputStart {
  let file: String
  let outputSize: Int
  private var isFirstChunk = true
  private var isFirstOutput = true
  private var gzip: GzipStream?

  init(file: String, outputSize: Int) {
    self.file = file
    self.outputSize = outputSize
  }

  /// Hands the text of `chunk` (decompressed when gzip) to `sink`.
  func feed(_ chunk: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void)
    throws
  {
    if isFirstChunk {
      isFirstChunk = false
      if GzipStream.isGzip(chunk) {
        gzip = try GzipStream(file: file, outputSize: outputSize)
      }
    }
    if let gzip {
      try gzip.decompress(chunk) { try self.text($0, sink) }
    } else {
      try text(chunk, sink)
    }
  }

  private func text(
    _ bytes: UnsafeRawBufferPointer, _ sink: (UnsafeRawBufferPointer) throws -> Void
  )
    throws
  {
    if isFirstOutput {
      isFirstOutput = false
      if let format = FileSignature.foreignFormat(bytes) {
        let inside = gzip == nil ? "" : " inside its gzip compression"
        throw ReportedError(message: "\(file): this is \(format)\(inside)")
      }
    }
    try sink(bytes)
  }

  /// Checks that a gzip stream ended where the input did.
  func finish() throws(ReportedError) { try gzip?.finish() }
}

/// A regular file mapped into memory, read slice by slice without copying. Each slice's pages
/// are released once it has been read, so memory holds about one slice of the file.
///
/// A file that another program shortens while it is read would fault (SIGBUS) on the missing
/// pages; while a file is mapped, that signal prints a one-line error and exits with 2.
private struct MappedFile {
  let base: UnsafeMutableRawPointer
  let size: Int
  let path: String

  init?(descriptor: Int32, size: Int, path: String) {
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      base != UnsafeMutableRawPointer(bitPattern: -1)
    else { return nil }
    madvise(base, size, MADV_SEQUENTIAL)
    self.base = base
    self.size = size
    self.path = path
  }

  func forEachSlice(of length: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    let message = strdup(
      "reidrisk: \(path): the file got shorter while it was read; run again once it is"
        + " complete\n")
    truncationMessage = message
    let previous = signal(SIGBUS) { _ in
      if let message = truncationMessage { write(STDERR_FILENO, message, strlen(message)) }
      _exit(2)
    }
    defer {
      signal(SIGBUS, previous)
      truncationMessage = nil
      free(message)
      munmap(base, size)
    }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    var offset = 0
    var released = 0
    while offset < size {
      let count = min(length, size - offset)
      try body(UnsafeRawBufferPointer(start: base + offset, count: count))
      offset += count
      let readUpTo = offset / page * page
      if readUpTo > released {
        madvise(base + released, readUpTo - released, MADV_DONTNEED)
        released = readUpTo
      }
    }
  }
}

/// What the SIGBUS handler prints while a file is mapped (a C string, set before the handler).
nonisolated(unsafe) private var truncationMessage: UnsafeMutablePointer<CChar>?

/// "reading members.csv  42%" on standard error, redrawn in place; for a stream of unknown
/// size (standard input), "reading -  96.0 MiB  48.2 MiB/s", from the first 8 MiB on.
private final class Progress {
  let total: Int
  let enabled: Bool
  let file: String
  var done = 0
  var shown = -1
  let start = DispatchTime.now().uptimeNanoseconds

  init(total: Int, enabled: Bool, file: String) {
    self.total = total
    self.enabled = enabled
    self.file = file
  }

  func advance(_ bytes: Int) {
    guard enabled else { return }
    done += bytes
    if total == 0 {
      let mebibytes = done >> 20
      guard mebibytes >= 8, mebibytes != shown else { return }
      shown = mebibytes
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      Terminal.standardError(
        "\r\u{1B}[Kreading \(file)  \(Self.mebibytes(done))  \(Self.mebibytes(Int(Double(done) / max(seconds, 1e-3))))/s"
      )
      return
    }
    let percent = min(100, done * 100 / max(total, 1))
    if percent != shown {
      shown = percent
      Terminal.standardError("\rreading \(Terminal.safe(file))  \(percent)%")
    }
  }

  func finish() {
    if enabled && shown >= 0 { Terminal.standardError("\r\u{1B}[K") }
  }

  /// 100663296 → "96.0 MiB".
  static func mebibytes(_ bytes: Int) -> String {
    let tenths = Int((Double(bytes) / 1_048_576 * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) MiB"
  }
}
