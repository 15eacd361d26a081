import Testing

@testable import ReidRisk

/// Header errors name the header's line: blank lines before the header are skipped and
/// counted, so after two of them the header is on line 3 (issue 12; formerly every header
/// error said line 1).
@Suite struct HeaderLineTests {
  /// "\n\n" then the header: line 3. Read whole and byte by byte (the blank lines then arrive
  /// in separate chunks), on one lane and two.
  @Test(arguments: [nil, 1], [1, 2])
  func headerErrorsNameTheHeaderLine(chunkSize: Int?, parallelism: Int) {
    let cases: [(String, [String], DatasetError)] = [
      (
        "\n\nid,zip,id\n1,2,3\n", ["zip"],
        .duplicateHeader(file: "test.csv", name: "id", columns: [1, 3], line: 3)
      ),
      ("\n\n\"id,zip\n1,2\n", ["zip"], .malformedHeader(file: "test.csv", line: 3)),
      (
        "\n\nid,zip\n1,2\n", ["age"],
        .unknownColumns(file: "test.csv", names: ["age"], header: ["id", "zip"], line: 3)
      ),
      (
        "\n\nZip,ZIP\n1,2\n", ["zip"],
        .ambiguousColumn(file: "test.csv", name: "zip", matches: ["Zip", "ZIP"], line: 3)
      ),
    ]
    for (text, columns, expected) in cases {
      #expect(throws: expected) {
        try DatasetReader.read(
          text, columns: columns, chunkSize: chunkSize, parallelism: parallelism)
      }
      #expect(expected.line == 3)
    }
  }

  /// Invalid UTF-8 in the second name, after one blank line: line 2, column 2.
  @Test func invalidUTF8NamesTheHeaderLine() {
    let bytes: [UInt8] = Array("\nid,".utf8) + [0xFF, 0xFE] + Array("\n1,2\n".utf8)
    let expected = DatasetError.invalidUTF8InHeader(file: "test.csv", column: 2, line: 2)
    #expect(throws: expected) { try DatasetReader.read(bytes, columns: ["id"]) }
    #expect(
      expected.description
        == "test.csv: line 2, column 2: the header name is not valid UTF-8; save the file as UTF-8")
  }

  /// The messages say the line: 4 after three blank lines; without them, line 1 as before.
  @Test func messagesSayTheLine() {
    #expect(
      DatasetError.malformedHeader(file: "x.csv", line: 4).description.hasPrefix(
        "x.csv: line 4, the header: a quote is misplaced"))
    #expect(
      DatasetError.duplicateHeader(file: "x.csv", name: "a", columns: [1, 2], line: 4)
        .description.hasPrefix("x.csv: line 4: columns 1 and 2 of the header"))
    #expect(DatasetError.malformedHeader(file: "x.csv").line == 1)
  }
}
