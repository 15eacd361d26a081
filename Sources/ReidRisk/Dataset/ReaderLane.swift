/// One parser and one set of dictionaries: a lane tokenizes and interns the pieces of a file
/// given to it, in its own code space; `DatasetReader` merges the lanes at the end.
///
/// The values of the requested fields are copied aside while the parser runs and interned
/// after it, one column at a time: the lookups of one column then find its dictionary in the
/// cache instead of competing with the bytes streaming through the parser.
final class ReaderLane: FieldSink, @unchecked Sendable {
  /// What a lane made of one piece of the file, in the lane's own codes.
  struct Piece {
    /// The codes of the kept records, one array per slot (empty for a slot that shares
    /// another slot's column).
    var codes: [[Int32]] = []
    /// Records kept, then records seen (kept + skipped).
    var records = 0
    var seen = 0
    /// Line feeds in the piece, so that the next piece knows its first line.
    var lineFeeds = 0
    /// Where each kept record starts, in local record indices and lines.
    var lines = LineIndex()
    var skipped: [SkippedRecord] = []  // local numbers
    /// The first record (lenient mode) that a quote left open made of several lines.
    var openQuote: OpenQuote?  // local line
    var failure: (error: FailureKind, record: Int, line: Int)?
    /// The kept records' values, when the lane hands them over instead of interning them.
    var values: StagedValues?
  }

  enum FailureKind: Equatable {
    case tokenizer(CSVTokenizerError)
    case wrongFieldCount(expected: Int, found: Int)
    /// The dictionary of `slot` holds more than `limit` distinct values.
    case tooManyDistinctValues(slot: Int, limit: Int)
  }

  private(set) var dictionaries: [ValueDictionary]
  /// Hand the kept records' values over in the piece (`Piece.values`) instead of interning
  /// them: for profiling, which counts them in file order (`ValueSink`).
  var handsOverValues = false
  private let tokenizer: CSVTokenizer
  private let fieldCount: Int
  private let isStrict: Bool
  private let maximumDistinctValues: Int
  /// The slot of each requested field, in the order the fields arrive (header order).
  private let slotsInFieldOrder: [Int]
  @exclusivity(unchecked) private var piece = Piece()
  /// The last byte parsed, to tell whether the file ends with a line feed.
  private var lastByte: UInt8 = 0
  /// The requested values in the order they arrived, waiting to be interned: value `i` is
  /// `staged[stagedEnds[i - 1] ..< stagedEnds[i]]`, and `stagedCount` bytes are in use.
  /// (`@exclusivity(unchecked)` as `FieldSink`'s counters: one lane, one thread.)
  @exclusivity(unchecked) private var staged = UnsafeMutableRawBufferPointer.allocate(
    byteCount: 1 << 16, alignment: 8)
  @exclusivity(unchecked) private var stagedCount = 0
  @exclusivity(unchecked) private var stagedEnds: [Int] = []
  /// How many staged values belong to kept records; the rest belong to the record being read.
  @exclusivity(unchecked) private var keptValues = 0

  /// The delimiter, for `RecordCuts`.
  private let delimiter: UInt8
  /// The first and the last field whose values are needed, when the fields before or after
  /// them may be skipped (`RecordCuts`); `lastNeededField` nil: read every record whole.
  private var firstNeededField = 0
  private var lastNeededField: Int?
  private let fieldSkipping: FieldSkipping

  init(
    delimiter: UInt8, isStrict: Bool, slotOfField: [Int], slots: Int, seed: HashSeed,
    maximumDistinctValues: Int, fieldSkipping: FieldSkipping = .whenWorthwhile
  ) throws(CSVTokenizerError) {
    self.fieldCount = slotOfField.count
    self.delimiter = delimiter
    self.fieldSkipping = fieldSkipping
    // Lenient parsing takes a stray quote as data, which the cuts' strict walk does not
    // follow: it reads whole.
    if fieldSkipping != .never && isStrict,
      let first = slotOfField.firstIndex(where: { $0 >= 0 }),
      let last = slotOfField.lastIndex(where: { $0 >= 0 }),
      first > 0 || last + 1 < slotOfField.count
    {
      firstNeededField = first
      lastNeededField = last
    }
    self.isStrict = isStrict
    // Codes are Int32: a limit past Int32.max is the largest code count.
    self.maximumDistinctValues = min(maximumDistinctValues, Int(Int32.max) - 1)
    slotsInFieldOrder = slotOfField.filter { $0 >= 0 }
    dictionaries = Array(repeating: ValueDictionary(seed: seed), count: slots)
    tokenizer = try CSVTokenizer(delimiter: delimiter, strict: isStrict)
    super.init()
    wantedFields = slotOfField.map { $0 >= 0 }
    piece = emptyPiece()
  }

  deinit { staged.deallocate() }

