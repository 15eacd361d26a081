/// The columns of a file that an analysis needs, each value interned to an integer code.
///
/// Columnar: one `CodeColumn` of codes per column, one entry per record, 1, 2 or 4 bytes each
/// as the column's dictionary needs. Everything after this stage works on codes; values are
/// only looked up when a renderer is asked to show them.
public struct Dataset: Sendable {
  public let header: Header
  /// The requested columns, in the order they were requested.
  public internal(set) var columns: [EncodedColumn]
  /// The records read (records skipped by `--lenient` not included).
  public let recordCount: Int
  /// Records skipped because their field count differed from the header's (lenient mode only).
  public let skippedRecords: [SkippedRecord]
  /// Where each record starts in the file.
  public let lines: LineIndex
  /// A quote left open that made one record of several (lenient mode only).
  public var openQuote: OpenQuote? = nil

  /// The column named `name` (as requested).
  public func column(named name: String) -> EncodedColumn? {
    columns.first { $0.requestedName == name }
  }
}

/// One column of a dataset: its dictionary and the code of each record's value.
public struct EncodedColumn: Sendable {
  /// The name as the user gave it.
  public let requestedName: String
  /// The name as the header has it.
  public let name: String
  /// The position in the header, from 0.
  public let index: Int
  public let dictionary: ValueDictionary
  /// The code of each record's value, stored as narrow as the dictionary allows.
  public let codes: CodeColumn

  public init(
    requestedName: String, name: String, index: Int, dictionary: ValueDictionary,
    codes: CodeColumn
  ) {
    self.requestedName = requestedName
    self.name = name
    self.index = index
    self.dictionary = dictionary
    self.codes = codes
  }

  /// A column of `codes` (codes of `dictionary`), stored at the width its count needs.
  public init(
    requestedName: String, name: String, index: Int, dictionary: ValueDictionary,
    codes: [Int32]
  ) {
    self.init(
      requestedName: requestedName, name: name, index: index, dictionary: dictionary,
      codes: CodeColumn(codes, distinct: dictionary.count))
  }

  /// Whether each code stands for a missing value: an empty cell, or one of `tokens` (exact
  /// bytes, e.g. "N/A"). Indexed by code.
  public func missingCodes(tokens: [String]) -> [Bool] {
    let tokenBytes = Set(tokens.map { Array($0.utf8) })
    return (0..<Int32(dictionary.count)).map { code in
      let value = dictionary.bytes(of: code)
      return value.isEmpty || tokenBytes.contains(Array(value))
    }
  }
}

/// A quote that lenient reading found left open: the record starting on `line` ran over the
/// line feeds after it, so `records` records of the intact file were read as part of one
/// field. Records analysed + skipped + `records` = the records of the file as it was meant.
///
/// With `1,"x,2\n2,b,3\n3,c,4\n` (the quote after "1," never closed), record 1 on line 2 runs
/// to the end: records = 2 (the lines of records 2 and 3; the file's last line feed ends no
/// swallowed record).
public struct OpenQuote: Sendable, Equatable {
  public let line: Int
  public let records: Int
}

/// A record that lenient reading skipped.
public struct SkippedRecord: Sendable, Equatable {
  public let record: Int
  public let line: Int
  public let fields: Int
}

extension Dataset {
  /// The number in the file (from 1 after the header) of the record at `index` (from 0):
  /// records skipped by lenient reading still hold their numbers.
  public func recordNumber(ofRecord index: Int) -> Int {
    // The (index + 1)-th number that was not skipped: with j skipped numbers below it, it is
    // index + 1 + j, where j counts the skipped s whose kept numbers before them, s − 1 − (its
    // position), are at most index.
    let kept = index + 1
    var low = 0
    var high = skippedRecords.count
    while low < high {
      let middle = (low + high) / 2
      if skippedRecords[middle].record - middle <= kept { low = middle + 1 } else { high = middle }
    }
    return kept + low
  }

}
