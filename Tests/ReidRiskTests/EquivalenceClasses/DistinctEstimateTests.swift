import Testing

@testable import ReidRisk

/// The HyperLogLog estimate that sizes the partition's index: within a few standard errors
/// (2.3%) of the true count, small counts near exact (linear counting), repeats not counted.
@Suite struct DistinctEstimateTests {
  @Test(arguments: [0, 10, 1_000, 50_000, 1_000_000])
  func withinAFewStandardErrors(distinct: Int) {
    var estimate = DistinctEstimate()
    for _ in 0..<2 {
      for key in 0..<distinct {
        // every key twice: repeats must not count
        estimate.add(hash: PackedClassIndex.hash(UInt64(key), seed: .deterministic))
      }
    }
    // 4 standard errors of 2.3%, and at least 1 for the smallest counts
    let tolerance = max(1, Double(distinct) * 0.092)
    #expect(abs(estimate.count - Double(distinct)) <= tolerance, "\(estimate.count)")
  }

  /// A partition of 1.2 million records (past the size from which shards estimate first)
  /// has the classes a small index grown by halves gives: 300,000 classes of 4 records.
  @Test func estimatedIndexPartitionsAlike() {
    let count = 1_200_000
    let zip = CodeColumn((0..<count).map { Int32($0 % 300_000 / 1_000) })
    let day = CodeColumn((0..<count).map { Int32($0 % 1_000) })
    let partition = Partition(columns: [zip, day], distinctValues: [300, 1_000])
    #expect(partition.classCount == 300_000)
    #expect(partition.classSizes.allSatisfy { $0 == 4 })
    #expect(partition.classOfRecord[0] == partition.classOfRecord[300_000])
  }
}
