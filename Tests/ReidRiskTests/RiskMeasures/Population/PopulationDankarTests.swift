import Testing

@testable import ReidRisk

@Suite struct PopulationDankarTests {
  static func available(_ uniques: Double) -> PopulationUniquenessEstimate {
    PopulationUniquenessEstimate(uniques: uniques, populationSize: 1000, reason: "test")
  }
  static let failed = PopulationUniquenessEstimate(unavailable: "did not converge")

  @Test func smallSamplingFractionTakesPitman() {
    // π = 0.05 ≤ 0.1: Pitman 120.4 is taken, whatever Zayatz says.
    let decision = DankarDecision(
      sampleUniques: 10, samplingFraction: 0.05, pitman: Self.available(120.4),
      zayatz: Self.available(130), snb: Self.failed)
    #expect(decision.model == .pitman)
    #expect(decision.uniques == 120.4)
    #expect(PopulationFixture.isClose(decision.fraction, 0.1204, relative: 1e-15))
    #expect(decision.reason == "sampling fraction 0.05 ≤ 0.1: Pitman")
  }

  @Test func pitmanFailureFallsBackToZayatz() {
    let decision = DankarDecision(
      sampleUniques: 10, samplingFraction: 0.1, pitman: Self.failed,
      zayatz: Self.available(130), snb: Self.failed)
    #expect(decision.model == .zayatz)
    #expect(decision.uniques == 130)
    #expect(decision.reason.contains("did not converge"))
  }

  @Test func largeSamplingFractionTakesTheSmallerOfZayatzAndSNB() {
    // π = 0.2 > 0.1: min(Zayatz 11.7, SNB 8.05) = SNB; Pitman is not considered.
    let decision = DankarDecision(
      sampleUniques: 6, samplingFraction: 0.2, pitman: Self.available(1),
      zayatz: Self.available(11.7), snb: Self.available(8.05))
    #expect(decision.model == .snb)
    #expect(decision.uniques == 8.05)
    let zayatzSmaller = DankarDecision(
      sampleUniques: 6, samplingFraction: 0.2, pitman: Self.failed,
      zayatz: Self.available(8), snb: Self.available(9))
    #expect(zayatzSmaller.model == .zayatz)
  }

  @Test func aTieGoesToZayatz() {
    // At π = 1 both are u₁, SNB up to its solver: 858 against 857.999999968 is a tie.
    let decision = DankarDecision(
      sampleUniques: 858, samplingFraction: 1, pitman: Self.available(896),
      zayatz: Self.available(858), snb: Self.available(857.999999968396))
    #expect(decision.model == .zayatz)
    #expect(decision.uniques == 858)
  }

  @Test func snbFailureFallsBackToZayatz() {
    let decision = DankarDecision(
      sampleUniques: 6, samplingFraction: 0.2, pitman: Self.failed,
      zayatz: Self.available(11.7), snb: Self.failed)
    #expect(decision.model == .zayatz)
    #expect(decision.reason.contains("SNB unavailable"))
  }

  @Test func noModelAvailable() {
    let decision = DankarDecision(
      sampleUniques: 6, samplingFraction: 0.05, pitman: Self.failed, zayatz: Self.failed,
      snb: Self.failed)
    #expect(decision.model == nil)
    #expect(decision.uniques == nil)
    #expect(decision.fraction == nil)
  }

  @Test func noSampleUniques() {
    let decision = DankarDecision(
      sampleUniques: 0, samplingFraction: 0.05, pitman: Self.available(0),
      zayatz: Self.available(0), snb: Self.available(0))
    #expect(decision.model == nil)
    #expect(decision.uniques == 0)
    #expect(decision.fraction == 0)
  }
}
