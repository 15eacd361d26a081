import Dispatch

/// Puts the pieces that the lanes tokenized back together, in file order, as they arrive: each
/// piece's codes are appended as the lane wrote them, and its line and record numbers are
/// offset. At the end, `dataset` translates each column's lane codes into one dictionary (codes
/// in order of first appearance in the file), the columns on all cores at once. A piece's own
/// codes are dropped once appended, so memory holds the codes once, each in 1, 2 or 4 bytes as
/// the lanes' dictionaries need (`CodeColumn`, widened when a lane's codes outgrow it, and once
/// more at the end if the merged dictionary needs it).
struct DatasetAssembly {
  let file: String
  /// Each column's codes as the lanes wrote them, in file order.
  private var codes: [CodeColumn]
  /// Which lane tokenized each run of records, in file order.
  private var runs: [(lane: Int, records: Int)] = []
  private var lines = LineIndex()
  private var skipped: [SkippedRecord] = []
  private var openQuote: OpenQuote?
  private var recordBase = 0
  private var seenBase = 0
  private var lineBase: Int

  /// For each slot, the first slot that reads the same header column: a column requested
  /// twice (under two spellings) is read once and shared.
  private let sourceSlot: [Int]

  /// The header names of the slots, for messages.
  private let names: [String]
  private let indicesOfSlots: [Int]
  private let seed: HashSeed
  private let maximumDistinctValues: Int

  /// An assembly of the header columns `indices` (named `names`), one slot each.
  init(
    file: String, indices: [Int], names: [String], firstLine: Int, seed: HashSeed,
    maximumDistinctValues: Int
  ) {
    self.file = file
    self.names = names
    self.indicesOfSlots = indices
    self.seed = seed
    self.maximumDistinctValues = min(maximumDistinctValues, Int(Int32.max) - 1)
    var firstSlot: [Int: Int] = [:]
    for (slot, index) in indices.enumerated().reversed() { firstSlot[index] = slot }
    sourceSlot = indices.map { firstSlot[$0] ?? 0 }
    codes = Array(repeating: CodeColumn(), count: indices.count)
    lineBase = firstLine
  }

  var recordCount: Int { recordBase }

  /// Makes room for `records` codes in every column.
  mutating func reserve(records: Int) {
    for slot in codes.indices where sourceSlot[slot] == slot {
      codes[slot].reserveCapacity(records)
    }
  }
  var hasSkipped: Bool { !skipped.isEmpty }

  /// Appends codes of the piece being read, ahead of the piece itself (whose own codes then
  /// start after them): a lane reading a whole file alone hands them over as it goes.
  mutating func appendCodes(_ pieceCodes: [[Int32]]) {
    for slot in codes.indices where sourceSlot[slot] == slot {
      codes[slot].append(contentsOf: pieceCodes[slot])
    }
  }

  /// Appends the next piece of the file, tokenized by `lane`.
  mutating func append(_ piece: ReaderLane.Piece, lane: Int) throws(DatasetError) {
    if let failure = piece.failure {
      throw error(
        failure.error, record: seenBase + failure.record + 1, line: lineBase + failure.line - 1)
    }
    // Record indices and class ids are Int32 in the partition: more records are refused.
    guard recordBase + piece.records < Int(Int32.max) else {
      throw .tooManyRecords(file: file, limit: Int(Int32.max) - 1)
    }
    appendCodes(piece.codes)
    if let last = runs.last, last.lane == lane {
      runs[runs.count - 1].records += piece.records
    } else {
      runs.append((lane, piece.records))
    }
    lines.append(piece.lines, recordBase: recordBase, lineBase: lineBase)
    if openQuote == nil, let open = piece.openQuote {
      openQuote = OpenQuote(line: lineBase + open.line - 1, records: open.records)
    }
    for skip in piece.skipped {
      skipped.append(
        SkippedRecord(
          record: seenBase + skip.record + 1, line: lineBase + skip.line - 1, fields: skip.fields))
    }
    recordBase += piece.records
    seenBase += piece.seen
    lineBase += piece.lineFeeds
  }

