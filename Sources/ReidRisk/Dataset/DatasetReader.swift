import Dispatch

/// What to read from a file: which columns, and how to tokenize it.
public struct DatasetRequest: Sendable {
  /// Column names as the user gave them (exact, else a unique case-insensitive match).
  public var columns: [String]
  /// The field delimiter; detected from the header when nil.
  public var delimiter: UInt8?
  /// Strict: a misplaced quote or a record with the wrong field count is an error. Lenient:
  /// libcsv accepts stray quotes as data and such records are skipped and counted.
  public var isStrict: Bool
  /// How many parsers tokenize parts of the file at once (strict mode only); the CLI gives
  /// the cores available, at most `--threads`.
  public var parallelism: Int
  /// One parser over every byte in order: no pieces, no surveys, no cuts (lenient reading
  /// always reads so). The reference that reading in pieces is tested against; one lane of
  /// `parallelism` still reads in pieces, cutting records where it can.
  public var isSequential = false
  /// Chooses the columns once the header is known (every column, or columns found by
  /// synonym); when set, it replaces `columns`.
  public var columnsForHeader: (@Sendable (Header) -> [String])?
  /// The size of the input in bytes, when known: lets the reader size its code columns once,
  /// from the records per byte of the first part, instead of growing them by doubling.
  public var expectedBytes: Int?
  /// The most distinct values a column may hold; past it, reading ends with
  /// `DatasetError.tooManyDistinctValues` instead of running out of memory.
  public var maximumDistinctValues = DatasetRequest.defaultMaximumDistinctValues
  /// The key of the value dictionaries' hash (see `HashSeed`); the dataset never depends on it.
  public var hashSeed = HashSeed.processDefault
  /// Whether libcsv is handed each record only up to its last needed field (`FieldSkipping`);
  /// the dataset never depends on it.
  public var fieldSkipping = FieldSkipping.whenWorthwhile

  /// 50 million distinct values in one column: about 2 GB of dictionary for values of 9 bytes.
  public static let defaultMaximumDistinctValues = 50_000_000

  public init(
    columns: [String], delimiter: UInt8? = nil, isStrict: Bool = true, parallelism: Int = 2,
    columnsForHeader: (@Sendable (Header) -> [String])? = nil
  ) {
    self.columns = columns
    self.columnsForHeader = columnsForHeader
    self.delimiter = delimiter
    self.isStrict = isStrict
    self.parallelism = parallelism
  }
}

/// Streams CSV bytes into a `Dataset`: give it the bytes in chunks of any size with `consume`,
/// then call `finish`.
///
/// The header is read first and decides the delimiter and the columns. After it, the bytes of
/// each chunk are tokenized where they lie, in pieces of complete records that the lanes take
/// one after another (`PieceChain`, each piece's end found by its `CSVSurvey`); only a record
/// cut off at the end of a chunk is copied, to be completed by the next. `finish` translates
/// the lanes' codes into file-order codes, all columns at once. Memory holds the dictionaries,
/// one code per record and requested column, and at most one cut-off record.
public final class DatasetReader {
  public let file: String
  public let request: DatasetRequest
  public private(set) var delimiter: UInt8?
  public private(set) var header: Header?

  private var pending: [UInt8] = []
  private var isSequential: Bool
  private var headerLineFeeds = 0
  private var lanes: [ReaderLane] = []
  private var assembly: DatasetAssembly?
  private var sawBytes = false
  /// Where the values go when they are handed over instead of interned.
  private var valueSink: ValueSink?
  private var bomChecked = false
  /// About how many bytes a lane tokenizes at a time: small enough that libcsv reads them
  /// while the survey has left them in the core's cache.
  static let pieceBytes = 128 << 10
  /// The piece size of this reader: `pieceBytes`, or a few bytes in the fuzz target, so that a
  /// small input is cut into many pieces.
  var pieceBytes = DatasetReader.pieceBytes
  /// Past this many bytes without a record boundary, give up splitting (a huge quoted field).
  private let pendingLimit = 64 << 20

  public init(file: String, request: DatasetRequest) {
    self.file = file
    self.request = request
    self.delimiter = request.delimiter
    self.isSequential = request.isSequential || !request.isStrict
  }

