import Testing

@testable import ReidRisk

/// The sample of distinct values behind the estimated unique share.
@Suite struct DistinctSampleTests {
  static func hash(_ value: Int) -> UInt64 { HyperLogLogTests.hash(value, seed: .deterministic) }

  @Test func belowCapacityEveryValueIsCounted() {
    var sample = DistinctSample(capacity: 100)
    // values 0..<50 once, 50..<80 twice: 80 distinct, 50 unique → 50 / 80 = 0.625
    for value in 0..<80 { sample.add(hash: Self.hash(value)) }
    for value in 50..<80 { sample.add(hash: Self.hash(value)) }
    #expect(sample.level == 0)
    #expect(sample.sampledValues == 80)
    #expect(sample.sampledUniques == 50)
    #expect(sample.uniqueShare == 0.625)
  }

  /// Counts stay exact past the capacity: every value occurs three times, the occurrences
  /// spread over the stream, so no sampled value may look unique.
  @Test func countsStayExactWhenTheLevelRises() {
    var sample = DistinctSample(capacity: 256)
    for _ in 0..<3 {
      for value in 0..<10_000 { sample.add(hash: Self.hash(value)) }
    }
    #expect(sample.level > 0)
    #expect(sample.sampledValues > 0 && sample.sampledValues <= 256)
    #expect(sample.sampledUniques == 0)
  }

  /// 60,000 unique values and 40,000 values held twice: the unique share of the distinct
  /// values is 60,000 / 100,000 = 0.6; with capacity 2,048 (at least 1,024 sampled) one
  /// standard error is at most 0.5 / √1024 = 0.0156; allow four.
  @Test func uniqueShareWithinItsError() {
    var sample = DistinctSample(capacity: 2_048)
    for value in 0..<100_000 { sample.add(hash: Self.hash(value)) }
    for value in 60_000..<100_000 { sample.add(hash: Self.hash(value)) }
    #expect(sample.level >= 5)
    #expect(abs(sample.uniqueShare - 0.6) < 4 * 0.0156)
  }
}