  /// The dataset, with `columns[slot]` read from header column `indices[slot]`;
  /// `laneDictionaries[lane][slot]` are the dictionaries the lanes built.
  mutating func dataset(
    header: Header, requested: [String], indices: [Int], laneDictionaries: [[ValueDictionary]]
  ) throws(DatasetError) -> Dataset {
    var columns = codes
    codes = []
    var dictionaries = Array(repeating: ValueDictionary.placeholder, count: indices.count)
    let sources = indices.indices.filter { sourceSlot[$0] == $0 }
    let runs = self.runs
    let seed = self.seed
    columns.withUnsafeMutableBufferPointer { columns in
      // The CodeColumns are moved out of the buffer and back by one iteration each.
      dictionaries.withUnsafeMutableBufferPointer { dictionaries in
        let columns = SharedBuffer(columns)
        let dictionaries = SharedBuffer(dictionaries)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
          let slot = sources[index]
          var column = columns.buffer[slot]
          columns.buffer[slot] = CodeColumn()
          dictionaries.buffer[slot] = Self.translate(
            &column, runs: runs, laneDictionaries: laneDictionaries.map { $0[slot] }, seed: seed)
          columns.buffer[slot] = column
        }
      }
    }
    for slot in sources where dictionaries[slot].count > maximumDistinctValues {
      throw .tooManyDistinctValues(
        file: file, column: indices[slot] + 1, name: names[slot], limit: maximumDistinctValues)
    }
    let encoded = indices.indices.map { slot in
      let source = sourceSlot[slot]
      return EncodedColumn(
        requestedName: requested[slot], name: header.names[indices[slot]], index: indices[slot],
        dictionary: dictionaries[source], codes: columns[source])
    }
    return Dataset(
      header: header, columns: encoded, recordCount: recordBase, skippedRecords: skipped,
      lines: lines, openQuote: openQuote)
  }

  /// Rewrites lane codes as codes of one dictionary, numbered in order of first appearance,
  /// and returns that dictionary: a first pass over the codes numbers the values, a second
  /// rewrites the codes (in place, unless the merged dictionary needs a wider code).
  private static func translate(
    _ column: inout CodeColumn, runs: [(lane: Int, records: Int)],
    laneDictionaries: [ValueDictionary], seed: HashSeed
  ) -> ValueDictionary {
    // Sized for the lanes' values together (an upper bound: a value read by two lanes is
    // counted twice), so that the merged table is never rebuilt while it fills.
    var dictionary = ValueDictionary(
      seed: seed, reservingValues: laneDictionaries.reduce(0) { $0 + $1.count },
      bytes: laneDictionaries.reduce(0) { $0 + $1.byteCount })
    var remap = laneDictionaries.map { [Int32](repeating: -1, count: $0.count) }
    func number<Code: FixedWidthInteger>(_ codes: UnsafeBufferPointer<Code>) {
      var start = 0
      for run in runs {
        let local = laneDictionaries[run.lane]
        remap[run.lane].withUnsafeMutableBufferPointer { map in
          for record in start..<start + run.records {
            let code = Int(codes[record])
            if map[code] < 0 {
              map[code] = local.bytes(of: Int32(code)).withUnsafeBytes { dictionary.code(of: $0) }
            }
          }
        }
        start += run.records
      }
    }
    column.withCodes { buffer in
      switch buffer {
      case .one(let codes): number(codes)
      case .two(let codes): number(codes)
      case .four(let codes): number(codes)
      }
    }
    column.widen(to: CodeColumn.Width(distinct: dictionary.count))
    var start = 0
    for run in runs {
      remap[run.lane].withUnsafeBufferPointer { map in
        column.rewrite(start..<start + run.records, through: map)
      }
      start += run.records
    }
    return dictionary
  }

  private func sourceColumn(_ slot: Int) -> Int { indicesOfSlots[slot] + 1 }

  private func error(_ kind: ReaderLane.FailureKind, record: Int, line: Int) -> DatasetError {
    switch kind {
    case .wrongFieldCount(let expected, let found):
      return .wrongFieldCount(
        file: file, record: record, line: line, expected: expected, found: found)
    case .tooManyDistinctValues(let slot, let limit):
      return .tooManyDistinctValues(
        file: file, column: sourceColumn(slot), name: names[slot], limit: limit)
    case .tokenizer(.malformedQuote): return .malformedQuote(file: file, record: record, line: line)
    case .tokenizer(.fieldTooLarge(let limit)):
      return .fieldTooLarge(file: file, record: record, line: line, limit: limit)
    case .tokenizer(.outOfMemory): return .outOfMemory(file: file, record: record, line: line)
    case .tokenizer(.unknown(let code)):
      return .parser(file: file, record: record, line: line, code: code)
    }
  }
}
