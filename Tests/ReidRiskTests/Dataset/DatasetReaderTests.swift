import Testing

@testable import ReidRisk

@Suite struct DatasetReaderTests {
  @Test func emptyInput() {
    #expect(throws: DatasetError.empty(file: "test.csv")) {
      try DatasetReader.read("", columns: ["a"])
    }
  }

  @Test func headerOnly() {
    #expect(throws: DatasetError.headerOnly(file: "test.csv")) {
      try DatasetReader.read("a,b\n", columns: ["a"])
    }
  }

  @Test func duplicateHeaderNames() {
    #expect(throws: DatasetError.duplicateHeader(file: "test.csv", name: "zip", columns: [1, 3])) {
      try DatasetReader.read("zip,age,zip\n1,2,3\n", columns: ["age"])
    }
  }

  @Test func unknownColumnsAreReportedAtOnce() {
    let expected = DatasetError.unknownColumns(
      file: "test.csv", names: ["postcode", "sex"], header: ["zip", "age", "gender"])
    #expect(throws: expected) {
      try DatasetReader.read("zip,age,gender\n1,2,3\n", columns: ["postcode", "age", "sex"])
    }
    #expect(
      expected.description
        == "test.csv: no columns \"postcode\", \"sex\" among the 3 columns of the header; is the"
        + " first line a header? `reidrisk columns` lists the names")
  }

  @Test func columnsMatchIgnoringCaseWhenUnique() throws {
    let data = try DatasetReader.read("ZIP,Age\n1,2\n", columns: ["zip", "age"])
    #expect(data.column(named: "zip")?.name == "ZIP")
    #expect(
      throws: DatasetError.ambiguousColumn(file: "test.csv", name: "zip", matches: ["Zip", "ZIP"])
    ) {
      try DatasetReader.read("Zip,ZIP\n1,2\n", columns: ["zip"])
    }
  }

  @Test func wrongFieldCountNamesRecordLineAndCounts() {
    // record 1 on line 2 spans lines 2–3, so record 2 is on line 4
    let csv = "a,b\n1,\"x\ny\"\n2\n"
    let expected = DatasetError.wrongFieldCount(
      file: "test.csv", record: 2, line: 4, expected: 2, found: 1)
    #expect(throws: expected) { try DatasetReader.read(csv, columns: ["a"]) }
    #expect(
      expected.description
        == "test.csv: record 2 (line 4) has 1 fields, the header has 2; fix the record or use --lenient to skip such records"
    )
  }

  @Test func lenientSkipsAndCountsRaggedRecords() throws {
    let csv = "a,b\n1,2\n3\n4,5,6\n7,8\n"
    let data = try DatasetReader.read(csv, columns: ["a"], isStrict: false)
    #expect(data.values("a") == ["1", "7"])
    #expect(
      data.skippedRecords == [
        SkippedRecord(record: 2, line: 3, fields: 1), SkippedRecord(record: 3, line: 4, fields: 3),
      ])
    // the kept record "7" is the file's record 4, on line 5
    #expect(data.recordNumber(ofRecord: 1) == 4)
    #expect(data.lines.line(ofRecord: 1) == 5)
  }

  /// Parallel parsers must give the same dataset as one parser, whatever the chunking: values,
  /// codes in first-appearance order, and record lines.
  @Test(arguments: [1, 3, 17, 64, 1000]) func parallelReadingEqualsSequential(chunk: Int) throws {
    var seed: UInt64 = 42
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33)
    }
    let pieces = ["a", "b", "\"q,1\"", "\"l\nine\"", "\"x\"\"y\"", "", "é"]
    var csv = "c1,c2,c3\n"
    for _ in 0..<300 {
      csv += (0..<3).map { _ in pieces[next() % pieces.count] }.joined(separator: ",") + "\n"
      if next() % 17 == 0 { csv += "\n" }
    }
    let one = try DatasetReader.read(csv, columns: ["c1", "c3"], isSequential: true)
    // One lane in pieces, with its cuts: `c2` is skipped, and so is `c1` when `c3` alone is read.
    let lane = try DatasetReader.read(csv, columns: ["c1", "c3"], chunkSize: chunk, parallelism: 1)
    let two = try DatasetReader.read(csv, columns: ["c1", "c3"], chunkSize: chunk, parallelism: 2)
    let three = try DatasetReader.read(
      csv, columns: ["c1", "c3"], chunkSize: chunk, parallelism: 3)
    let last = try DatasetReader.read(csv, columns: ["c3"], chunkSize: chunk, parallelism: 1)
    #expect(last.values("c3") == one.values("c3"))
    #expect(last.recordLines == one.recordLines)
    for data in [lane, two, three] {
      #expect(data.recordCount == 300)
      #expect(data.values("c1") == one.values("c1"))
      #expect(data.values("c3") == one.values("c3"))
      #expect(data.column(named: "c3")?.codes == one.column(named: "c3")?.codes)
      #expect(data.recordLines == one.recordLines)
    }
  }

  @Test func errorInALaterPartNamesTheFileRecord() {
    var csv = "a,b\n"
    for index in 0..<500 { csv += "\(index),\"x\ny\"\n" }
    csv += "oops\n"
    // 500 records of 2 lines each after the header: record 501 starts on line 2 + 1000
    #expect(
      throws: DatasetError.wrongFieldCount(
        file: "test.csv", record: 501, line: 1002, expected: 2, found: 1)
    ) {
      try DatasetReader.read(csv, columns: ["a"], chunkSize: 333)
    }
  }

  @Test func missingCodesCoverEmptyCellsAndTokens() throws {
    let data = try DatasetReader.read("a\nx\n\nN/A\n\"\"\ny\n", columns: ["a"])
    let column = try #require(data.column(named: "a"))
    // values in order of appearance: x, N/A, "" (the blank line is skipped, not a record)
    let missing = column.missingCodes(tokens: ["N/A"])
    #expect(column.codes.map { missing[Int($0)] } == [false, true, true, false])
  }
}

@Suite struct RecordNumberTests {
  /// Skipped numbers 2, 3 and 6: the kept records are numbers 1, 4, 5, 7, 8.
  @Test func keptRecordsKeepTheirFileNumbers() throws {
    let csv = "a,b\n1,x\n2\n3\n4,x\n5,x\n6\n7,x\n8,x\n"
    let data = try DatasetReader.read(csv, columns: ["a"], isStrict: false)
    #expect(data.skippedRecords.map(\.record) == [2, 3, 6])
    #expect((0..<data.recordCount).map(data.recordNumber(ofRecord:)) == [1, 4, 5, 7, 8])
    #expect(data.values("a") == ["1", "4", "5", "7", "8"])
  }
}

@Suite struct HeaderErrorTests {
  @Test func malformedHeaderIsNamedAsTheHeader() {
    #expect(throws: DatasetError.malformedHeader(file: "test.csv")) {
      try DatasetReader.read("a,b\"c\n1,2\n", columns: ["a"])
    }
    #expect(
      DatasetError.malformedHeader(file: "x.csv").description.hasPrefix(
        "x.csv: line 1, the header: a quote is misplaced or never closed"))
  }
}
