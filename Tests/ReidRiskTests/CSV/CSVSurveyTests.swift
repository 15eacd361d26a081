import Testing

@testable import ReidRisk

/// `CSVSurvey` decides whether libcsv's faster space rule is safe and where quoted line feeds
/// are; each case is checked short (one byte at a time) and padded past 16 bytes on both sides
/// (the block path), since the two paths must agree.
@Suite struct CSVSurveyTests {
  static let padding = "pad1,pad2,pad3,pad4,pad5\n"

  /// The survey of `text`, alone and with padding records around it.
  private func survey(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) -> [CSVSurvey] {
    let padded = Self.padding + text + Self.padding + Self.padding
    return [text, padded].map { text in
      Array(text.utf8).withUnsafeBytes { CSVSurvey($0, delimiter: delimiter) }
    }
  }

  @Test(arguments: [
    " x,y\n",  // leading space at the start of a record
    "x, y\n",  // leading space after a delimiter
    "x ,y\n",  // trailing space before a delimiter
    "x,y \n",  // trailing space before a line feed
    "x,y \r\n",  // trailing space before a carriage return
    "x,\ty\n",  // a tab counts as a space
    "x, \"y\"\n",  // space before a quoted field
    "\"x\" ,y\n",  // space after a quoted field
    "x,  ,y\n",  // a field of spaces
  ])
  func findsSpacesAtFieldEdges(text: String) {
    for result in survey(text) { #expect(result.hasEdgeSpaces, "\(text.debugDescription)") }
  }

  /// A space ending a block without quotes, and its separator opening a block with one: the
  /// pair straddles two blocks read two ways. Found by fuzzing (`FuzzCSVReading-open`, fixed):
  /// `\u{2}\t` then a line feed and `""` read as `\u{2}`. Every offset puts the pair across
  /// each lane, so one of them lands the space in lane 15.
  @Test(arguments: [" \n\"\"\n", "\t\n\"\"\n", " ,\"q\"\n", " \r\n\"\"\n"])
  func findsASpaceBeforeABlockWithQuotes(pair: String) {
    for offset in 0..<40 {
      let text =
        String(repeating: "x", count: offset) + pair + String(repeating: "y", count: 40)
        + "\n"
      let result = Array(text.utf8).withUnsafeBytes { CSVSurvey($0, delimiter: UInt8(ascii: ",")) }
      #expect(result.hasEdgeSpaces, "\(pair.debugDescription) after \(offset) bytes")
    }
  }

  /// Every length puts the last byte in each lane, the tail's and a block's (found by fuzzing:
  /// a last block ending the bytes missed it, and the parallel reader trimmed the spaces).
  @Test func lastByteIsAnEdgeOnlyAtTheEndOfTheFile() {
    for length in 0..<40 {
      let text = Self.padding + String(repeating: "x", count: length) + ",y "
      for isEndOfFile in [true, false] {
        let result = Array(text.utf8).withUnsafeBytes {
          CSVSurvey($0, delimiter: UInt8(ascii: ","), isEndOfFile: isEndOfFile)
        }
        #expect(result.hasEdgeSpaces == isEndOfFile, "\(length) bytes, end: \(isEndOfFile)")
      }
    }
  }

  @Test func edgesPastTheLastBoundaryAreForgotten() {
    // "x, y" is cut off: the next bytes complete that record, and their survey sees the edge.
    let text = Self.padding + "x, y"
    var result = Array(text.utf8).withUnsafeBytes {
      CSVSurvey($0, delimiter: UInt8(ascii: ","), isEndOfFile: false)
    }
    #expect(result.hasEdgeSpaces)
    result.endAtLastBoundary()
    #expect(!result.hasEdgeSpaces)
  }

  @Test(arguments: [
    "New Haven,x\n",  // inner spaces are not edges
    "x,\"a, b\"\n",  // edge-like spaces inside quotes
    "x,\"a \n b\"\n",  // spaces next to a quoted line feed
    "x,\"a \"\" b\"\n",  // spaces next to an escaped quote
  ])
  func ignoresInnerAndQuotedSpaces(text: String) {
    for result in survey(text) { #expect(!result.hasEdgeSpaces, "\(text.debugDescription)") }
  }

  @Test func tabIsNoSpaceWhenItIsTheDelimiter() {
    for result in survey("x\ty\n", delimiter: 0x09) { #expect(!result.hasEdgeSpaces) }
    for result in survey("x \ty\n", delimiter: 0x09) { #expect(result.hasEdgeSpaces) }
  }

  @Test func quotedLineFeedsAreCountedAfterTheLineFeedsBeforeThem() {
    // Line feeds outside quotes: after "1,a" (1) and after the blank line (2). The quoted
    // field of record 3 holds two line feeds, each with 2 outside line feeds before it.
    let text = "1,a\n\n2,\"b\nc\nd\"\n3,e\n"
    let alone = Array(text.utf8).withUnsafeBytes { CSVSurvey($0, delimiter: UInt8(ascii: ",")) }
    #expect(!alone.hasEdgeSpaces)
    #expect(alone.quotedLineFeeds == [2, 2])
    // Padded: one padding record (1 line feed) comes first.
    let padded = survey(text)[1]
    #expect(padded.quotedLineFeeds == [3, 3])
  }

  @Test func longQuotedFieldsGoThroughTheBlockPath() {
    let long = String(repeating: "word ", count: 20)
    let text = "1,\"\(long)\n\(long)\n\(long)\"\n2,x\n"
    let result = Array(text.utf8).withUnsafeBytes { CSVSurvey($0, delimiter: UInt8(ascii: ",")) }
    #expect(!result.hasEdgeSpaces)
    #expect(result.quotedLineFeeds == [0, 0])
  }

  @Test func lastBoundaryIsAfterTheLastLineFeedOutsideQuotes() {
    // "1,a\n" (4 bytes) then the padding record (25 bytes) end at 29; the record after it is
    // cut off inside a quoted field that holds a line feed.
    let text = "1,a\n" + Self.padding + "2,\"b\nc"
    var result = Array(text.utf8).withUnsafeBytes { CSVSurvey($0, delimiter: UInt8(ascii: ",")) }
    #expect(result.lastBoundary == 29)
    #expect(result.quotedLineFeeds == [2])
    result.endAtLastBoundary()
    #expect(result.quotedLineFeeds == [])
  }
}
