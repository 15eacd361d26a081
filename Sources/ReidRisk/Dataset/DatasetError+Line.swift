extension DatasetError {
  /// The physical line of the file the error points at: the record's first line, 1 for the
  /// header, nil when the whole file is at fault (empty, header only). SARIF places a
  /// `read_error` result there.
  public var line: Int? {
    switch self {
    case .empty, .headerOnly, .headerTooLarge, .tooManyDistinctValues, .tooManyRecords:
      return nil
    case .malformedHeader, .invalidUTF8InHeader, .duplicateHeader, .unknownColumns,
      .ambiguousColumn:
      return 1
    case .malformedQuote(_, _, let line), .fieldTooLarge(_, _, let line, _),
      .wrongFieldCount(_, _, let line, _, _), .outOfMemory(_, _, let line),
      .parser(_, _, let line, _):
      return line
    }
  }
}