  /// A reader that hands the values of the requested columns to `profiles`, in file order,
  /// instead of keeping a code per record: the dataset it returns has no columns (its records,
  /// skipped records and lines are all there).
  public convenience init(file: String, request: DatasetRequest, profiles: ProfileTallies) {
    self.init(file: file, request: request)
    handOverValues(to: profiles)
  }

  /// Hands the values of the requested columns to `profiles` instead of keeping codes (as
  /// `init(file:request:profiles:)`); call it before the first bytes.
  public func handOverValues(to profiles: ProfileTallies) {
    guard header == nil else { return }
    valueSink = profiles
  }

  /// Reads the next bytes of the file. The bytes are tokenized where they lie; only a record
  /// cut off at their end is copied, to be completed by the next bytes.
  public func consume(_ bytes: UnsafeRawBufferPointer) throws(DatasetError) {
    guard !bytes.isEmpty else { return }
    if lineEnds == .carriageReturn {
      // Old Mac files end lines with CR alone: read as line feeds (libcsv takes both, the
      // boundaries and line numbers count line feeds).
      var copy = Array(bytes)
      LineEnds.translate(&copy[...])
      let result = copy.withUnsafeBytes { buffer in
        Result { () throws(DatasetError) in try consumeBytes(buffer) }
      }
      try result.get()
      return handOverSequentialValues()
    }
    try consumeBytes(bytes)
    handOverSequentialValues()
  }

  /// Hands the values that the one lane of sequential reading kept to the sink.
  private func handOverSequentialValues() {
    guard let valueSink, isSequential, let values = lanes.first?.takeValues() else { return }
    valueSink.take([values])
  }

