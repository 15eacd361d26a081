import Testing

@testable import ReidRisk

/// `RecordCuts` finds where each record may end for libcsv: after the last needed field, only
/// in clean records (right field count, quotes where strict libcsv accepts them, a line end).
@Suite struct RecordCutsTests {
  private func cuts(
    _ text: String, fieldCount: Int, firstNeededField: Int = 0, lastNeededField: Int,
    delimiter: UInt8 = UInt8(ascii: ",")
  ) -> RecordCuts {
    Array(text.utf8).withUnsafeBytes {
      RecordCuts(
        $0, delimiter: delimiter, fieldCount: fieldCount, firstNeededField: firstNeededField,
        lastNeededField: lastNeededField)
    }
  }

  @Test func cutsAfterTheLastNeededField() {
    // `a,b,"c,d",e\n`: field 1 ends at the comma at 3; the line feed is at 11; fields 2 and 3
    // are skipped: 11 - 3 = 8 bytes left out (`,"c,d",e`).
    let found = cuts("a,b,\"c,d\",e\n", fieldCount: 4, lastNeededField: 1)
    #expect(found.cuts == [RecordCuts.Cut(prefixEnd: 3, resumeAt: 11, skippedFields: 2)])
    #expect(found.skippedBytes == 8)
  }

  /// Past sixteen bytes, the block path: the second record starts at 12 (`x,y,"p""q\nr",z`),
  /// its second comma at 15, its line feed at 26 (after `"p""q` and its own line feed).
  @Test func cutsInBlocksAcrossQuotedLineFeedsAndDoubledQuotes() {
    let text = "a,b,\"c,d\",e\nx,y,\"p\"\"q\nr\",z\n"
    let found = cuts(text, fieldCount: 4, lastNeededField: 1)
    #expect(
      found.cuts == [
        RecordCuts.Cut(prefixEnd: 3, resumeAt: 11, skippedFields: 2),
        RecordCuts.Cut(prefixEnd: 15, resumeAt: 26, skippedFields: 2),
      ])
  }

  @Test(arguments: [
    ("a,b,c\n", "the last field is needed: nothing to skip", 2),
    ("a,b\n", "a short record (2 fields of 3)", 0),
    ("a,b,c,d\n", "a long record (4 fields of 3)", 0),
    ("a,b,x\"y\n", "a quote inside an unquoted skipped field", 0),
    ("a,b,\"x\"y\n", "a closing quote followed by a byte", 0),
    ("a,b,\"x\" \n", "a closing quote followed by a space", 0),
    ("a,b,c", "no line end", 0),
    (",b,c\n", "nothing before the cut", 0),
    ("\n\n", "empty lines", 0),
  ])
  func readsWhole(text: String, why: String, lastNeededField: Int) {
    #expect(cuts(text, fieldCount: 3, lastNeededField: lastNeededField).cuts.isEmpty, "\(why)")
  }

  /// A misplaced quote stops the walk: nothing after it is cut, as strict parsing stops there.
  @Test func stopsAtAMisplacedQuote() {
    let found = cuts("a,b,c\nd,e,f\"\ng,h,i\n", fieldCount: 3, lastNeededField: 0)
    #expect(found.cuts == [RecordCuts.Cut(prefixEnd: 1, resumeAt: 5, skippedFields: 2)])
  }

  /// CR LF: the cut resumes at the CR (the record's end for libcsv); a bare CR ends a record.
  @Test func carriageReturnsEndRecords() {
    // `a,b,c\r\n` cut at 1, CR at 5; `d,e,f\r` from 7, cut at 8, CR at 12; then `g,h,i\n` from
    // 13, cut at 14, line feed at 18.
    let found = cuts("a,b,c\r\nd,e,f\rg,h,i\n", fieldCount: 3, lastNeededField: 0)
    #expect(
      found.cuts == [
        RecordCuts.Cut(prefixEnd: 1, resumeAt: 5, skippedFields: 2),
        RecordCuts.Cut(prefixEnd: 8, resumeAt: 12, skippedFields: 2),
        RecordCuts.Cut(prefixEnd: 14, resumeAt: 18, skippedFields: 2),
      ])
  }

  /// Field 2 needed of 4: the lead leaves out `a,b,` (0 to 4, 2 fields), the cut `,e` (9 to
  /// 11, 1 field): libcsv reads `"c,d"` alone, 5 of the 12 bytes; 4 + 2 = 6 bytes skipped.
  @Test func leavesOutTheFieldsBeforeTheFirstNeeded() {
    let found = cuts("a,b,\"c,d\",e\n", fieldCount: 4, firstNeededField: 2, lastNeededField: 2)
    #expect(
      found.cuts == [
        RecordCuts.Cut(
          prefixEnd: 9, resumeAt: 11, skippedFields: 1,
          lead: RecordCuts.Lead(recordStart: 0, neededStart: 4, fields: 2))
      ])
    #expect(found.skippedBytes == 6)
  }

  /// The last field needed: no cut at the end, the lead alone. Record 2 starts at 6 with ten
  /// `x`; its two delimiters (16, 29) lie in the block of bytes 16 to 31, which holds no quote
  /// and no line end; the needed `z` run from 30 to the line feed at 50. Skipped: 4 + 24 bytes.
  @Test func leadAloneWhenTheLastFieldIsNeeded() {
    let text =
      "a,b,c\n" + String(repeating: "x", count: 10) + ","
      + String(repeating: "y", count: 12) + "," + String(repeating: "z", count: 20) + "\n"
    let found = cuts(text, fieldCount: 3, firstNeededField: 2, lastNeededField: 2)
    #expect(
      found.cuts == [
        RecordCuts.Cut(
          prefixEnd: 5, resumeAt: 5, skippedFields: 0,
          lead: RecordCuts.Lead(recordStart: 0, neededStart: 4, fields: 2)),
        RecordCuts.Cut(
          prefixEnd: 50, resumeAt: 50, skippedFields: 0,
          lead: RecordCuts.Lead(recordStart: 6, neededStart: 30, fields: 2)),
      ])
    #expect(found.skippedBytes == 28)
  }

  /// An empty needed field between skipped ones: libcsv must see a byte of the record, so the
  /// record is read from its start (no lead), and cut after field 1 (`a,` then the line end).
  @Test func emptyNeededFieldIsReadFromTheRecordStart() {
    let found = cuts("a,,c\n", fieldCount: 3, firstNeededField: 1, lastNeededField: 1)
    #expect(found.cuts == [RecordCuts.Cut(prefixEnd: 2, resumeAt: 4, skippedFields: 1)])
    let last = cuts("a,b,\n", fieldCount: 3, firstNeededField: 2, lastNeededField: 2)
    #expect(last.cuts.isEmpty, "an empty last field alone: nothing to skip but a lead")
  }

  /// A carriage return anywhere (a CR LF, a bare CR, one inside quotes past sixteen bytes),
  /// or a walk stopped at a misplaced quote, is noted, for `ReaderLane.run`'s line check.
  @Test(arguments: [
    ("a,b,c\n", false), ("a,b,c\r\n", true), ("a,b,c\rd,e,f\n", true),
    ("a,b,\"0123456789abcdef\rx\"\n", true), ("a,b\"c,d\n", true),
  ])
  func notesCarriageReturns(text: String, noted: Bool) {
    #expect(cuts(text, fieldCount: 3, lastNeededField: 0).hasCarriageReturn == noted)
  }

  @Test func otherDelimiters() {
    let found = cuts("a;b;c,d\n", fieldCount: 3, lastNeededField: 0, delimiter: UInt8(ascii: ";"))
    #expect(found.cuts == [RecordCuts.Cut(prefixEnd: 1, resumeAt: 7, skippedFields: 2)])
  }
}

