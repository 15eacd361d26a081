import Testing

@testable import ReidRisk

/// The few hot loops that use wrapping arithmetic (`&+`), each at its limits: empty input,
/// one byte short of and exactly a word, a word and one byte.
@Suite struct UncheckedArithmeticTests {
  /// `lineFeeds(in:count:)`, eight bytes at a time then byte by byte: lengths 0, 7, 8, 9, 16
  /// and 17, all line feeds (count = length) and none.
  @Test(arguments: [0, 1, 7, 8, 9, 16, 17, 1000])
  func lineFeedsAtWordEdges(length: Int) {
    let feeds = [UInt8](repeating: 0x0A, count: length)
    let none = [UInt8](repeating: 0x41, count: length)
    feeds.withUnsafeBytes { buffer in
      #expect(
        lineFeeds(in: buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: length)
          == length)
    }
    none.withUnsafeBytes { buffer in
      #expect(
        lineFeeds(in: buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: length) == 0)
    }
  }

  /// `memcmpBytes`: equal and unequal in the last byte, at lengths around a word.
  @Test(arguments: [1, 7, 8, 9, 15, 16, 17])
  func memcmpBytesAtWordEdges(length: Int) {
    let a = (0..<length).map { UInt8($0) }
    var b = a
    a.withUnsafeBytes { x in
      b.withUnsafeBytes { y in #expect(memcmpBytes(x.baseAddress!, y.baseAddress!, length)) }
    }
    b[length - 1] ^= 0xFF
    a.withUnsafeBytes { x in
      b.withUnsafeBytes { y in #expect(!memcmpBytes(x.baseAddress!, y.baseAddress!, length)) }
    }
  }

  /// The survey's block loop: a line feed in the last byte of a block and in the byte after
  /// it (positions 16 and 17 of a 33-byte piece) are both counted as boundaries.
  @Test func surveyCountsLineFeedsAtBlockEdges() {
    var bytes = [UInt8](repeating: 0x61, count: 33)
    bytes[16] = 0x0A
    bytes[17] = 0x0A
    bytes[32] = 0x0A
    let survey = bytes.withUnsafeBytes { CSVSurvey($0, delimiter: 0x2C) }
    #expect(survey.lastBoundary == 33)
    #expect(survey.quotedLineFeeds.isEmpty)
  }

  /// Too many records for Int32 record indices is an error, not a trap.
  @Test func tooManyRecordsMessage() {
    #expect(
      DatasetError.tooManyRecords(file: "big.csv", limit: 2_147_483_646).description
        == "big.csv: more than 2147483646 records; split the file and scan the parts")
  }
}
