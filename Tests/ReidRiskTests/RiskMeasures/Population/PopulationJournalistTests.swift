import Testing

@testable import ReidRisk

@Suite struct PopulationJournalistTests {
  @Test func withPopulationTable() throws {
    // f = (1, 2), F = (3, 4); n = 3, u = 2.
    let classes = try PopulationClassSizes(sampleSizes: [1, 2], populationSizes: [3, 4])
    let risk = AttackerRisk(journalist: classes, threshold: 0.3)
    #expect(risk.highestRisk == 1.0 / 3)  // 1 / min F = 1/3
    #expect(risk.lowestRisk == 0.25)  // 1 / max F = 1/4
    // max(u / ΣF, (1/n) Σ f/F) = max(2/7, (1/3 + 2/4)/3) = max(0.285714, 0.277778)
    #expect(abs(risk.averageRiskPerRecord - 2.0 / 7) < 1e-15)
    // 1/3 > 0.3 (class 1, 1 record); 1/4 ≤ 0.3
    #expect(risk.recordsAtRisk == 1)
    #expect(risk.recordsAtRiskFraction == 1.0 / 3)
    // (1/3 + 2/4) / 3 = 0.833333 / 3 = 0.277778
    #expect(abs(AttackerRisk.marketerAverageRiskPerRecord(classes) - 5.0 / 18) < 1e-15)
  }

  @Test func secondTermOfTheAverageCanWin() throws {
    // f = (2, 1), F = (2, 10): u / ΣF = 2/12 = 0.1667; (2/2 + 1/10) / 3 = 1.1 / 3 = 0.3667.
    let classes = try PopulationClassSizes(sampleSizes: [2, 1], populationSizes: [2, 10])
    let risk = AttackerRisk(journalist: classes, threshold: 0.2)
    #expect(abs(risk.averageRiskPerRecord - 1.1 / 3) < 1e-15)
    // 1/2 > 0.2 (2 records), 1/10 not.
    #expect(risk.recordsAtRisk == 2)
  }

  @Test func withoutPopulationTableItIsTheProsecutorModel() {
    // Classes 1, 2, 5 (n = 8): highest 1, lowest 1/5, average 3/8; at 0.4, 1 + 2 = 3 records.
    let sizes = [1, 2, 5]
    let journalist = AttackerRisk(
      journalist: PopulationClassSizes(sampleSizes: sizes), threshold: 0.4)
    let prosecutor = AttackerRisk(
      prosecutor: ClassSizeHistogram(classSizes: sizes), threshold: 0.4)
    #expect(journalist == prosecutor)
    #expect(journalist.averageRiskPerRecord == 3.0 / 8)
    // Marketer without a table: u / n = 3/8.
    #expect(
      AttackerRisk.marketerAverageRiskPerRecord(PopulationClassSizes(sampleSizes: sizes))
        == 3.0 / 8)
  }

  @Test func fromAPartition() throws {
    // Records a, a, b: classes 0 = {a, a}, 1 = {b}.
    let partition = Partition(columns: [[0, 0, 1]])
    let classes = try PopulationClassSizes(partition: partition, populationSizes: [5, 1])
    #expect(classes.sampleSizes == [2, 1])
    #expect(!classes.isFilePopulation)
    #expect(try PopulationClassSizes(partition: partition, populationSizes: nil).isFilePopulation)
  }

  @Test func emptyFile() {
    let risk = AttackerRisk(journalist: PopulationClassSizes(sampleSizes: []), threshold: 0.2)
    #expect(risk.highestRisk == 0)
    #expect(risk.recordsAtRisk == 0)
    #expect(AttackerRisk.marketerAverageRiskPerRecord(PopulationClassSizes(sampleSizes: [])) == 0)
  }

  @Test func rejectsInconsistentTables() {
    #expect(throws: PopulationError.classCountMismatch(expected: 2, found: 1)) {
      try PopulationClassSizes(sampleSizes: [1, 2], populationSizes: [3])
    }
    #expect(
      throws: PopulationError.populationClassSmallerThanSample(
        classIndex: 1, sampleSize: 2, populationSize: 1)
    ) {
      try PopulationClassSizes(sampleSizes: [1, 2], populationSizes: [3, 1])
    }
  }
}