  override func field(_ bytes: UnsafeRawBufferPointer, index: Int) {
    // Unchecked: a field is at most `CSVTokenizer.maximumFieldBytes` (16 MiB) and the staged
    // bytes of a piece fit in memory, so the sum is far from Int.max.
    let count = bytes.count
    if stagedCount &+ count > staged.count { growStaged(to: stagedCount &+ count) }
    if count > 0 {
      (staged.baseAddress! + stagedCount).copyMemory(from: bytes.baseAddress!, byteCount: count)
    }
    stagedCount &+= count
    stagedEnds.append(stagedCount)
  }

  private func growStaged(to minimum: Int) {
    let grown = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(minimum, staged.count * 2), alignment: 8)
    grown.copyMemory(from: UnsafeRawBufferPointer(rebasing: staged[..<stagedCount]))
    staged.deallocate()
    staged = grown
  }

  override func record(fields: Int) {
    guard piece.failure == nil else { return dropUnkeptValues() }
    let line = recordStartLine
    let record = piece.seen
    piece.seen += 1
    if fields != fieldCount {
      if isStrict {
        piece.failure = (.wrongFieldCount(expected: fieldCount, found: fields), record, line)
      } else {
        piece.skipped.append(SkippedRecord(record: record, line: line, fields: fields))
        // A ragged record over several lines: a quote opened there and swallowed the line
        // feeds after it, each the end of a record of the intact file.
        if piece.openQuote == nil && self.line > line {
          piece.openQuote = OpenQuote(line: line, records: self.line - line)
        }
      }
      return dropUnkeptValues()
    }
    piece.lines.record(piece.records, startsOn: line)
    piece.records += 1
    keptValues = stagedEnds.count
  }

  /// Forgets the values of a record that is not kept.
  private func dropUnkeptValues() {
    stagedCount = keptValues == 0 ? 0 : stagedEnds[keptValues - 1]
    stagedEnds.removeLast(stagedEnds.count - keptValues)
  }

  /// Copies the staged values of the kept records into the piece.
  private func handOver(_ arena: UnsafeRawBufferPointer, ends: UnsafeBufferPointer<Int>) {
    if piece.values == nil { piece.values = StagedValues(width: slotsInFieldOrder.count) }
    piece.values!.append(arena, ends: ends, values: keptValues)
  }

  /// Takes the values handed over so far (reading on one lane, which keeps one piece).
  func takeValues() -> StagedValues? {
    defer { piece.values = nil }
    return piece.values
  }

  /// How many values ahead interning fetches a value's dictionary slot.
  private static let prefetchDistance = 8

  /// Interns the staged values of the kept records, column by column, and appends their codes.
  private func internKeptValues() {
    let width = slotsInFieldOrder.count
    guard width > 0, keptValues > 0 else { return }
    let records = keptValues / width
    let arena = UnsafeRawBufferPointer(start: staged.baseAddress, count: stagedCount)
    stagedEnds.withUnsafeBufferPointer { ends in
      if handsOverValues { return handOver(arena, ends: ends) }
      for position in 0..<width {
        let slot = slotsInFieldOrder[position]
        var dictionary = dictionaries[slot]
        dictionaries[slot] = ValueDictionary.placeholder
        var codes = piece.codes[slot]
        piece.codes[slot] = []
        codes.reserveCapacity(codes.count + records)
        @inline(__always) func valueOf(_ record: Int) -> UnsafeRawBufferPointer {
          let value = record * width + position
          return UnsafeRawBufferPointer(
            rebasing: arena[(value == 0 ? 0 : ends[value - 1])..<ends[value]])
        }
        // Each hash is computed `prefetchDistance` records ahead, when the value's slot is
        // fetched, and kept in a ring until its record comes.
        var ring = [UInt64](repeating: 0, count: Self.prefetchDistance)
        let ringMask = Self.prefetchDistance - 1
        for record in 0..<min(Self.prefetchDistance, records) {
          ring[record] = dictionary.hash(valueOf(record))
        }
        var generation = dictionary.generation
        for record in 0..<records {
          let hash = ring[record & ringMask]
          let ahead = record + Self.prefetchDistance
          if ahead < records {
            let next = dictionary.hash(valueOf(ahead))
            ring[ahead & ringMask] = next
            dictionary.prefetch(hash: next)
          }
          codes.append(dictionary.code(of: valueOf(record), hash: hash))
          if dictionary.generation != generation {
            // The table moved to a new seed: the hashes in the ring are stale.
            generation = dictionary.generation
            for later in record + 1..<min(ahead + 1, records) {
              ring[later & ringMask] = dictionary.hash(valueOf(later))
            }
          }
        }
        piece.codes[slot] = codes
        if dictionary.count > maximumDistinctValues, piece.failure == nil {
          piece.failure = (
            .tooManyDistinctValues(slot: slot, limit: maximumDistinctValues), piece.seen,
            recordStartLine
          )
        }
        dictionaries[slot] = dictionary
      }
    }
    // Keep what the record being read has staged so far.
    let keptBytes = stagedEnds[keptValues - 1]
    staged.baseAddress!.copyMemory(
      from: staged.baseAddress! + keptBytes, byteCount: stagedCount - keptBytes)
    stagedCount -= keptBytes
    stagedEnds.removeFirst(keptValues)
    for index in stagedEnds.indices { stagedEnds[index] -= keptBytes }
    keptValues = 0
  }

  private func emptyPiece() -> Piece {
    Piece(codes: Array(repeating: [], count: dictionaries.count))
  }

  /// Starts a piece that starts at a record boundary.
  func startPiece() {
    piece = emptyPiece()
    stagedCount = 0
    stagedEnds.removeAll(keepingCapacity: true)
    keptValues = 0
    restartLines(quotedLineFeeds: nil)
    tokenizer.keepsEdgeSpaces = true
  }

  /// Tokenizes the next bytes of the piece but for what `cuts` leave out; with `isLast`, also
  /// ends the stream.
  func parse(_ bytes: UnsafeRawBufferPointer, isLast: Bool, cuts: [RecordCuts.Cut] = []) {
    do {
      if cuts.isEmpty {
        try tokenizer.parse(bytes, into: self)
      } else {
        try tokenizer.parse(bytes, cuts: cuts, into: self)
      }
      if let last = bytes.last { lastByte = last }
      if isLast && !isStrict && tokenizer.endsInsideQuotes && piece.openQuote == nil {
        // The quote never closes: the last record runs to the end of the file. Its line feeds
        // end the records it swallowed, the file's final line feed aside.
        let start = fieldsInRecord > 0 ? recordStartLine : currentLine
        try tokenizer.finish(into: self)
        let swallowed = line - start - (lastByte == 0x0A ? 1 : 0)
        if swallowed > 0 { piece.openQuote = OpenQuote(line: start, records: swallowed) }
      } else if isLast {
        try tokenizer.finish(into: self)
      }
    } catch {
      if piece.failure == nil {
        let start = fieldsInRecord > 0 ? recordStartLine : currentLine
        piece.failure = (.tokenizer(error), piece.seen, start)
      }
    }
    piece.lineFeeds = allLineFeeds
    internKeptValues()
  }

  /// Tokenizes a piece of complete records (a last record without a line feed too when
  /// `endsFile`), the fast way where its survey finds it safe.
  func run(_ bytes: UnsafeRawBufferPointer, survey: CSVSurvey?, endsFile: Bool) -> Piece {
    startPiece()
    let cuts = lastNeededField.map {
      RecordCuts(
        bytes, delimiter: delimiter, fieldCount: fieldCount, firstNeededField: firstNeededField,
        lastNeededField: $0)
    }
    // The survey notes a quoted line feed by the line feeds outside fields before it; after a
    // record ended by a carriage return alone, none separates it from the next record's, so
    // where both occur the piece is read whole and its line feeds are counted in the fields
    // (found by fuzzing).
    let quotedLineFeeds = survey?.quotedLineFeeds ?? cuts?.quotedLineFeeds
    let isAmbiguous =
      quotedLineFeeds.map {
        !$0.isEmpty && (survey == nil ? cuts?.hasCarriageReturn == true : bytes.contains(0x0D))
      } ?? false
    guard let cuts, !isAmbiguous else {
      let survey = survey ?? CSVSurvey(bytes, delimiter: delimiter, isEndOfFile: endsFile)
      tokenizer.keepsEdgeSpaces = survey.hasEdgeSpaces
      let ambiguous = !survey.quotedLineFeeds.isEmpty && bytes.contains(0x0D)
      restartLines(quotedLineFeeds: ambiguous ? nil : survey.quotedLineFeeds)
      parse(bytes, isLast: endsFile)
      return takePiece()
    }
    tokenizer.keepsEdgeSpaces = survey?.hasEdgeSpaces ?? cuts.hasEdgeSpaces
    restartLines(quotedLineFeeds: survey?.quotedLineFeeds ?? cuts.quotedLineFeeds)
    // Where the cuts leave out too little to pay for finding them, read whole from now on.
    if fieldSkipping == .whenWorthwhile
      && cuts.skippedBytes < Int(Double(bytes.count) * FieldSkipping.minimumSkippedShare)
    {
      self.lastNeededField = nil
    }
    parse(bytes, isLast: endsFile, cuts: cuts.cuts)
    return takePiece()
  }

  /// Takes the codes of the records kept so far; the rest of the piece stays.
  func takeCodes() -> [[Int32]] {
    defer { piece.codes = Array(repeating: [], count: dictionaries.count) }
    return piece.codes
  }
  /// Whether the lane cuts records short (`RecordCuts`), finding their quoted line feeds and
  /// edge spaces itself: its pieces need no `CSVSurvey`.
  var cutsRecords: Bool { lastNeededField != nil }

  /// Takes the piece built so far.
  func takePiece() -> Piece {
    defer { piece = emptyPiece() }
    return piece
  }
}
