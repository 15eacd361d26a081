internal import CLibCSV

/// Receives the fields and record ends that `CSVTokenizer` finds; subclasses override
/// `field(_:index:)` and `record(fields:)`.
///
/// A class rather than a protocol or closures: the C callbacks reach it through an unretained
/// pointer and call it with one virtual call, no reference counting on the hot path.
///
/// The counters that the callbacks change on every field are `@exclusivity(unchecked)`: a
/// sink is used by one parser on one thread, and its callbacks never overlap, so the runtime's
/// dynamic exclusivity check (about 5% of a scan) has nothing to find there.
class FieldSink {
  /// Fields seen so far in the current record.
  @exclusivity(unchecked) final var fieldsInRecord = 0
  /// Physical line (from 1, within this sink's input) on which the current record starts.
  @exclusivity(unchecked) final var recordStartLine = 1
  /// Line feeds seen outside fields, plus 1; and, when `quotedLineFeeds` is nil, those inside
  /// quoted fields too, found by searching every field.
  @exclusivity(unchecked) final var line = 1
  /// The line feeds inside quoted fields, each as the number of line feeds outside fields
  /// before it, when `CSVSurvey` has found them beforehand; nil: search every field instead.
  final var quotedLineFeeds: [Int]?
  /// How many of `quotedLineFeeds` lie before the current record.
  @exclusivity(unchecked) private final var quotedLineFeedsPassed = 0
  /// The field indices for which `field(_:index:)` is called; nil: every field.
  final var wantedFields: [Bool]?
  /// Fields of the current record that a `RecordCuts.Cut` kept from libcsv: counted in the
  /// record's fields when it ends.
  @exclusivity(unchecked) final var skippedFields = 0

  /// A field with its bytes (valid only during the call) and its index in the record, from 0.
  func field(_ bytes: UnsafeRawBufferPointer, index: Int) {}
  /// The end of a record with `fields` fields; never called for an empty line.
  func record(fields: Int) {}

  /// The physical line the parser is on, at the start of a record or between records.
  final var currentLine: Int {
    guard let quotedLineFeeds else { return line }
    let outside = line - 1
    while quotedLineFeedsPassed < quotedLineFeeds.count
      && quotedLineFeeds[quotedLineFeedsPassed] < outside
    {
      quotedLineFeedsPassed += 1
    }
    return line + quotedLineFeedsPassed
  }

  /// All the line feeds seen, outside and inside fields.
  final var allLineFeeds: Int { line - 1 + (quotedLineFeeds?.count ?? 0) }

  /// Starts again at line 1, with the quoted line feeds that `CSVSurvey` found (nil: none
  /// known, search the fields).
  final func restartLines(quotedLineFeeds: [Int]?) {
    line = 1
    self.quotedLineFeeds = quotedLineFeeds
    quotedLineFeedsPassed = 0
  }

  @inline(__always)
  fileprivate final func isWanted(_ index: Int) -> Bool {
    guard let wantedFields else { return true }
    return index < wantedFields.count && wantedFields[index]
  }
}

private let lineFeed = UInt8(ascii: "\n")

private func fieldCallback(
  _ bytes: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?
) {
  Unmanaged<FieldSink>.fromOpaque(context!)._withUnsafeGuaranteedRef { sink in
    let index = sink.fieldsInRecord
    if index == 0 { sink.recordStartLine = sink.currentLine }
    sink.fieldsInRecord = index + 1
    guard let bytes, length > 0 else {
      if sink.isWanted(index) {
        sink.field(UnsafeRawBufferPointer(start: nil, count: 0), index: index)
      }
      return
    }
    if sink.quotedLineFeeds == nil {
      sink.line += lineFeeds(in: UnsafeRawPointer(bytes), count: length)
    }
    if sink.isWanted(index) {
      sink.field(UnsafeRawBufferPointer(start: bytes, count: length), index: index)
    }
  }
}

/// The line feeds in `count` bytes, eight bytes at a time: most fields are short and hold none.
/// Unchecked: `index` and `found` stay at most `count`, a field's length.
@inline(__always)
func lineFeeds(in bytes: UnsafeRawPointer, count: Int) -> Int {
  let ones: UInt64 = 0x0101_0101_0101_0101
  let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  var found = 0
  var index = 0
  while index &+ 8 <= count {
    let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ (ones &* 0x0A)
    // A byte of `word` is zero where the input held a line feed.
    if (word &- ones) & ~word & (ones << 7) != 0 {
      found &+= (~(((word & lows) &+ lows) | word | lows)).nonzeroBitCount
    }
    index &+= 8
  }
  while index < count {
    if bytes.load(fromByteOffset: index, as: UInt8.self) == lineFeed { found &+= 1 }
    index &+= 1
  }
  return found
}

private func recordCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
  Unmanaged<FieldSink>.fromOpaque(context!)._withUnsafeGuaranteedRef { sink in
    let fields = sink.fieldsInRecord &+ sink.skippedFields
    sink.fieldsInRecord = 0
    sink.skippedFields = 0
    if fields > 0 { sink.record(fields: fields) }
    if terminator == Int32(lineFeed) { sink.line += 1 }
  }
}

/// libcsv's space rule that keeps every space: no byte is a space to trim.
private func neverSpace(_ byte: UInt8) -> Int32 { 0 }

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
    csv_set_space_func(parser, neverSpace)
    csv_set_blk_size(parser, 4096)
  }

  /// Whether spaces and tabs at the edges of unquoted fields are kept, as values must be exact
  /// bytes. Keeping them costs libcsv a call per byte of every unquoted field; its own rule
  /// trims them, much faster. So a tokenizer may drop this for bytes that `CSVSurvey` found to
  /// have no such spaces, where both rules give the same fields.
  var keepsEdgeSpaces = true {
    didSet {
      guard keepsEdgeSpaces != oldValue else { return }
      csv_set_space_func(parser, keepsEdgeSpaces ? neverSpace : nil)
    }
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

  /// Tokenizes the next bytes of the stream but for the bytes that `cuts` leave out: for each
  /// cut, the bytes before its `prefixEnd` (from its lead's `neededStart`, the lead's fields
  /// counted as read), then its skipped fields are counted, and reading goes on from its
  /// `resumeAt` (the record's line end).
  func parse(
    _ bytes: UnsafeRawBufferPointer, cuts: [RecordCuts.Cut], into sink: FieldSink
  ) throws(CSVTokenizerError) {
    guard let base = bytes.baseAddress else { return }
    var start = 0
    for cut in cuts {
      if let lead = cut.lead {
        // The bytes up to the record (the line end before it), then its needed fields alone,
        // numbered from the lead's count; the record starts on the line the parser is on.
        try parse(
          UnsafeRawBufferPointer(start: base + start, count: lead.recordStart - start), into: sink)
        sink.recordStartLine = sink.currentLine
        sink.fieldsInRecord = lead.fields
        start = lead.neededStart
      }
      try parse(
        UnsafeRawBufferPointer(start: base + start, count: cut.prefixEnd - start), into: sink)
      sink.skippedFields = cut.skippedFields
      start = cut.resumeAt
    }
    try parse(UnsafeRawBufferPointer(start: base + start, count: bytes.count - start), into: sink)
  }

  /// Whether the bytes so far end inside a quoted field (libcsv's state FIELD_BEGUN, 2, in a
  /// quoted field): a quote left open, in lenient mode, swallows the rest of the file.
  var endsInsideQuotes: Bool { parser.pointee.quoted != 0 && parser.pointee.pstate == 2 }

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
