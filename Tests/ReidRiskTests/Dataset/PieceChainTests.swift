import Testing

@testable import ReidRisk

/// `PieceChain` hands out pieces that tile the complete records, in order, each ending at a
/// record boundary, whatever the piece size.
@Suite struct PieceChainTests {
  /// The ranges handed out for `text`, one after another.
  private func ranges(_ text: String, pieceBytes: Int, isEndOfFile: Bool)
    -> (ranges: [Range<Int>], end: Int)
  {
    Array(text.utf8).withUnsafeBytes { bytes in
      let chain = PieceChain(
        bytes: bytes, delimiter: UInt8(ascii: ","), isEndOfFile: isEndOfFile,
        pieceBytes: pieceBytes)
      var ranges: [Range<Int>] = []
      while let handout = chain.next() {
        #expect(handout.index == ranges.count)
        ranges.append(handout.range)
      }
      return (ranges, chain.end)
    }
  }

  @Test func piecesEndAtRecordBoundaries() {
    // Records of 4, 10 ("2,\"b\nc,d\"\n": the quoted line feed is no boundary) and 4 bytes.
    let text = "1,a\n2,\"b\nc,d\"\n3,e\n"
    let result = ranges(text, pieceBytes: 5, isEndOfFile: false)
    // 5 bytes hold record 1 only; the next 5 bytes hold no boundary, so the window doubles to
    // 10, which holds record 2; then record 3.
    #expect(result.ranges == [0..<4, 4..<14, 14..<18])
    #expect(result.end == 18)
  }

  @Test func aCutOffRecordIsLeftForLater() {
    let result = ranges("1,a\n2,b", pieceBytes: 100, isEndOfFile: false)
    #expect(result.ranges == [0..<4])
    #expect(result.end == 4)
  }

  @Test func atTheEndOfTheFileTheLastRecordNeedsNoLineFeed() {
    let result = ranges("1,a\n2,b", pieceBytes: 100, isEndOfFile: true)
    #expect(result.ranges == [0..<7])
    #expect(result.end == 7)
  }
}
