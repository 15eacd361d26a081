/// One parser and one set of dictionaries: a lane tokenizes and interns the pieces of a file
/// given to it, in its own code space; `DatasetReader` merges the lanes at the end.
final class ReaderLane: FieldSink, @unchecked Sendable {
  /// What a lane made of one piece of the file, in the lane's own codes.
  struct Piece {
    /// The codes of the kept records, record by record, `slots` codes each.
    var codes: [Int32] = []
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
  private let tokenizer: CSVTokenizer
  private let slotOfField: [Int]  // header index -> requested slot, or -1
  private let fieldCount: Int
  private let isStrict: Bool
  private var piece = Piece()
  private var current: [Int32]

  init(delimiter: UInt8, isStrict: Bool, slotOfField: [Int], slots: Int) throws(CSVTokenizerError) {
    self.slotOfField = slotOfField
    self.fieldCount = slotOfField.count
    self.isStrict = isStrict
    dictionaries = Array(repeating: ValueDictionary(), count: slots)
    current = Array(repeating: 0, count: slots)
    tokenizer = try CSVTokenizer(delimiter: delimiter, strict: isStrict)
  }

  override func field(_ bytes: UnsafeRawBufferPointer, index: Int) {
    guard index < fieldCount else { return }
    let slot = slotOfField[index]
    if slot >= 0 { current[slot] = dictionaries[slot].code(of: bytes) }
  }

  override func record(fields: Int) {
    guard piece.failure == nil else { return }
    let line = recordStartLine
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
    piece.codes.append(contentsOf: current)
    piece.records += 1
  }

  /// Starts a piece that starts at a record boundary.
  func startPiece(expectedBytes: Int = 0) {
    piece = Piece()
    piece.codes.reserveCapacity(expectedBytes / 64 * current.count)
    line = 1
  }

  /// Tokenizes the next bytes of the piece; with `isLast`, also ends the stream.
  func parse(_ bytes: UnsafeRawBufferPointer, isLast: Bool) {
    do {
      try tokenizer.parse(bytes, into: self)
      if isLast { try tokenizer.finish(into: self) }
    } catch {
      if piece.failure == nil {
        let start = fieldsInRecord > 0 ? recordStartLine : line
        piece.failure = (.tokenizer(error), piece.seen, start)
      }
    }
    piece.lineFeeds = line - 1
  }

  /// Tokenizes a whole piece.
  func run(_ bytes: UnsafeRawBufferPointer, isLast: Bool) -> Piece {
    startPiece(expectedBytes: bytes.count)
    parse(bytes, isLast: isLast)
    return takePiece()
  }

  /// Takes the piece built so far.
  func takePiece() -> Piece {
    defer { piece = Piece() }
    return piece
  }
}
