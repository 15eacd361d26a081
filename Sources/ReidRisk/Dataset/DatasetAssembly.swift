/// Puts the pieces that the lanes tokenized back together, in file order, as they arrive:
/// each piece's local codes are translated into one dictionary per column (codes in order of
/// first appearance in the file) and appended, and its line and record numbers are offset.
/// A piece's own codes are dropped once merged, so memory holds the codes once.
struct DatasetAssembly {
  let file: String
  private(set) var dictionaries: [ValueDictionary]
  private(set) var codes: [[Int32]]
  /// remap[lane][slot][local code] = global code, or -1 until first seen.
  private var remap: [[[Int32]]]
  private var lines = LineIndex()
  private var skipped: [SkippedRecord] = []
  private var recordBase = 0
  private var seenBase = 0
  private var lineBase: Int

  /// For each slot, the first slot that reads the same header column: a column requested
  /// twice (under two spellings) is read once and shared.
  private let sourceSlot: [Int]

  /// An assembly of the header columns `indices`, one slot each.
  init(file: String, indices: [Int], lanes: Int, firstLine: Int) {
    self.file = file
    let slots = indices.count
    sourceSlot = indices.map { index in indices.firstIndex(of: index) ?? 0 }
    dictionaries = Array(repeating: ValueDictionary(), count: slots)
    codes = Array(repeating: [], count: slots)
    remap = Array(repeating: Array(repeating: [], count: slots), count: lanes)
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

  /// Appends the next piece of the file, tokenized by `lane` with `laneDictionaries`.
  mutating func append(
    _ piece: ReaderLane.Piece, lane: Int, laneDictionaries: [ValueDictionary]
  ) throws(DatasetError) {
    if let failure = piece.failure {
      throw error(
        failure.error, record: seenBase + failure.record + 1, line: lineBase + failure.line - 1)
    }
    for slot in dictionaries.indices where sourceSlot[slot] == slot {
      let local = laneDictionaries[slot]
      var map = remap[lane][slot]
      remap[lane][slot] = []
      if map.count < local.count {
        map += Array(repeating: -1, count: local.count - map.count)
      }
      var column = codes[slot]
      codes[slot] = []
      var dictionary = dictionaries[slot]
      dictionaries[slot] = ValueDictionary()
      map.withUnsafeMutableBufferPointer { map in
        for code in piece.codes[slot] {
          var global = map[Int(code)]
          if global < 0 {
            global = local.bytes(of: code).withUnsafeBytes { dictionary.code(of: $0) }
            map[Int(code)] = global
          }
          column.append(global)
        }
      }
      remap[lane][slot] = map
      codes[slot] = column
      dictionaries[slot] = dictionary
    }
    for jump in piece.lines.jumps {
      lines.record(recordBase + jump.record, startsOn: lineBase + jump.line - 1)
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

  /// The dataset, with `columns[slot]` read from header column `indices[slot]`.
  func dataset(header: Header, requested: [String], indices: [Int]) -> Dataset {
    let columns = indices.indices.map { slot in
      let source = sourceSlot[slot]
      return EncodedColumn(
        requestedName: requested[slot], name: header.names[indices[slot]], index: indices[slot],
        dictionary: dictionaries[source], codes: codes[source])
    }
    return Dataset(
      header: header, columns: columns, recordCount: recordBase, skippedRecords: skipped,
      lines: lines)
  }

  private func error(_ kind: ReaderLane.FailureKind, record: Int, line: Int) -> DatasetError {
    switch kind {
    case .wrongFieldCount(let expected, let found):
      return .wrongFieldCount(
        file: file, record: record, line: line, expected: expected, found: found)
    case .tokenizer(.malformedQuote): return .malformedQuote(file: file, record: record, line: line)
    case .tokenizer(.fieldTooLarge(let limit)):
      return .fieldTooLarge(file: file, record: record, line: line, limit: limit)
    case .tokenizer(.outOfMemory): return .outOfMemory(file: file, record: record, line: line)
    case .tokenizer(.unknown(let code)):
      return .parser(file: file, record: record, line: line, code: code)
    }
  }
}