/// When lanes cut records, the chain only finds where pieces end (`RecordBoundaries.last`)
/// and `RecordCuts` stands in for the survey: the same quoted line feeds, and edge spaces
/// wherever the survey finds them.
@Suite struct RecordCutsSurveyTests {
  static func randomText(seed: Int) -> String {
    var random = SeededGenerator(state: UInt64(seed) &+ 77)
    let fields = ["x", "", " y", "z ", "\"a,b\"", "\"l\nf\"", "\"q\"\"q\"", "\"\r\n\"", "1 2"]
    var text = ""
    for _ in 0..<Int.random(in: 1...300, using: &random) {
      text += (0..<4).map { _ in fields.randomElement(using: &random)! }.joined(separator: ",")
      text += Bool.random(using: &random) ? "\n" : "\r\n"
    }
    return text
  }

  @Test(arguments: 0..<40)
  func agreesWithTheSurvey(seed: Int) {
    let bytes = Array(Self.randomText(seed: seed).utf8)
    bytes.withUnsafeBytes { buffer in
      let survey = CSVSurvey(buffer, delimiter: UInt8(ascii: ","))
      let cuts = RecordCuts(
        buffer, delimiter: UInt8(ascii: ","), fieldCount: 4, lastNeededField: 1)
      #expect(RecordBoundaries.last(in: buffer) == survey.lastBoundary)
      #expect(cuts.quotedLineFeeds == survey.quotedLineFeeds)
      #expect(!survey.hasEdgeSpaces || cuts.hasEdgeSpaces)
    }
  }

  /// A space as the last byte is an edge at every length, so the last byte falls in each lane
  /// of the tail and of a whole block (found by fuzzing, `crash-fff42d28…`: when a block of
  /// 16 bytes without quotes or line ends ended the bytes, its last space was not seen, and
  /// the reader that skips fields trimmed it where the reader of every byte keeps it).
  /// Both ways of cutting: the second field alone (a lead), the first alone (a trailing cut).
  @Test(arguments: [1, 0]) func spaceEndingTheBytesIsAnEdge(neededField: Int) {
    for length in 0..<40 {
      // The delimiter early, so that a last block may hold only the second field's bytes.
      let text = "pad1,pad2\nx," + String(repeating: "y", count: length) + " "
      let found = Array(text.utf8).withUnsafeBytes {
        RecordCuts(
          $0, delimiter: UInt8(ascii: ","), fieldCount: 2, firstNeededField: neededField,
          lastNeededField: neededField)
      }
      #expect(found.hasEdgeSpaces, "\(length) bytes")
    }
  }

  @Test func lastBoundaryIsOutsideQuotes() {
    // The last line feed (at 17) lies inside quotes; the one before it, at 9, ends a record:
    // `a,b\n"x\ny"\n` is 10 bytes, then `c,"open\n` is 8 more.
    let text = "a,b\n\"x\ny\"\nc,\"open\n"
    let last = Array(text.utf8).withUnsafeBytes { RecordBoundaries.last(in: $0) }
    #expect(last == 10)
  }
}
