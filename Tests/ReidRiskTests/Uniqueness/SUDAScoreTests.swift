import Testing

@testable import ReidRisk

/// Elliot's weights, the SUM definition of a record's score, DIS-SUDA, column contributions and
/// attribute risk, on cases worked by hand.
@Suite struct SUDAScoreTests {
  /// m = 5, M = 5: the product runs over i from s to min(5, 4) − 1 = 3 of (5 − i).
  /// size 1: 4·3·2 = 24; size 2: 3·2 = 6; size 3: 2; size 4: empty, 1; size 5: empty, 1.
  @Test func elliotWeights() {
    let scoring = SUDAScoring(columnCount: 5, maximumSize: 5)
    #expect((1...5).map(scoring.weight(ofSize:)) == [24, 6, 2, 1, 1])
    // M = 3 of m = 5: i from s to min(3, 4) − 1 = 2: size 1: 4·3 = 12; size 2: 3; size 3: 1.
    let limited = SUDAScoring(columnCount: 5, maximumSize: 3)
    #expect((1...3).map(limited.weight(ofSize:)) == [12, 3, 1])
    // m = 1: min(1, 0) − 1 = −1: every product is empty.
    #expect(SUDAScoring(columnCount: 1, maximumSize: 1).weight(ofSize: 1) == 1)
  }

  /// The score is the sum of the weights: MSUs {birth_date}, {zip, job_title},
  /// {state, job_title} at m = M = 5 give 24 + 6 + 6 = 36 (record 1 of the SUDA2 oracle). The
  /// Java SUDA2 would give 6, the weight of the last MSU found.
  @Test func scoreIsTheSum() {
    let scoring = SUDAScoring(columnCount: 5, maximumSize: 5)
    let msus = [ColumnSet([1]), ColumnSet([0, 4]), ColumnSet([3, 4])]
    #expect(scoring.score(msus) == 36)
    #expect(scoring.score([]) == 0)
  }

  /// The worked example of `DISSUDA`: m = 4 (q = 1.2), U1 = 3, U2 = 2, π = 0.5, scores 6, 2, 1.
  /// d = 1.5 / (1.5 + 2·0.5) = 0.6; U1/d − U1 = 5 − 3 = 2;
  /// Σ score^−1.2 = 0.1164712 + 0.4352753 + 1 = 1.5517465; A = 2 / 1.5517465 = 1.2888703;
  /// DIS(6) = 1 / (1 + 0.1164712 · 1.2888703) = 0.869477; DIS(2) = 1 / (1 + 0.4352753 ·
  /// 1.2888703) = 0.640609; DIS(1) = 1 / 2.2888703 = 0.436896.
  @Test func disSUDAWorkedExample() {
    let dis = DISSUDA(
      scores: [6, 2, 1, 0], uniques: 3, pairs: 2, samplingFraction: 0.5, columnCount: 4)
    #expect(abs(dis.q - 1.2) < 1e-15)
    #expect(abs(dis.a - 1.2888703) < 1e-7)
    #expect(abs(dis.score(suda: 6) - 0.869_477) < 1e-6)
    #expect(abs(dis.score(suda: 2) - 0.640_609) < 1e-6)
    #expect(abs(dis.score(suda: 1) - 0.436_896) < 1e-6)
    #expect(dis.score(suda: 0) == 0)
    // No record in a class of two: d = 1, A = 0, DIS 1 for any score.
    let none = DISSUDA(scores: [3], uniques: 1, pairs: 0, samplingFraction: 0.01, columnCount: 4)
    #expect(none.a == 0)
    #expect(none.score(suda: 3) == 1)
  }

