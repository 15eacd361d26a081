import Dispatch

/// Hands out the pieces of a run of bytes to the lanes, one after the other, so that a lane
/// that finishes early takes the next piece instead of waiting for the others.
///
/// A piece's end is found by surveying it (`CSVSurvey.lastBoundary`), so the next piece can
/// start only once that survey is done; the survey is short next to the parsing, which runs
/// outside the lock. The bytes must start at a record boundary.
final class PieceChain: @unchecked Sendable {
  /// A piece to tokenize: its place in file order, its bytes, and their survey (nil when the
  /// chain only finds where pieces end: the lane surveys its piece itself).
  struct Handout {
    let index: Int
    let range: Range<Int>
    let survey: CSVSurvey?
    /// The piece ends the file: tokenize all of it, a last record without a line feed too.
    let endsFile: Bool
  }

  private let bytes: UnsafeRawBufferPointer
  private let delimiter: UInt8
  private let isEndOfFile: Bool
  private let pieceBytes: Int
  /// Whether the chain surveys each piece (`CSVSurvey`) or only finds its end
  /// (`RecordBoundaries.last`), leaving the rest to the lane, outside the lock.
  private let surveys: Bool
  private let lock = DispatchSemaphore(value: 1)
  /// Where the next piece starts: the end of the complete records handed out so far.
  private(set) var end = 0
  private var pieces = 0

  /// Pieces of about `pieceBytes` of `bytes`; `isEndOfFile`: the bytes end the file.
  init(
    bytes: UnsafeRawBufferPointer, delimiter: UInt8, isEndOfFile: Bool, pieceBytes: Int,
    surveys: Bool = true
  ) {
    self.bytes = bytes
    self.surveys = surveys
    self.delimiter = delimiter
    self.isEndOfFile = isEndOfFile
    self.pieceBytes = pieceBytes
  }

  /// The next piece, or nil when the bytes left hold no complete record (or none are left).
  func next() -> Handout? {
    lock.wait()
    defer { lock.signal() }
    var window = min(pieceBytes, bytes.count - end)
    while window > 0 {
      let range = end..<end + window
      let reachesEnd = range.upperBound == bytes.count
      if !surveys {
        if reachesEnd && isEndOfFile { return handOut(range, nil, endsFile: true) }
        let last = RecordBoundaries.last(in: UnsafeRawBufferPointer(rebasing: bytes[range]))
        if last > 0 { return handOut(end..<end + last, nil, endsFile: false) }
        if reachesEnd { return nil }
        window = min(window * 2, bytes.count - end)
        continue
      }
      var survey = CSVSurvey(
        UnsafeRawBufferPointer(rebasing: bytes[range]), delimiter: delimiter,
        isEndOfFile: isEndOfFile && reachesEnd)
      if reachesEnd && isEndOfFile {
        return handOut(range, survey, endsFile: true)
      }
      survey.endAtLastBoundary()
      if survey.lastBoundary > 0 {
        return handOut(end..<end + survey.lastBoundary, survey, endsFile: false)
      }
      if reachesEnd { return nil }
      window = min(window * 2, bytes.count - end)  // a record longer than a piece
    }
    return nil
  }

  private func handOut(_ range: Range<Int>, _ survey: CSVSurvey?, endsFile: Bool) -> Handout {
    defer {
      end = range.upperBound
      pieces += 1
    }
    return Handout(index: pieces, range: range, survey: survey, endsFile: endsFile)
  }
}
