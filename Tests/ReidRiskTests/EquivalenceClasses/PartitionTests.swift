import Testing

@testable import ReidRisk

@Suite struct PartitionTests {
  /// Records (zip, gender): (A,F) (A,F) (A,M) (B,F) (B,F) (B,F) → classes {A,F}: 2, {A,M}: 1,
  /// {B,F}: 3.
  @Test func classesAndSizes() {
    let zip: [Int32] = [0, 0, 0, 1, 1, 1]
    let gender: [Int32] = [0, 0, 1, 0, 0, 0]
    let partition = Partition(columns: [zip, gender])
    #expect(partition.classSizes == [2, 1, 3])
    #expect(partition.classOfRecord == [0, 0, 1, 2, 2, 2])
    #expect(partition.representative == [0, 2, 3])
    #expect(partition.classCount == 3)
    #expect(partition.histogram.bins == [.init(size: 1, classes: 1), .init(size: 2, classes: 1), .init(size: 3, classes: 1)])
  }

  /// With code 1 of column 0 missing: excluding drops the three B records, leaving {A,F}: 2 and
  /// {A,M}: 1; treated as a value, B stays a class of 3.
  @Test func missingValuesExcludedOrKept() {
    let zip: [Int32] = [0, 0, 0, 1, 1, 1]
    let gender: [Int32] = [0, 0, 1, 0, 0, 0]
    let isMissing = [[false, true], [false, false]]
    let excluded = Partition(columns: [zip, gender], isMissing: isMissing, policy: .exclude)
    #expect(excluded.excludedCount == 3)
    #expect(excluded.recordCount == 3)
    #expect(excluded.classSizes == [2, 1])
    #expect(excluded.classOfRecord == [0, 0, 1, -1, -1, -1])
    #expect(excluded.classSize(ofRecord: 4) == 0)
    let kept = Partition(columns: [zip, gender], isMissing: isMissing, policy: .value)
    #expect(kept.classSizes == [2, 1, 3])
  }

  @Test func manyClassesGrowTheIndex() {
    // 10,000 records in 5,000 classes of 2: codes (i / 2) on one column
    let codes = (0..<10_000).map { Int32($0 / 2) }
    let partition = Partition(columns: [codes, codes.map { $0 % 7 }])
    #expect(partition.classCount == 5000)
    #expect(partition.histogram.bins == [.init(size: 2, classes: 5000)])
  }

  @Test func histogramCounts() {
    // sizes 1, 1, 2, 5 → {1: 2, 2: 1, 5: 1}: 4 classes, 1 + 1 + 2 + 5 = 9 records
    let histogram = ClassSizeHistogram(classSizes: [1, 5, 1, 2])
    #expect(histogram.classCount == 4)
    #expect(histogram.recordCount == 9)
    #expect(histogram.smallestClass == 1)
    #expect(histogram.largestClass == 5)
    #expect(histogram.classes(ofSize: 1) == 2)
    #expect(histogram.bins.map(\.records) == [2, 2, 5])
  }
}

@Suite struct PackedKeysTests {
  /// 300 values need 9 bits (codes 0…299 < 512), 20,000 need 15, 3 need 2: shifts 0, 9, 24.
  @Test func bitsPerColumn() throws {
    let packing = try #require(PackedKeys(distinctValues: [300, 20_000, 3]))
    #expect(packing.shifts == [0, 9, 24])
    #expect(PackedKeys(distinctValues: [1 << 30, 1 << 30, 1 << 30]) == nil)
  }

  /// The packed and the general index give the same partition.
  @Test func packedEqualsGeneral() {
    let a = (0..<5000).map { Int32(($0 * 7) % 13) }
    let b = (0..<5000).map { Int32(($0 * 11) % 17) }
    let packed = Partition(columns: [a, b], distinctValues: [13, 17])
    let general = Partition(columns: [a, b], distinctValues: [1 << 40, 1 << 40])
    #expect(packed.classOfRecord == general.classOfRecord)
    #expect(packed.classSizes == general.classSizes)
    // 7 and 11 are invertible mod 13 and 17, so (a, b) runs through all 13 × 17 = 221 pairs
    #expect(packed.classCount == 221)
  }
}
