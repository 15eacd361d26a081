import Foundation
import Testing

@testable import ReidRisk

@Suite struct PopulationIndividualRiskTests {
  @Test(arguments: [
    // f = 1, F = 4: p = 0.25, r = (0.25/0.75)·ln 4 = 0.333333 × 1.386294 = 0.462098
    (1, 4.0, 0.46209812037329684),
    // f = 2, F = 8: p = 0.25, r = 1/3 − (1/3)²·ln 4 = 0.333333 − 0.154033 = 0.179301
    (2, 8.0, 0.17930062654223436),
    // f = 2, F = 2.5: p = 0.8, r = 4 − 16·ln 1.25 = 4 − 3.570297 = 0.429703 (series branch)
    (2, 2.5, 0.42970317897264376),
    // f = 3, F = 6: p = 0.5, r = 0.5 / (3 − 0.5) = 0.2
    (3, 6.0, 0.2),
    // f = F: r = 1/f
    (1, 1.0, 1.0),
    (4, 4.0, 0.25),
  ])
  func recordRisk(size: Int, weightSum: Double, expected: Double) {
    let risk = IndividualRisk.risk(classSize: size, weightSum: weightSum)
    #expect(abs(risk - expected) < 1e-14)
  }

  @Test func pairRiskNearOneIsStable() {
    // f = 2, F = 2 + 10⁻⁹: p → 1 and r → p − p²/2 → 1/2, where the direct formula subtracts
    // two terms of 2·10⁹.
    let risk = IndividualRisk.risk(classSize: 2, weightSum: 2 + 1e-9)
    #expect(abs(risk - 0.5) < 1e-8)
    // Both branches agree at q = 0.5 (f = 2, F = 4: p = 0.5, r = 1 − ln 2 = 0.306853).
    let left = IndividualRisk.risk(classSize: 2, weightSum: 4 - 1e-12)
    #expect(abs(left - (1 - log(2.0))) < 1e-11)
  }

  @Test func expectedReidentifications() throws {
    // (f = 1, F = 4): r = 0.462098; (f = 2, F = 2): r = 0.5 each.
    // ER = 0.462098 + 2 × 0.5 = 1.462098; global risk = 1.462098 / 3 = 0.487366.
    let risk = try IndividualRisk(classSizes: [1, 2], weightSums: [4, 2])
    #expect(abs(risk.expectedReidentifications - 1.46209812037329684) < 1e-14)
    #expect(abs(risk.globalRisk - 1.46209812037329684 / 3) < 1e-14)
  }

  @Test func fromRecordWeights() throws {
    // Records a, a, b with weights 1.5, 2.5, 4: class a f = 2, F = 4 (r = 1 − ln 2 = 0.306853),
    // class b f = 1, F = 4 (r = 0.462098). ER = 2 × 0.306853 + 0.462098 = 1.075804.
    let partition = Partition(columns: [[0, 0, 1]])
    let risk = try IndividualRisk(partition: partition, weights: [1.5, 2.5, 4])
    #expect(abs(risk.expectedReidentifications - 1.0758037592534062) < 1e-14)
  }

  @Test func higherRiskThanTheMainPart() throws {
    // 20 classes f = 3, F = 300 (r = 0.01 / (3 − 0.99) = 0.004975, 60 records) and one class
    // f = 1, F = 1 (r = 1). Median over the 61 records 0.004975, MAD 0: only the unique record
    // exceeds median + 3·MAD and 0.1.
    let risk = try IndividualRisk(
      classSizes: Array(repeating: 3, count: 20) + [1],
      weightSums: Array(repeating: 300, count: 20) + [1])
    #expect(risk.higherRiskRecords == 1)
    // Medians over records, R style: {1, 1, 2, 10} → (1 + 2) / 2 = 1.5.
    #expect(IndividualRisk.weightedMedian([(1, 2), (2, 1), (10, 1)]) == 1.5)
    #expect(IndividualRisk.weightedMedian([(1, 2), (2, 1)]) == 1)
  }

  @Test func rejectsImpossibleWeights() {
    #expect(
      throws: PopulationError.weightSumBelowClassSize(classIndex: 0, classSize: 2, weightSum: 1.5)
    ) {
      try IndividualRisk(classSizes: [2], weightSums: [1.5])
    }
    #expect(throws: PopulationError.invalidWeight(record: 1, weight: 0)) {
      try IndividualRisk(partition: Partition(columns: [[0, 0]]), weights: [1, 0])
    }
    #expect(throws: PopulationError.classCountMismatch(expected: 1, found: 2)) {
      try IndividualRisk(classSizes: [1], weightSums: [1, 2])
    }
  }
}
