/// One parser and one set of dictionaries: a lane tokenizes and interns the pieces of a file
/// given to it, in its own code space; `DatasetReader` merges the lanes at the end.
final class ReaderLane: @unchecked Sendable {
  /// What a lane made of one piece of the file, in the lane's own codes.
  struct Piece {
    var codes: [[Int32]]
    /// Records kept, then records seen (kept + skipped).
    var records = 0
    var seen = 0
    /// Line feeds in the piece, so that the next piece knows its first line.
    var lineFeeds = 0
    /// Where each kept record starts, in local record indices and lines.
    var lines = LineIndex()
    var skipped: [SkippedRecord] = []  // local numbers
    var failure: (error: FailureKind, record: Int, line: Int)?
  }

  enum FailureKind: Equatable {
    case tokenizer(CSVTokenizerError)
    case wrongFieldCount(expected: Int, found: Int)
  }

  private(set) var dictionaries: [ValueDictionary]
  private var tokenizer: CSVTokenizer!
  private let slotOfField: [Int]  // header index -> requested slot, or -1
  private let fieldCount: Int
  private let isStrict: Bool
  private var piece: Piece
  private var current: [Int32]

  init(delimiter: UInt8, isStrict: Bool, slotOfField: [Int], slots: Int) throws(CSVTokenizerError) {
    self.slotOfField = slotOfField
    self.fieldCount = slotOfField.count
    self.isStrict = isStrict
    dictionaries = Array(repeating: ValueDictionary(), count: slots)
    piece = Piece(codes: Array(repeating: [], count: slots))
    current = Array(repeating: 0, count: slots)
    let sink = FieldSink()
    tokenizer = try CSVTokenizer(delimiter: delimiter, strict: isStrict, sink: sink)
    sink.onField = { [unowned self] bytes in self.field(bytes) }
    sink.onRecord = { [unowned self] fields in self.endRecord(fields) }
  }

  private func field(_ bytes: UnsafeRawBufferPointer) {
    let index = tokenizer.sink.fieldsInRecord - 1
    guard index < fieldCount else { return }
    let slot = slotOfField[index]
    if slot >= 0 { current[slot] = dictionaries[slot].code(of: bytes) }
  }

  private func endRecord(_ fields: Int) {
    guard piece.failure == nil else { return }
    let line = tokenizer.sink.recordStartLine
    let record = piece.seen
    piece.seen += 1
    if fields != fieldCount {
      if isStrict {
        piece.failure = (.wrongFieldCount(expected: fieldCount, found: fields), record, line)
      } else {
        piece.skipped.append(SkippedRecord(record: record, line: line, fields: fields))
      }
      return
    }
    piece.lines.record(piece.records, startsOn: line)
    for slot in current.indices { piece.codes[slot].append(current[slot]) }
    piece.records += 1
  }

  /// Tokenizes `bytes`, which start at a record boundary; with `isLast`, also ends the stream.
  func run(_ bytes: UnsafeRawBufferPointer, isLast: Bool) -> Piece {
    piece = Piece(codes: Array(repeating: [], count: dictionaries.count))
    for slot in piece.codes.indices { piece.codes[slot].reserveCapacity(bytes.count / 64) }
    tokenizer.sink.line = 1
    continueRun(bytes, isLast: isLast)
    return piece
  }

  /// Tokenizes more bytes of the same piece (sequential reading).
  func continueRun(_ bytes: UnsafeRawBufferPointer, isLast: Bool) {
    do {
      try tokenizer.parse(bytes)
      if isLast { try tokenizer.finish() }
    } catch {
      if piece.failure == nil {
        let sink = tokenizer.sink
        let line = sink.fieldsInRecord > 0 ? sink.recordStartLine : sink.line
        piece.failure = (.tokenizer(error), piece.seen, line)
      }
    }
    piece.lineFeeds = tokenizer.sink.line - 1
  }

  /// Takes the piece built by `continueRun` calls.
  func takePiece() -> Piece {
    defer { piece = Piece(codes: Array(repeating: [], count: dictionaries.count)) }
    return piece
  }

  /// Starts a piece that `continueRun` will fill.
  func startPiece() {
    piece = Piece(codes: Array(repeating: [], count: dictionaries.count))
    tokenizer.sink.line = 1
  }
}
