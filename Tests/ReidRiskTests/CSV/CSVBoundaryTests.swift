import Testing

@testable import ReidRisk

/// The C boundary on purpose: every case of STYLE.md, read whole, byte by byte, and split
/// across parallel parsers, with the same answer each time.
@Suite struct CSVBoundaryTests {
  static let chunkings: [Int?] = [nil, 1, 2, 3, 7]

  @Test(arguments: chunkings) func quotedCommaQuoteAndNewline(chunk: Int?) throws {
    let csv = "id,bio\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,plain\n"
    let data = try DatasetReader.read(csv, columns: ["id", "bio"], chunkSize: chunk)
    #expect(data.values("bio") == ["a, b", "say \"hi\"", "two\nlines", "plain"])
    // record 4 starts on line 6: header 1, records on 2, 3, 4 (+ its second line 5), 6
    #expect(data.recordLines == [2, 3, 4, 6])
  }

  @Test(arguments: chunkings) func noFinalNewline(chunk: Int?) throws {
    let data = try DatasetReader.read("a,b\n1,2\n3,4", columns: ["b"], chunkSize: chunk)
    #expect(data.values("b") == ["2", "4"])
  }

  @Test(arguments: chunkings) func byteOrderMarkIsSkipped(chunk: Int?) throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("zip,age\n02139,40\n".utf8)
    let data = try DatasetReader.read(bytes, columns: ["zip"], chunkSize: chunk)
    #expect(data.header.names == ["zip", "age"])
    #expect(data.values("zip") == ["02139"])
  }

  @Test(arguments: chunkings) func crlfLineEndings(chunk: Int?) throws {
    let csv = "zip,age\r\n02139,40\r\n\"0\r\n2\",41\r\n10001,42\r\n"
    let data = try DatasetReader.read(csv, columns: ["zip", "age"], chunkSize: chunk)
    #expect(data.values("age") == ["40", "41", "42"])
    #expect(data.values("zip")[1] == "0\r\n2")
    // header line 1; records start on lines 2, 3 (spanning 3–4) and 5
    #expect(data.recordLines == [2, 3, 5])
  }

  @Test func blankLinesAreSkippedButCounted() throws {
    let data = try DatasetReader.read("a\n1\n\n\n2\n", columns: ["a"])
    #expect(data.values("a") == ["1", "2"])
    #expect(data.recordLines == [2, 5])
  }

  @Test func spacesAroundFieldsAreKept() throws {
    // libcsv trims spaces by default; we keep exact bytes.
    let data = try DatasetReader.read("a,b\n x ,y\n", columns: ["a"])
    #expect(data.values("a") == [" x "])
  }

  /// Parts of a file without spaces at field edges go through libcsv's faster space rule, parts
  /// with them through the exact one: values stay exact either way, whichever part they are in.
  @Test(arguments: [nil, 40, 200] as [Int?]) func spacesAreExactInEveryPart(chunk: Int?) throws {
    var csv = "g,n\n"
    for index in 0..<40 { csv += "F,\(index)\n" }
    csv += " F,40\nF ,41\n"
    for index in 42..<80 { csv += "F,\(index)\n" }
    let data = try DatasetReader.read(csv, columns: ["g"], chunkSize: chunk, parallelism: 2)
    let values = data.values("g")
    #expect(values[40] == " F")
    #expect(values[41] == "F ")
    #expect(values.filter { $0 == "F" }.count == 78)
  }

  @Test func spaceBeforeAQuoteIsAnErrorInEveryPart() {
    var csv = "g,n\n"
    for index in 0..<40 { csv += "F,\(index)\n" }
    csv += "F, \"x\"\n"
    // the header, 40 records, then record 41 on line 42
    #expect(throws: DatasetError.malformedQuote(file: "test.csv", record: 41, line: 42)) {
      try DatasetReader.read(csv, columns: ["g"], chunkSize: 64, parallelism: 2)
    }
  }

  @Test(arguments: chunkings) func strayQuoteIsAnError(chunk: Int?) {
    let csv = "a,b\n1,2\n3,x\"y\n5,6\n"
    #expect(throws: DatasetError.malformedQuote(file: "test.csv", record: 2, line: 3)) {
      try DatasetReader.read(csv, columns: ["a"], chunkSize: chunk)
    }
  }

  @Test(arguments: chunkings) func unterminatedQuoteAtEndIsAnError(chunk: Int?) {
    let csv = "a,b\n1,2\n3,\"open\nstill open\n"
    #expect(throws: DatasetError.malformedQuote(file: "test.csv", record: 2, line: 3)) {
      try DatasetReader.read(csv, columns: ["a"], chunkSize: chunk)
    }
  }

  @Test func lenientAcceptsStrayQuote() throws {
    let data = try DatasetReader.read("a,b\n1,2\n3,x\"y\n", columns: ["b"], isStrict: false)
    #expect(data.values("b") == ["2", "x\"y"])
  }

  @Test func invalidUTF8InValuesIsKeptAsBytes() throws {
    let bytes =
      Array("a,b\n".utf8) + [0xFF, 0xFE] + Array(",1\n".utf8) + [0xFF, 0xFE] + Array(",2\n".utf8)
    let data = try DatasetReader.read(bytes, columns: ["a"])
    let column = try #require(data.column(named: "a"))
    #expect(column.dictionary.count == 1)
    #expect(Array(column.dictionary.bytes(of: 0)) == [0xFF, 0xFE])
  }

  @Test func invalidUTF8InHeaderIsAnError() {
    let bytes = Array("a,".utf8) + [0xC3, 0x28] + Array("\n1,2\n".utf8)
    #expect(throws: DatasetError.invalidUTF8InHeader(file: "test.csv", column: 2)) {
      try DatasetReader.read(bytes, columns: ["a"])
    }
  }

  /// Values are exact bytes: "é" as U+00E9 and as "e" + U+0301 are two values, though Swift
  /// compares the two `String`s equal.
  @Test func canonicallyEquivalentSpellingsAreTwoValues() throws {
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"
    #expect(composed == decomposed)
    let data = try DatasetReader.read("city\n\(composed)\n\(decomposed)\n", columns: ["city"])
    let column = try #require(data.column(named: "city"))
    #expect(column.dictionary.count == 2)
    #expect(Partition(columns: [column.codes]).classSizes == [1, 1])
  }

  @Test func embeddedNulIsData() throws {
    let bytes = Array("a\n".utf8) + [0x78, 0x00, 0x79] + Array("\nxy\n".utf8)
    let data = try DatasetReader.read(bytes, columns: ["a"])
    #expect(data.column(named: "a")?.dictionary.count == 2)
  }

  @Test(arguments: [UInt8(ascii: ";"), 0x09, UInt8(ascii: "|"), UInt8(ascii: ",")])
  func delimiterIsDetectedFromTheHeader(delimiter: UInt8) throws {
    let d = String(UnicodeScalar(delimiter))
    let csv = "zip\(d)age\(d)\"x,y\"\n1\(d)2\(d)3\n"
    let data = try DatasetReader.read(csv, columns: ["age"])
    #expect(data.values("age") == ["2"])
  }

  @Test func delimiterCanBeForced() throws {
    let data = try DatasetReader.read(
      "a;b,c\n1;2,3\n", columns: ["b,c"], delimiter: UInt8(ascii: ";"))
    #expect(data.values("b,c") == ["2,3"])
  }

  @Test func oversizedFieldStopsTheTokenizer() throws {
    let sink = FieldSink()
    let tokenizer = try CSVTokenizer(
      delimiter: UInt8(ascii: ","), strict: true, maximumFieldBytes: 64)
    let bytes = Array(("\"" + String(repeating: "x", count: 5000)).utf8)
    #expect(throws: CSVTokenizerError.fieldTooLarge(64)) {
      try bytes.withUnsafeBytes { buffer in try tokenizer.parse(buffer, into: sink) }
    }
  }
}
