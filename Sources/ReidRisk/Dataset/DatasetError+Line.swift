extension DatasetError {
  /// The physical line of the file the error points at: the record's first line, the
  /// header's line (1, or later after blank lines), nil when the whole file is at fault (empty,
  /// header only). SARIF places a `read_error` result there.
  public var line: Int? {
    switch self {
    case .empty, .headerOnly, .headerTooLarge, .tooManyDistinctValues, .tooManyRecords:
      return nil
    case .malformedHeader(_, let line), .invalidUTF8InHeader(_, _, let line),
      .duplicateHeader(_, _, _, let line), .unknownColumns(_, _, _, let line),
      .ambiguousColumn(_, _, _, let line):
      return line
    case .malformedQuote(_, _, let line), .fieldTooLarge(_, _, let line, _),
      .wrongFieldCount(_, _, let line, _, _), .outOfMemory(_, _, let line),
      .parser(_, _, let line, _):
      return line
    }
  }
}