  /// The summary of `fourRecords` (zip, gender, age; m = M = 3, weights 2·1 = 2 for size 1, 1
  /// for sizes 2 and 3): MSUs {gender} (2), {zip, gender} (1), {age} (2), {zip, age} (1);
  /// total weight 6. zip: 1 + 1 = 2 of 6 = 1/3; gender: 2 + 1 = 3 of 6 = 1/2; age: 2 + 1 = 3
  /// of 6 = 1/2. Sizes: two MSUs of size 1 (2 records), two of size 2 (2 records).
  @Test func summary() {
    let columns = MSUFixture.columns([[0, 0, 30], [0, 1, 30], [1, 1, 40], [1, 1, 30]])
    let analysis = UniquenessAnalysis(
      columns: columns, distinct: MSUFixture.distinct(columns), names: ["zip", "gender", "age"],
      maximumSize: 3, samplingFraction: 0.01)
    let summary = analysis.summary
    #expect(summary.msus == 4)
    #expect(summary.recordsWithMSU == 4)
    #expect(
      summary.bySize == [
        .init(size: 1, msus: 2, records: 2), .init(size: 2, msus: 2, records: 2),
        .init(size: 3, msus: 0, records: 0),
      ])
    #expect(summary.columns.map(\.msus) == [2, 2, 2])
    let shares: [Double] = [2.0 / 6, 3.0 / 6, 3.0 / 6]
    #expect(summary.columns.map(\.contribution) == shares)
    // Each combination singles out one record; ties in QI order: {gender} before {age}, then
    // {zip, gender} before {zip, age}.
    #expect(
      summary.combinations.map(\.columns) == [
        ["gender"], ["age"], ["zip", "gender"], ["zip", "age"],
      ])
    // Record 1: one MSU {zip, gender}, score 1; every record is unique (U1 = 4, U2 = 0), so
    // DIS is 1.
    #expect(
      analysis.record(1)
        == RecordUniqueness(msus: 1, smallest: ColumnSet([0, 1]), sudaScore: 1, disScore: 1))
  }

  /// Records left out (`--missing exclude`) take no part: without record 3 of `fourRecords`,
  /// record 2 = (B, M, 40) is alone on {zip} and on {age}.
  @Test func excludedRecords() {
    let columns = MSUFixture.columns([[0, 0, 30], [0, 1, 30], [1, 1, 40], [1, 1, 30]])
    let analysis = UniquenessAnalysis(
      columns: columns, distinct: MSUFixture.distinct(columns), names: ["zip", "gender", "age"],
      maximumSize: 3, samplingFraction: 0.01, included: [true, true, true, false])
    #expect(analysis.record(3).msus == 0)
    // {zip} and {age}: 2 MSUs, the smallest {zip} first in QI order; m = M = 3, weights 2 for
    // size 1: score 2 + 2 = 4; U1 = 3 (all three records alone), U2 = 0: DIS 1
    #expect(
      analysis.record(2)
        == RecordUniqueness(msus: 2, smallest: ColumnSet([0]), sudaScore: 4, disScore: 1))
    let searched = MinimalSampleUniques(
      columns: columns.map { Array($0.prefix(3)) }, distinct: MSUFixture.distinct(columns),
      maximumSize: 3)
    #expect(searched.msus(ofRecord: 2) == [ColumnSet([0]), ColumnSet([2])])
  }

  /// The doc comment's case: gender = F, F, M, M, M. u = 2: distinction 2/5 = 0.4; agreeing
  /// ordered pairs 2·1 + 3·2 = 8 of 5·4 = 20: separation 1 − 8/20 = 0.6. With a second column
  /// 0, 1, 0, 0, 1: classes (F,0), (F,1), (M,0)×2, (M,1): u = 4, distinction 0.8; pairs 2·1 = 2
  /// of 20: separation 0.9.
  @Test func attributeRisk() {
    let risks = AttributeRisk.measure(
      columns: [[0, 0, 1, 1, 1], [0, 1, 0, 0, 1]], distinct: [2, 2], names: ["gender", "b"])
    #expect(risks.map(\.columns) == [["gender"], ["b"], ["gender", "b"]])
    #expect(risks[0].distinction == 0.4)
    #expect(risks[0].separation == 0.6)
    // b: 0, 1, 0, 0, 1: u = 2, pairs 3·2 + 2·1 = 8: 0.4 and 0.6 too.
    #expect(risks[1].distinction == 0.4)
    #expect(risks[2].distinction == 0.8)
    #expect(abs(risks[2].separation! - 0.9) < 1e-15)
    #expect(AttributeRisk.measure(columns: [[0]], distinct: [1], names: ["a"])[0].separation == nil)
  }

  /// Past 10 quasi-identifiers, single columns, pairs and triples only: 12 columns give
  /// 12 + 66 + 220 = 298 sets.
  @Test func attributeRiskCap() {
    let columns = (0..<12).map { column in (0..<5).map { Int32(($0 + column) % 3) } }
    let risks = AttributeRisk.measure(
      columns: columns, distinct: Array(repeating: 3, count: 12),
      names: (0..<12).map { "c\($0)" })
    #expect(risks.count == 298)
    #expect(risks.map(\.columns.count).max() == 3)
  }
}