  private func consumeBytes(_ bytes: UnsafeRawBufferPointer) throws(DatasetError) {
    sawBytes = true
    if header == nil {
      pending.append(contentsOf: bytes)
      try readHeader(isLast: false)
      if header != nil { try tokenizePending(isLast: false) }
      return
    }
    if isSequential { return parseSequentially(bytes) }
    var rest = bytes
    if !pending.isEmpty {
      let inQuotes = pending.withUnsafeBytes { RecordBoundaries.endsInQuotes($0) }
      guard let end = RecordBoundaries.first(in: rest, inQuotes: inQuotes) else {
        pending.append(contentsOf: rest)
        if pending.count > pendingLimit { switchToSequential() }
        return
      }
      pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest[..<end]))
      rest = UnsafeRawBufferPointer(rebasing: rest[end...])
      try tokenizePending(isLast: false)
    }
    let end = try tokenize(rest, isLast: false)
    pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest[end...]))
    if pending.count > pendingLimit { switchToSequential() }
  }

  /// Ends the file and returns the dataset.
  public func finish() throws(DatasetError) -> Dataset {
    guard sawBytes else { throw .empty(file: file) }
    if header == nil { try readHeader(isLast: true) }
    guard let header else { throw .empty(file: file) }
    if isSequential {
      lanes[0].parse(UnsafeRawBufferPointer(start: nil, count: 0), isLast: true)
      handOverSequentialValues()
      try assembly?.append(lanes[0].takePiece(), lane: 0)
    } else {
      try tokenizePending(isLast: true)
    }
    guard var assembly, assembly.recordCount > 0 || assembly.hasSkipped else {
      throw .headerOnly(file: file)
    }
    self.assembly = nil
    // The lanes' tables of slots are dropped before the merge (it only reads their values),
    // so that they and the merged dictionary are never in memory at once.
    var laneDictionaries = lanes.map(\.dictionaries)
    lanes = []
    for lane in laneDictionaries.indices {
      for slot in laneDictionaries[lane].indices { laneDictionaries[lane][slot].dropIndex() }
    }
    let handsOver = valueSink != nil
    return try assembly.dataset(
      header: header, requested: handsOver ? [] : requestedNames, indices: handsOver ? [] : slots,
      laneDictionaries: laneDictionaries)
  }

  // MARK: Header

  private func readHeader(isLast: Bool) throws(DatasetError) {
    if !bomChecked && (pending.count >= 3 || isLast) {
      bomChecked = true
      if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
    }
    guard bomChecked else { return }
    if lineEnds == nil {
      guard let found = LineEnds(start: pending, isLast: isLast) else {
        if pending.count > pendingLimit { throw .headerTooLarge(file: file, limit: pendingLimit) }
        return
      }
      lineEnds = found
      if found == .carriageReturn { LineEnds.translate(&pending[...]) }
    }
    // Blank lines before the header are skipped, and counted in the line numbers.
    let blank = pending.prefix { $0 == 0x0A }.count
    if blank > 0 {
      pending.removeFirst(blank)
      blankLinesBeforeHeader += blank
      guard !pending.isEmpty else {
        if isLast { throw .empty(file: file) }
        return
      }
    }
    let end: Int? = pending.withUnsafeBytes { RecordBoundaries.first(in: $0) }
    guard let end = end ?? (isLast ? pending.count : nil) else {
      if pending.count > pendingLimit { throw .headerTooLarge(file: file, limit: pendingLimit) }
      return
    }
    let headerBytes = Array(pending[..<end])
    pending.removeFirst(end)
    let headerLine = blankLinesBeforeHeader + 1
    let fields = try headerFields(headerBytes, line: headerLine)
    guard !fields.isEmpty else { throw .empty(file: file) }
    let header = try Header(fields: fields, file: file, line: headerLine)
    requestedNames = request.columnsForHeader?(header) ?? request.columns
    let indices = try header.indices(of: requestedNames, file: file, line: headerLine)
    var slotOfField = Array(repeating: -1, count: fields.count)
    for (slot, index) in indices.enumerated() where slotOfField[index] < 0 {
      slotOfField[index] = slot
    }
    self.slots = indices
    headerLineFeeds = headerBytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + blankLinesBeforeHeader
    let laneCount = isSequential ? 1 : max(1, request.parallelism)
    do {
      for _ in 0..<laneCount {
        lanes.append(
          try ReaderLane(
            delimiter: delimiter!, isStrict: request.isStrict, slotOfField: slotOfField,
            slots: indices.count, seed: request.hashSeed,
            maximumDistinctValues: request.maximumDistinctValues,
            fieldSkipping: request.fieldSkipping))
      }
    } catch {
      throw .outOfMemory(file: file, record: 1, line: headerLineFeeds + 1)
    }
    if isSequential { lanes[0].startPiece() }
    if let valueSink {
      for lane in lanes { lane.handsOverValues = true }
      valueSink.start(header: header, columns: Set(indices).sorted())
    }
    let kept = valueSink == nil ? indices : []
    assembly = DatasetAssembly(
      file: file, indices: kept, names: kept.map { header.names[$0] },
      firstLine: headerLineFeeds + 1, seed: request.hashSeed,
      maximumDistinctValues: request.maximumDistinctValues)
    self.header = header
  }

  private var slots: [Int] = []
  /// How the file ends its lines, once the first line end is seen.
  private var lineEnds: LineEnds?
  private var blankLinesBeforeHeader = 0
  private var bytesTokenized = 0
  private var isReserved = false
  /// The column names asked for, once the header has been read.
  private var requestedNames: [String] = []

  private func headerFields(_ bytes: [UInt8], line: Int) throws(DatasetError) -> [[UInt8]] {
    let delimiter = self.delimiter ?? Delimiter.detect(inHeader: bytes)
    self.delimiter = delimiter
    let sink = HeaderSink()
    do {
      let tokenizer = try CSVTokenizer(delimiter: delimiter, strict: request.isStrict)
      let failure: CSVTokenizerError? = bytes.withUnsafeBytes { buffer in
        do throws(CSVTokenizerError) { try tokenizer.parse(buffer, into: sink) } catch {
          return error
        }
        return nil
      }
      if let failure { throw failure }
      try tokenizer.finish(into: sink)
    } catch {
      throw .malformedHeader(file: file, line: line)
    }
    return sink.fields
  }

  // MARK: Records

  private func tokenizePending(isLast: Bool) throws(DatasetError) {
    if isSequential {
      let bytes = pending
      pending = []
      bytes.withUnsafeBytes { parseSequentially($0) }
      return
    }
    let result = pending.withUnsafeBytes { buffer in
      Result { () throws(DatasetError) in try tokenize(buffer, isLast: isLast) }
    }
    let end = try result.get()
    pending.removeFirst(end)
    if end == 0 && !isLast && pending.count > pendingLimit { switchToSequential() }
  }

  /// Tokenizes the complete records at the start of `bytes` (all of them when `isLast`) on all
  /// lanes at once, piece after piece as each lane is free (`PieceChain`), and merges them in
  /// file order. Returns where they end.
  private func tokenize(_ bytes: UnsafeRawBufferPointer, isLast: Bool) throws(DatasetError)
    -> Int
  {
    guard !bytes.isEmpty else { return 0 }
    let chain = PieceChain(
      bytes: bytes, delimiter: delimiter!, isEndOfFile: isLast,
      pieceBytes: pieceBytes, surveys: !lanes.contains { $0.cutsRecords })
    let lanes = self.lanes
    let done = DoneList(lanes: lanes.count)
    let input = UncheckedBytes(bytes: bytes)
    DispatchQueue.concurrentPerform(iterations: lanes.count) { lane in
      while let handout = chain.next() {
        let piece = lanes[lane].run(
          UnsafeRawBufferPointer(rebasing: input.bytes[handout.range]), survey: handout.survey,
          endsFile: handout.endsFile)
        done.add(piece, lane: lane, index: handout.index)
        // The merge stops at the first failure in file order, which is at or before this one;
        // the lane's parser is mid-record, so it takes no more pieces.
        if piece.failure != nil { break }
      }
    }
    let end = chain.end
    let pieces = done.inFileOrder()
    for (piece, lane) in pieces {
      try assembly?.append(piece, lane: lane)
    }
    valueSink?.take(pieces.compactMap(\.0.values))
    bytesTokenized += end
    if !isReserved, let expected = request.expectedBytes, let records = assembly?.recordCount,
      records > 0
    {
      isReserved = true
      assembly?.reserve(
        records: Int(Double(expected) / Double(bytesTokenized) * Double(records) * 1.02))
    }
    return end
  }

  /// Continues with one parser from the last record boundary: lane 0's parser is at a boundary.
  private func switchToSequential() {
    isSequential = true
    lanes[0].startPiece()
    let bytes = pending
    pending = []
    bytes.withUnsafeBytes { parseSequentially($0) }
  }

  /// Tokenizes the next bytes on lane 0 alone, and moves the codes it made to the assembly,
  /// so that they are held once (the lane's piece runs to the end of the file).
  private func parseSequentially(_ bytes: UnsafeRawBufferPointer) {
    lanes[0].parse(bytes, isLast: false)
    assembly?.appendCodes(lanes[0].takeCodes())
  }

}

