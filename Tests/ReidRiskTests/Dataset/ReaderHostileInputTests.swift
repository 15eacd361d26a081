import Testing

@testable import ReidRisk

/// The reader's messages never quote a cell value and stay short; CR-only files, blank lines
/// before the header and a quote left open under --lenient are read and counted (issue 12).
@Suite struct ReaderMessageTests {
  /// A file without a header: its first line is a record. The error names the unknown
  /// columns and the column count, never the "header" (formerly: `the header has "John",
  /// "Smith", "02139", "1980-01-02"`).
  @Test func headerlessFileNamesNoValue() {
    let text = "John,Smith,02139,1980-01-02\nJane,Doe,02140,1981-02-03\n"
    do {
      _ = try DatasetReader.read(text, columns: ["zip", "birth_date"])
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description
          == "test.csv: no columns \"zip\", \"birth_date\" among the 4 columns of the header; is"
          + " the first line a header? `reidrisk columns` lists the names")
      for value in ["John", "Smith", "02139", "1980"] {
        #expect(!error.description.contains(value))
      }
    }
  }

  /// One near miss is suggested: "zipcode" is 1 edit from "zip_code".
  @Test func unknownColumnSuggestsANearMiss() {
    #expect(
      DatasetError.unknownColumns(
        file: "m.csv", names: ["zipcode"], header: ["id", "zip_code", "age"]
      ).description
        == "m.csv: no column \"zipcode\" among the 3 columns of the header; did you mean"
        + " \"zip_code\"?")
  }

  /// 100 unknown names against a 100,000-column header (formerly a message of megabytes):
  /// three names, "and 97 more", at most 300 characters.
  @Test func longListsAreCutWithACount() {
    let header = (0..<100_000).map { "column_\($0)" }
    let names = (0..<100).map { "wanted_\($0)_" + String(repeating: "x", count: 50) }
    let message = DatasetError.unknownColumns(file: "wide.csv", names: names, header: header)
      .description
    #expect(message.count <= 300)
    #expect(message.contains("and 97 more among the 100000 columns"))
  }

  /// Every error stays within 300 characters, even with a long path and a long name.
  @Test(arguments: [
    DatasetError.duplicateHeader(
      file: String(repeating: "d/", count: 200), name: "n", columns: [1, 2]),
    .tooManyDistinctValues(
      file: String(repeating: "p/", count: 200), column: 2,
      name: String(repeating: "z", count: 500),
      limit: 10),
    .ambiguousColumn(
      file: "f.csv", name: "zip",
      matches: (0..<50).map { "Zip" + String(repeating: "p", count: $0) }),
  ])
  func everyErrorFitsInThreeHundredCharacters(error: DatasetError) {
    #expect(error.description.count <= 300)
    #expect(error.description.hasPrefix("f.csv") || error.description.hasPrefix("…"))
  }

  /// A duplicate header name is not quoted: in a file without a header it is a cell value.
  @Test func duplicateHeaderNamesNoValue() {
    #expect(
      DatasetError.duplicateHeader(file: "t.csv", name: "02139", columns: [1, 3]).description
        == "t.csv: line 1: columns 1 and 3 of the header have the same name; rename one so that"
        + " columns can be chosen by name")
  }
}

@Suite struct ReaderLineEndTests {
  /// CR-only line ends are line ends (formerly "header but no records", the whole file taken
  /// as one header line), with line numbers counted: record 2 is on line 3.
  @Test(arguments: [1, 2]) func carriageReturnOnlyLineEnds(parallelism: Int) throws {
    let text = "zip,age\r02139,30\r02140,31\r"
    let data = try DatasetReader.read(text, columns: ["zip", "age"], parallelism: parallelism)
    #expect(data.values("zip") == ["02139", "02140"])
    #expect(data.recordLines == [2, 3])
    // Cut after a CR, the next chunk decides.
    let cut = try DatasetReader.read(
      text, columns: ["zip"], chunkSize: 8, parallelism: parallelism)
    #expect(cut.values("zip") == ["02139", "02140"])
    #expect(
      throws: DatasetError.wrongFieldCount(
        file: "test.csv", record: 2, line: 3, expected: 2, found: 1)
    ) {
      try DatasetReader.read("zip,age\r1,2\r3\r", columns: ["zip"], parallelism: parallelism)
    }
  }

  /// CR LF stays CR LF: the CR is not doubled into a blank line.
  @Test func carriageReturnLineFeedIsOneLineEnd() throws {
    let data = try DatasetReader.read("zip\r\n1\r\n2\r\n", columns: ["zip"])
    #expect(data.values("zip") == ["1", "2"])
    #expect(data.recordLines == [2, 3])
  }

  /// Blank lines before the header are skipped (formerly "the file is empty") and counted:
  /// the header on line 3, records on lines 4 and 5.
  @Test func blankLinesBeforeTheHeader() throws {
    let data = try DatasetReader.read("\n\nzip\n1\n2\n", columns: ["zip"])
    #expect(data.values("zip") == ["1", "2"])
    #expect(data.recordLines == [4, 5])
    #expect(throws: DatasetError.empty(file: "test.csv")) {
      try DatasetReader.read("\n\n\n", columns: ["zip"])
    }
  }
}

