import Testing

@testable import ReidRisk

@Suite struct ProsecutorRiskTests {
  /// Classes of sizes 1, 2 and 5 (8 records), threshold 0.4: highest 1/1, lowest 1/5, average
  /// u/n = 3/8 = 0.375; at risk: sizes with 1/f > 0.4 → f = 1 and 2 → 3 records, 3/8.
  @Test func worked() {
    let risk = AttackerRisk(prosecutor: ClassSizeHistogram(classSizes: [1, 2, 5]), threshold: 0.4)
    #expect(risk.highestRisk == 1)
    #expect(risk.lowestRisk == 0.2)
    #expect(risk.averageRiskPerRecord == 0.375)
    #expect(risk.recordsAtRisk == 3)
    #expect(risk.recordsAtRiskFraction == 0.375)
  }

  /// A threshold equal to 1/f does not put class f at risk: sizes 4, 5, 6 with t = 0.2 →
  /// only 1/4 = 0.25 > 0.2, so 4 of 15 records.
  @Test func thresholdIsStrict() {
    let risk = AttackerRisk(prosecutor: ClassSizeHistogram(classSizes: [4, 5, 6]), threshold: 0.2)
    #expect(risk.recordsAtRisk == 4)
    #expect(risk.highestRisk == 0.25)
    #expect(abs(risk.lowestRisk - 1.0 / 6) < 1e-15)
  }

  /// t = 0.33: 1/3 = 0.3333 > 0.33, so a class of 3 is at risk (ARX's rounding to a class
  /// size keeps 0.33 as given: 1/3 is 1.01% away, outside its 1% tolerance). Sizes 3, 4 → 3 of 7.
  @Test func thresholdOneThirdRounding() {
    let risk = AttackerRisk(prosecutor: ClassSizeHistogram(classSizes: [3, 4]), threshold: 0.33)
    #expect(risk.recordsAtRisk == 3)
  }

  /// Sizes {1: 3, 2: 1, 4: 1} (9 records): 3 uniques; below 3: 3 + 2 = 5; below 5: 9.
  @Test func uniquesAndSmallClasses() {
    let histogram = ClassSizeHistogram(classesOfSize: [1: 3, 2: 1, 4: 1])
    #expect(histogram.sampleUniques == 3)
    #expect(histogram.records(inClassesSmallerThan: 2) == 3)
    #expect(histogram.records(inClassesSmallerThan: 3) == 5)
    #expect(histogram.records(inClassesSmallerThan: 5) == 9)
    #expect(RecordShare(records: 3, of: 9).fraction == 1.0 / 3)
  }

  @Test func emptyHistogramHasNoRisk() {
    let risk = AttackerRisk(prosecutor: ClassSizeHistogram(classSizes: []), threshold: 0.2)
    #expect(
      risk
        == AttackerRisk(
          highestRisk: 0, lowestRisk: 0, averageRiskPerRecord: 0, threshold: 0.2, recordsAtRisk: 0,
          recordsAtRiskFraction: 0))
  }
}
