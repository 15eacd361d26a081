internal import CLibCSV

/// Receives the fields and record ends that `CSVTokenizer` finds.
///
/// A final class rather than a protocol: the C callbacks call it directly, with no dynamic
/// dispatch on the hot path.
final class FieldSink {
  /// Called for each field with its bytes. The buffer is only valid during the call.
  var onField: (UnsafeRawBufferPointer) -> Void
  /// Called at the end of each record with its field count; never called for empty lines.
  var onRecord: (Int) -> Void

  var fieldsInRecord = 0
  /// Physical line (1-based, within this tokenizer's input) on which the current record starts.
  var recordStartLine = 1
  /// Line the parser is on now: newlines seen outside fields plus those inside quoted fields.
  var line = 1

  init(
    onField: @escaping (UnsafeRawBufferPointer) -> Void = { _ in },
    onRecord: @escaping (Int) -> Void = { _ in }
  ) {
    self.onField = onField
    self.onRecord = onRecord
  }
}

private let lineFeed = UInt8(ascii: "\n")

private func fieldCallback(_ bytes: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
  let sink = Unmanaged<FieldSink>.fromOpaque(context!).takeUnretainedValue()
  if sink.fieldsInRecord == 0 { sink.recordStartLine = sink.line }
  sink.fieldsInRecord += 1
  let buffer = UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : length)
  for byte in buffer where byte == lineFeed { sink.line += 1 }
  sink.onField(buffer)
}

private func recordCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
  let sink = Unmanaged<FieldSink>.fromOpaque(context!).takeUnretainedValue()
  let fields = sink.fieldsInRecord
  sink.fieldsInRecord = 0
  if fields > 0 { sink.onRecord(fields) }
  if terminator == Int32(lineFeed) { sink.line += 1 }
}

/// A streaming CSV tokenizer over libcsv: bytes in, fields and record ends out.
///
/// Strict by default (`CSV_STRICT | CSV_STRICT_FINI`): a quote inside an unquoted field or an
/// unterminated quote at the end is an error. Spaces around unquoted fields are kept (libcsv
/// trims them by default); values are compared as exact bytes. Empty lines are skipped and still
/// counted as lines, so `FieldSink.recordStartLine` is the physical line a record starts on.
final class CSVTokenizer {
  private let parser: UnsafeMutablePointer<csv_parser>
  let sink: FieldSink
  /// The largest field accepted, in bytes; past it parsing stops with `fieldTooLarge`.
  let maximumFieldBytes: Int

  init(delimiter: UInt8, strict: Bool, sink: FieldSink, maximumFieldBytes: Int = 16 << 20) throws(CSVTokenizerError) {
    parser = .allocate(capacity: 1)
    self.sink = sink
    self.maximumFieldBytes = maximumFieldBytes
    let options = UInt8(CSV_REPALL_NL) | (strict ? UInt8(CSV_STRICT | CSV_STRICT_FINI) : 0)
    guard csv_init(parser, options) == 0 else {
      parser.deallocate()
      throw .outOfMemory
    }
    csv_set_delim(parser, delimiter)
    csv_set_space_func(parser) { _ in 0 }
    csv_set_blk_size(parser, 4096)
  }

  deinit {
    csv_free(parser)
    parser.deallocate()
  }

  /// Tokenizes the next bytes of the stream. Fields and records arrive through the sink.
  func parse(_ bytes: UnsafeRawBufferPointer) throws(CSVTokenizerError) {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    let context = Unmanaged.passUnretained(sink).toOpaque()
    var offset = 0
    // Feed in slices so that an oversized field is caught before libcsv buffers all of it.
    while offset < bytes.count {
      let length = min(1 << 20, bytes.count - offset)
      let parsed = csv_parse(parser, base + offset, length, fieldCallback, recordCallback, context)
      if parsed != length { throw error() }
      offset += length
      if csv_get_buffer_size(parser) > maximumFieldBytes { throw .fieldTooLarge(maximumFieldBytes) }
    }
  }

  /// Ends the stream: delivers a last record that had no final newline.
  func finish() throws(CSVTokenizerError) {
    let context = Unmanaged.passUnretained(sink).toOpaque()
    if csv_fini(parser, fieldCallback, recordCallback, context) != 0 { throw error() }
  }

  private func error() -> CSVTokenizerError {
    switch csv_error(parser) {
    case Int32(CSV_EPARSE): return .malformedQuote
    case Int32(CSV_ENOMEM): return .outOfMemory
    case Int32(CSV_ETOOBIG): return .fieldTooLarge(maximumFieldBytes)
    case let code: return .unknown(Int(code))
    }
  }
}

/// What libcsv reported, before the dataset layer adds the file, record and line.
enum CSVTokenizerError: Error, Equatable {
  case malformedQuote
  case outOfMemory
  case fieldTooLarge(Int)
  case unknown(Int)
}
