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
    #expect(
      partition.histogram.bins == [
        .init(size: 1, classes: 1), .init(size: 2, classes: 1), .init(size: 3, classes: 1),
      ])
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
  /// Sizes of 1,024 and more are counted apart from the small ones; the bins still come out in
  /// increasing size, zero sizes ignored.
  @Test func histogramCountsLargeClasses() {
    // sizes 3000, 1, 2000, 0, 1023, 2000, 1 → {1: 2, 1023: 1, 2000: 2, 3000: 1}:
    // 6 classes, 1 + 1 + 1023 + 2000 + 2000 + 3000 = 8025 records
    let histogram = ClassSizeHistogram(classSizes: [3000, 1, 2000, 0, 1023, 2000, 1])
    #expect(histogram.bins.map(\.size) == [1, 1023, 2000, 3000])
    #expect(histogram.bins.map(\.classes) == [2, 1, 2, 1])
    #expect(histogram.classCount == 6)
    #expect(histogram.recordCount == 8025)
    #expect(histogram.largestClass == 3000)
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

  /// An index keyed by each class's first record gives the ids of an index holding every key's
  /// codes, record by record (3,000 records of 3 columns of 11, 17 and 23 codes: the table of
  /// 1,024 slots grows).
  @Test func indexOfRecordsEqualsIndexOfKeys() {
    let columns: [[Int32]] = [(7919, 11), (8023, 17), (8127, 23)].map { step, modulus in
      (0..<3000).map { record in Int32(record * step % modulus) }
    }
    var ofKeys = ClassIndex(width: 3, seed: .deterministic)
    var ofRecords = ClassIndex(columns: columns.map(CodeColumn.init(wide:)), seed: .deterministic)
    for record in 0..<3000 {
      let key = columns.map { $0[record] }
      let expected = ofKeys.insert(key)
      let found = ofRecords.insert(key, record: record)
      #expect(found == expected, "record \(record)")
    }
  }
}

@Suite struct WildcardTests {
  /// (A,F) (A,F) (A,?) (B,F) (?,M): codes zip A=0 B=1 ?=2; gender F=0 ?=1 M=2.
  /// Classes agree wherever both have a value:
  /// (A,F) ~ (A,?): 2 + 1 = 3; (B,F): only itself, 1;
  /// (A,?) ~ (A,F) and (?,M) (no column where both are present): 1 + 2 + 1 = 4;
  /// (?,M) ~ (A,?): 1 + 1 = 2.
  @Test func missingMatchesEveryValue() {
    let zip: [Int32] = [0, 0, 0, 1, 2]
    let gender: [Int32] = [0, 0, 1, 0, 2]
    let isMissing = [[false, false, true], [false, true, false]]
    let partition = Partition(columns: [zip, gender], isMissing: isMissing, policy: .wildcard)
    #expect(partition.classSizes == [2, 1, 1, 1])
    #expect(partition.riskSizes == [3, 4, 1, 2])
    #expect((0..<5).map(partition.classSize(ofRecord:)) == [3, 3, 4, 1, 2])
    // bins by risk size: 1 → (B,F) 1 record; 2 → (?,M) 1; 3 → (A,F) 2 records; 4 → (A,?) 1
    let histogram = partition.histogram
    #expect(
      histogram.bins == [
        .init(size: 1, classes: 1, records: 1), .init(size: 2, classes: 1, records: 1),
        .init(size: 3, classes: 1, records: 2), .init(size: 4, classes: 1, records: 1),
      ])
    // average risk per record = (1/1 + 1/2 + 2/3 + 1/4) / 5 = 2.41667 / 5 = 0.48333
    let risk = AttackerRisk(prosecutor: histogram, threshold: 0.2)
    #expect(abs(risk.averageRiskPerRecord - (1 + 0.5 + 2.0 / 3 + 0.25) / 5) < 1e-12)
    #expect(risk.highestRisk == 1)
  }

  @Test func withoutMissingValuesWildcardEqualsValue() {
    let zip: [Int32] = [0, 0, 1]
    let partition = Partition(columns: [zip], isMissing: [[false, false]], policy: .wildcard)
    #expect(partition.riskSizes == partition.classSizes)
  }
}

@Suite struct ShardedPartitionTests {
  /// Above the threshold the packed keys are split into two shards; the partition must be the
  /// one the general index builds, up to the numbering of classes: same sizes per record, and
  /// two records share a class in one exactly when they do in the other.
  @Test func shardsAgreeWithTheGeneralIndex() {
    let count = PackedPartitioning.parallelThreshold + 1000
    let a = (0..<count).map { Int32(($0 &* 7919) % 5003) }
    let b = (0..<count).map { Int32(($0 &* 104_729) % 13) }
    let sharded = Partition(columns: [a, b], distinctValues: [5003, 13])
    let general = Partition(columns: [a, b], distinctValues: [1 << 40, 1 << 40])
    #expect(sharded.classCount == general.classCount)
    #expect(sharded.classSizes.sorted() == general.classSizes.sorted())
    #expect(
      (0..<count).allSatisfy { sharded.classSize(ofRecord: $0) == general.classSize(ofRecord: $0) })
    var mapping: [Int32: Int32] = [:]
    for record in 0..<count {
      let known = mapping[sharded.classOfRecord[record]]
      #expect(known == nil || known == general.classOfRecord[record])
      mapping[sharded.classOfRecord[record]] = general.classOfRecord[record]
    }
    #expect(Set(mapping.values).count == general.classCount)
    // every representative holds its class's key
    for (id, record) in sharded.representative.enumerated() {
      #expect(sharded.classOfRecord[record] == Int32(id))
    }
  }
}

@Suite struct PartitionFirstRecordTests {
  @Test func firstRecordInASmallClass() throws {
    // zip: A, A, B, A → classes of sizes 3 (A) and 1 (B); below k = 2: record 2 (the B)
    let dataset = try DatasetReader.read("zip\nA\nA\nB\nA\n", columns: ["zip"])
    let scan = try Scan(
      dataset: dataset, file: "t.csv", options: ScanOptions(quasiIdentifiers: ["zip"], k: 2))
    #expect(scan.partition.firstRecord(inClassesSmallerThan: 2) == 2)
    // k = 4: the A class (3) is small too, so record 0
    #expect(scan.partition.firstRecord(inClassesSmallerThan: 4) == 0)
    #expect(scan.partition.firstRecord(inClassesSmallerThan: 1) == nil)
    // record 2 starts on line 4 (header on line 1)
    #expect(scan.report.flagged.firstLine == 4)
  }
}
