import Testing

@testable import ReidRisk

/// The dictionaries' memory is bounded: each distinct value stored once, with a small fixed
/// overhead, and a column past `--max-distinct` ends the read with an error.
@Suite struct ValueDictionaryMemoryTests {
  /// 200,000 distinct values of 9 bytes (1.8 MB): at most 2 × the bytes (the arena while it
  /// grows) + 40 bytes per value (an 8-byte end, its array's doubling, and 8-byte slots at
  /// most 70% full after a doubling: 8 × 2 + 8 / 0.35 ≈ 39), that is 11.6 MB; the former
  /// layout (24-byte slots, a stored hash per value) took over 13 MB.
  @Test func arenaOverheadIsBounded() {
    var dictionary = ValueDictionary(seed: .deterministic)
    let count = 200_000
    for number in 0..<count {
      _ = Array("v\(10_000_000 + number)".utf8).withUnsafeBytes { dictionary.code(of: $0) }
    }
    #expect(dictionary.byteCount == 9 * count)
    #expect(dictionary.allocatedBytes <= 2 * dictionary.byteCount + 40 * count)
  }

  /// Five distinct values against a limit of 3: the read ends naming the column and the
  /// limit, on the parallel and the one-lane reader alike; a limit of 5 reads the file.
  @Test(arguments: [1, 2]) func tooManyDistinctValuesEndsTheRead(parallelism: Int) throws {
    let text = "id,zip\n1,a\n2,b\n3,c\n4,d\n5,e\n6,a\n"
    #expect(
      throws: DatasetError.tooManyDistinctValues(
        file: "test.csv", column: 2, name: "zip", limit: 3)
    ) {
      _ = try DatasetReader.read(
        text, columns: ["zip"], parallelism: parallelism, maximumDistinctValues: 3)
    }
    let dataset = try DatasetReader.read(
      text, columns: ["zip"], parallelism: parallelism, maximumDistinctValues: 5)
    #expect(dataset.column(named: "zip")?.dictionary.count == 5)
  }

  @Test func tooManyDistinctValuesMessage() {
    let error = DatasetError.tooManyDistinctValues(
      file: "m.csv", column: 2, name: "zip", limit: 3)
    #expect(
      error.description
        == "m.csv: column 2 (\"zip\") has more than 3 distinct values; a column with a value per"
        + " record identifies by itself: leave it out of the quasi-identifiers, generalise it,"
        + " or raise --max-distinct")
  }
}
