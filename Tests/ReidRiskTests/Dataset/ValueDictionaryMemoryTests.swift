import Testing

@testable import ReidRisk

/// The dictionaries' memory is bounded: each distinct value stored once, with a small fixed
/// overhead, and a column past `--max-distinct` ends the read with an error.
@Suite struct ValueDictionaryMemoryTests {
  /// 200,000 distinct values of 9 bytes (1.8 MB), the bound checked after every insertion
  /// from the 16th: at most 2 × the bytes + 24 bytes per value. Worst case of the layout: the
  /// arena and the ends just grown by half (1.5 × 9 and 1.5 × 4 bytes a value) and the slots
  /// just grown by half from 75% full (50% full: 8 / 0.5 = 16 bytes a value), that is
  /// 1.5 × bytes + 22 × values. The former layout (8-byte ends and slots, both doubled) reached
  /// 2 × bytes + 39 × values.
  @Test func arenaOverheadIsBounded() {
    var dictionary = ValueDictionary(seed: .deterministic)
    let count = 200_000
    var worst = 0.0
    for number in 0..<count {
      _ = Array("v\(10_000_000 + number)".utf8).withUnsafeBytes { dictionary.code(of: $0) }
      let values = number + 1
      guard values >= 16 else { continue }
      let overhead = dictionary.allocatedBytes - 2 * dictionary.byteCount
      if overhead > 24 * values {
        Issue.record("\(dictionary.allocatedBytes) bytes allocated for \(values) values")
        return
      }
      worst = max(worst, Double(dictionary.allocatedBytes - dictionary.byteCount) / Double(values))
    }
    #expect(dictionary.byteCount == 9 * count)
    // Beyond the bytes themselves, at most 0.5 × 9 + 22 = 26.5 bytes a value at any time.
    #expect(worst <= 26.5)
  }

  /// The table grows by half whenever it passes 75% full, from 8 slots: 8, 12, 18, 27, 40,
  /// 60, 90, ... (each × 3 / 2, rounded down). After 200,000 values it has 297,870 slots
  /// (it grew to them at 148,936 values, past 198,580 × 3 / 4 = 148,935): 67% full, 2,382,960
  /// bytes, 11.9 bytes a value; the ends hold 800,000 bytes (4 a value).
  @Test func tableGrowsByHalfPastThreeQuarters() {
    var dictionary = ValueDictionary(seed: .deterministic)
    var sizes: [Int] = [dictionary.slotCount]
    for number in 0..<200_000 {
      _ = Array("v\(10_000_000 + number)".utf8).withUnsafeBytes { dictionary.code(of: $0) }
      if dictionary.slotCount != sizes.last { sizes.append(dictionary.slotCount) }
      if number + 1 == 148_935 { #expect(dictionary.slotCount == 198_580) }
      if number + 1 == 148_936 { #expect(dictionary.slotCount == 297_870) }
    }
    #expect(Array(sizes.prefix(7)) == [8, 12, 18, 27, 40, 60, 90])
    #expect(sizes.last == 297_870)
    for (smaller, larger) in zip(sizes, sizes.dropFirst()) { #expect(larger == smaller * 3 / 2) }
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