@Suite struct LenientOpenQuoteTests {
  /// Intact: 4 records. The quote opened in record 2 (line 3) never closes: records 3 and 4
  /// are swallowed into its field; record 2 then has 2 fields of 3 and is skipped. analysed 1
  /// + skipped 1 + swallowed 2 = 4.
  @Test func quoteLeftOpenToTheEndIsCounted() throws {
    let text = "id,zip,age\n1,02139,30\n2,\"02140,31\n3,02141,32\n4,02142,33\n"
    let data = try DatasetReader.read(text, columns: ["zip"], isStrict: false)
    #expect(data.recordCount == 1)
    #expect(data.skippedRecords.count == 1)
    #expect(data.openQuote == OpenQuote(line: 3, records: 2))
    #expect(data.recordCount + data.skippedRecords.count + (data.openQuote?.records ?? 0) == 4)
  }

  /// The quote opened in record 1 (line 2) closes only at the end of line 3: record 1 runs
  /// over line 3 with 2 fields of 3 and is skipped; analysed 1 (record 3) + skipped 1 +
  /// swallowed 1 = 3. (Where the merged record happens to have the header's field count, it
  /// is kept as one record with a line break inside a field, as a quoted line break is.)
  @Test func quoteClosedLaterIsCounted() throws {
    let text = "id,zip,age\n1,\"02139,30\n2,02140,\"x\"\n3,02141,32\n"
    let data = try DatasetReader.read(text, columns: ["zip"], isStrict: false)
    #expect(data.recordCount == 1)
    #expect(data.skippedRecords.count == 1)
    #expect(data.openQuote == OpenQuote(line: 2, records: 1))
  }

  /// The scan warns with the line and the count.
  @Test func scanWarnsAboutTheOpenQuote() throws {
    let text = "id,zip,age\n1,02139,30\n2,\"02140,31\n3,02141,32\n4,02142,33\n"
    let data = try DatasetReader.read(text, columns: ["zip"], isStrict: false)
    let scan = try Scan(
      dataset: data, file: "t.csv", options: ScanOptions(quasiIdentifiers: ["zip"]))
    #expect(
      scan.report.warnings.map(\.message).contains(
        "a quote opened on line 3 is never closed where it should be: the 2 records after it were"
          + " read as part of one field and are not analysed; close the quote, or quote fields"
          + " that contain quotes and double the quotes inside (\"\")"))
  }

  /// Quoted line breaks that close properly are no open quote.
  @Test func closedMultilineFieldIsNoOpenQuote() throws {
    let data = try DatasetReader.read(
      "id,bio\n1,\"two\nlines\"\n2,x\n", columns: ["bio"], isStrict: false)
    #expect(data.recordCount == 2)
    #expect(data.openQuote == nil)
  }
}

/// Scan errors too fit in 300 characters, whatever the path.
@Suite struct ScanErrorLengthTests {
  @Test func scanErrorFitsInThreeHundredCharacters() {
    let error = ScanError(
      file: String(repeating: "folder/", count: 100) + "m.csv",
      reason: String(repeating: "a long reason ", count: 40))
    #expect(error.description.count == 300)
    #expect(error.description.hasPrefix("…"))
    #expect(error.description.contains("/m.csv: a long reason"))
  }
}