/// Collects the fields of the header record.
private final class HeaderSink: FieldSink {
  var fields: [[UInt8]] = []
  override func field(_ bytes: UnsafeRawBufferPointer, index: Int) { fields.append(Array(bytes)) }
}

/// Lets `concurrentPerform` read one buffer.
private struct UncheckedBytes: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
}

/// The pieces the lanes have tokenized, each with its lane and place in file order.
///
/// Each lane's list sits in its own element of a fixed buffer: lanes append at once, each to
/// its own list. (An array of lists was a data race that the thread sanitizer found: every
/// append wrote through the one outer array.)
private final class DoneList: @unchecked Sendable {
  private let pieces: UnsafeMutableBufferPointer<[(index: Int, piece: ReaderLane.Piece)]>

  init(lanes: Int) {
    pieces = .allocate(capacity: lanes)
    pieces.initialize(repeating: [])
  }

  deinit {
    _ = pieces.deinitialize()
    pieces.deallocate()
  }

  /// Called by `lane` only, so lanes never write the same list.
  func add(_ piece: ReaderLane.Piece, lane: Int, index: Int) {
    pieces[lane].append((index, piece))
  }

  func inFileOrder() -> [(ReaderLane.Piece, Int)] {
    pieces.enumerated().flatMap { lane, pieces in pieces.map { ($0.index, $0.piece, lane) } }
      .sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
  }
}
