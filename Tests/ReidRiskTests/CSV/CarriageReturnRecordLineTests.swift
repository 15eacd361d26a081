import Testing

@testable import ReidRisk

/// A record ended by a carriage return alone, in a file of line feeds, holding a quoted line
/// feed: the next record starts one line later. Found by `FuzzCSVReading` (the parallel reader
/// said "record 2 (line 2)", the one-lane reader "line 3"): the survey notes each quoted line
/// feed by the number of line feeds outside fields before it, and no such line feed separates
/// the two records, so the quoted line feed cannot be told from one in the next record's
/// first field (`quotedLineFeedOfTheNextRecordIsItsOwn`). A piece with both a quoted line feed
/// and a carriage return now counts the line feeds in its fields, as the one-lane reader does.
@Suite struct CarriageReturnRecordLineTests {
  static let wrongRecord = "a,b\n1,\"x\ny\"\r2\n"
  static let records = "a,b\n1,\"x\ny\"\r2,3\n4,5\n"

  /// Header on line 1; record 1 on lines 2–3 ("x⏎y" quoted), ended by CR; record 2 ("2", one
  /// field of two) on line 3. The one-lane reader (which counts the line feeds in the fields)
  /// says so.
  @Test func oneLaneNamesTheLine() {
    #expect(
      throws: DatasetError.wrongFieldCount(
        file: "test.csv", record: 2, line: 3, expected: 2, found: 1)
    ) {
      try DatasetReader.read(Self.wrongRecord, columns: ["a"], isSequential: true)
    }
  }

  /// The parallel reader, whole and in chunks of 1 and 5 bytes: the same line.
  @Test(arguments: [nil, 1, 5])
  func parallelReaderNamesTheLine(chunkSize: Int?) {
    #expect(
      throws: DatasetError.wrongFieldCount(
        file: "test.csv", record: 2, line: 3, expected: 2, found: 1)
    ) {
      try DatasetReader.read(
        Self.wrongRecord, columns: ["a"], chunkSize: chunkSize, parallelism: 2)
    }
  }

  /// Records 1 (lines 2–3, ended by CR), 2 (line 3) and 3 (line 4).
  @Test func recordLinesOnOneLane() throws {
    let data = try DatasetReader.read(Self.records, columns: ["a"], isSequential: true)
    #expect(data.values("a") == ["1", "2", "4"])
    #expect(data.recordLines == [2, 3, 4])
  }

  @Test func recordLinesInParallel() throws {
    let data = try DatasetReader.read(Self.records, columns: ["a"], parallelism: 2)
    #expect(data.values("a") == ["1", "2", "4"])
    #expect(data.recordLines == [2, 3, 4])
  }

  /// The quoted line feed in the first field of the record after the CR is that record's own:
  /// it starts on line 2, and the record after it on line 4.
  @Test(arguments: [1, 2])
  func quotedLineFeedOfTheNextRecordIsItsOwn(parallelism: Int) throws {
    let data = try DatasetReader.read(
      "a,b\n1,2\r\"x\ny\",3\n4,5\n", columns: ["a"], parallelism: parallelism)
    #expect(data.values("a") == ["1", "x\ny", "4"])
    #expect(data.recordLines == [2, 2, 4])
  }
}
