internal import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Receives the fields and record ends that `CSVTokenizer` finds; subclasses override
/// `field(_:index:)` and `record(fields:)`.
///
/// A class rather than a protocol or closures: the C callbacks reach it through an unretained
/// pointer and call it with one virtual call, no reference counting on the hot path.
class FieldSink {
  /// Fields seen so far in the current record.
  final var fieldsInRecord = 0
  /// Physical line (from 1, within this sink's input) on which the current record starts.
  final var recordStartLine = 1
  /// Line the parser is on now: line feeds seen outside fields plus those inside quoted fields.
  final var line = 1

  /// A field with its bytes (valid only during the call) and its index in the record, from 0.
  func field(_ bytes: UnsafeRawBufferPointer, index: Int) {}
  /// The end of a record with `fields` fields; never called for an empty line.
  func record(fields: Int) {}
}

private let lineFeed = UInt8(ascii: "\n")

private func fieldCallback(
  _ bytes: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?
) {
  Unmanaged<FieldSink>.fromOpaque(context!)._withUnsafeGuaranteedRef {
    deliver(bytes, length, to: $0)
  }
}

@inline(__always)
private func deliver(_ bytes: UnsafeMutableRawPointer?, _ length: Int, to sink: FieldSink) {
  let index = sink.fieldsInRecord
  if index == 0 { sink.recordStartLine = sink.line }
  sink.fieldsInRecord = index + 1
  guard let bytes, length > 0 else {
    sink.field(UnsafeRawBufferPointer(start: nil, count: 0), index: index)
    return
  }
  var position = UnsafeRawPointer(bytes)
  let end = position + length
  while position < end, let feed = memchr(position, Int32(lineFeed), end - position) {
    sink.line += 1
    position = UnsafeRawPointer(feed) + 1
  }
  sink.field(UnsafeRawBufferPointer(start: bytes, count: length), index: index)
}

private func recordCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
  Unmanaged<FieldSink>.fromOpaque(context!)._withUnsafeGuaranteedRef { sink in
    let fields = sink.fieldsInRecord
    sink.fieldsInRecord = 0
    if fields > 0 { sink.record(fields: fields) }
    if terminator == Int32(lineFeed) { sink.line += 1 }
  }
}

/// A streaming CSV tokenizer over libcsv: bytes in, fields and record ends out.
///
/// Strict by default (`CSV_STRICT | CSV_STRICT_FINI`): a quote inside an unquoted field or an
/// unterminated quote at the end is an error. Spaces around unquoted fields are kept (libcsv
/// trims them by default); values are compared as exact bytes. Empty lines are skipped and still
/// counted as lines, so `FieldSink.recordStartLine` is the physical line a record starts on.
final class CSVTokenizer {
  private let parser: UnsafeMutablePointer<csv_parser>
  /// The largest field accepted, in bytes; past it parsing stops with `fieldTooLarge`.
  let maximumFieldBytes: Int

  init(delimiter: UInt8, strict: Bool, maximumFieldBytes: Int = 16 << 20) throws(CSVTokenizerError)
  {
    parser = .allocate(capacity: 1)
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
  func parse(_ bytes: UnsafeRawBufferPointer, into sink: FieldSink) throws(CSVTokenizerError) {
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
  func finish(into sink: FieldSink) throws(CSVTokenizerError) {
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
