import Foundation
import Testing

@testable import ReidRisk

@Suite struct SensitiveAttributeRiskTests {
  typealias Fixture = SensitiveAttributeFixture

  @Test func diversityOfTwoClasses() {
    // A = {Gold, Gold, Silver}, B = {Gold, Bronze}: each class holds 2 values, distinct l = 2.
    // H_A = −(⅔ ln ⅔ + ⅓ ln ⅓) = ln 3 − ⅔ ln 2 = 1.098612 − 0.462098 = 0.636514
    // H_B = ln 2 = 0.693147; entropy l = exp(0.636514) = 3 / 2^(2/3) = 1.889882.
    let summary = Fixture.tiers.risk().summary
    #expect(summary.records == 5)
    #expect(summary.classes == 2)
    #expect(summary.distinctValues == 3)
    #expect(summary.distinctL == 2)
    #expect(Fixture.isClose(summary.entropyL, 3 / pow(2, 2.0 / 3)))
    // Recursive, l = 2: A 2 / 1 = 2, B 1 / 1 = 1, so c = 2.
    #expect(summary.recursiveL == 2)
    #expect(Fixture.isClose(summary.recursiveC, 2))
    #expect(summary.classesFailingRecursive == 0)
  }

  @Test func tClosenessWithEqualDistance() {
    // File Q: Gold 3/5, Silver 1/5, Bronze 1/5. Tiers are not numbers: equal distance.
    // A: ½(|⅔ − ⅗| + |⅓ − ⅕| + |0 − ⅕|) = ½(1/15 + 2/15 + 3/15) = 0.2
    // B: ½(|½ − ⅗| + |0 − ⅕| + |½ − ⅕|) = ½(0.1 + 0.2 + 0.3) = 0.3; t = 0.3.
    let risk = Fixture.tiers.risk()
    #expect(risk.summary.groundDistance == .equal)
    #expect(Fixture.isClose(risk.distanceOfClass[0], 0.2))
    #expect(Fixture.isClose(risk.distanceOfClass[1], 0.3))
    #expect(Fixture.isClose(risk.summary.tCloseness, 0.3))
  }

  @Test func shortfallCounts() {
    // l = 3: both classes hold 2 values: 2 classes, 3 + 2 = 5 records short.
    // t = 0.25: only B (0.3 > 0.25): 1 class, 2 records.
    let summary = Fixture.tiers.risk(l: 3, t: 0.25).summary
    #expect(summary.classesBelowL == 2)
    #expect(summary.recordsBelowL == 5)
    #expect(summary.classesAboveT == 1)
    #expect(summary.recordsAboveT == 2)
    #expect(!summary.meetsThresholds)
    // Recursive l follows l = 3: no class holds 3 values, so no c works.
    #expect(summary.recursiveL == 3)
    #expect(summary.recursiveC == nil)
    #expect(summary.classesFailingRecursive == 2)
    #expect(summary.recordsFailingRecursive == 5)
    // A distance equal to t is close enough: B at 0.3 with t = 0.3 passes.
    let atLimit = Fixture.tiers.risk(l: 2, t: 0.3).summary
    #expect(atLimit.classesBelowL == 0)
    #expect(atLimit.classesAboveT == 0)
    #expect(atLimit.meetsThresholds)
    // No thresholds, no counts.
    #expect(Fixture.tiers.risk().summary.classesBelowL == nil)
    #expect(Fixture.tiers.risk().summary.recordsAboveT == nil)
  }

  @Test func recursiveDiversityUsesTheTail() {
    // One class with counts Gold 3, Silver 2, Bronze 1 (f = 6).
    // l = 1: 3 / (3 + 2 + 1) = 0.5; l = 2: 3 / (2 + 1) = 1; l = 3: 3 / 1 = 3; l = 4: fails.
    let fixture = Fixture(
      ["Gold", "Silver", "Gold", "Bronze", "Silver", "Gold"].map { ("A", $0) })
    #expect(Fixture.isClose(fixture.risk(recursiveL: 1).summary.recursiveC, 0.5))
    #expect(Fixture.isClose(fixture.risk(recursiveL: 2).summary.recursiveC, 1))
    #expect(Fixture.isClose(fixture.risk(recursiveL: 3).summary.recursiveC, 3))
    #expect(fixture.risk(recursiveL: 4).summary.recursiveC == nil)
    #expect(fixture.risk(recursiveL: 4).summary.recordsFailingRecursive == 6)
    // The only class is the file: distance 0, t = 0. Entropy: −(½ ln ½ + ⅓ ln ⅓ + ⅙ ln ⅙)
    // = 0.346574 + 0.366204 + 0.298627 = 1.011404; l = exp(1.011404) = 2.749459.
    let summary = fixture.risk().summary
    #expect(Fixture.isClose(summary.tCloseness, 0))
    #expect(Fixture.isClose(summary.entropyL, 2.749459, tolerance: 1e-6))
  }

  @Test func numericColumnUsesOrderedDistance() {
    // Values 2, 9, 10 ranked by number (as text "10" < "2" < "9" would differ); m = 3.
    // File: 2 ×2, 9 ×1, 10 ×2, Q = (0.4, 0.2, 0.4).
    // A = {2, 2}: P − Q = (0.6, −0.2, −0.4), cumulative 0.6, 0.4, 0 → (1/2)(1.0) = 0.5.
    // B = {9, 10, 10}: P − Q = (−0.4, 2/15, 4/15), cumulative −0.4, −4/15, 0
    //   → (1/2)(0.4 + 0.266667) = 1/3. t = 0.5. (By text order A would be 0.3.)
    let fixture = Fixture(
      [("A", "2"), ("B", "9"), ("A", "2"), ("B", "10"), ("B", "10")], column: "events")
    let risk = fixture.risk()
    #expect(risk.summary.groundDistance == .ordered)
    #expect(Fixture.isClose(risk.distanceOfClass[0], 0.5))
    #expect(Fixture.isClose(risk.distanceOfClass[1], 1.0 / 3))
    #expect(Fixture.isClose(risk.summary.tCloseness, 0.5))
  }

  @Test func equalNumbersShareARank() {
    // "1" and "1.0" are two values for l-diversity but one rank for the distance: m = 2.
    // File: 1 ×2, 2 ×2. A = {"1", "1.0"}: P = (1, 0), P − Q = (½, −½), cumulative ½, 0 → ½.
    let fixture = Fixture([("A", "1"), ("A", "1.0"), ("B", "2"), ("B", "2")])
    let summary = fixture.risk().summary
    #expect(summary.distinctValues == 3)
    #expect(summary.distinctL == 1)
    #expect(Fixture.isClose(summary.tCloseness, 0.5))
  }

  @Test func missingValueIsAValueOfItsOwn() {
    // Values 1, 2 and empty; empty ranks after every number: order 1, 2, "".
    // File Q = (¼, ¼, ½). A = {"", ""}: P − Q = (−¼, −¼, ½), cumulative −¼, −½, 0 → ¾ / 2.
    // B = {1, 2}: P − Q = (¼, ¼, −½), cumulative ¼, ½, 0 → ¾ / 2. t = 0.375.
    let fixture = Fixture([("A", ""), ("B", "1"), ("A", ""), ("B", "2")], column: "score")
    let summary = fixture.risk().summary
    #expect(summary.missingRecords == 2)
    #expect(summary.distinctValues == 3)
    #expect(summary.distinctL == 1)
    #expect(summary.groundDistance == .ordered)
    #expect(Fixture.isClose(summary.tCloseness, 0.375))
  }

  @Test func missingTokenDoesNotStopANumericColumn() {
    // "N/A" is not a number; marked missing, it ranks last and the column stays numeric.
    // Same shape as above with "N/A" for the empty value: t = 0.375.
    let fixture = Fixture([("A", "N/A"), ("B", "1"), ("A", "N/A"), ("B", "2")])
    #expect(fixture.risk().summary.groundDistance == .equal)
    let isMissing = (0..<Int32(fixture.dictionary.count)).map {
      fixture.dictionary.string(of: $0) == "N/A"
    }
    let summary = fixture.risk(isMissing: isMissing).summary
    #expect(summary.groundDistance == .ordered)
    #expect(summary.missingRecords == 2)
    #expect(Fixture.isClose(summary.tCloseness, 0.375))
  }

  @Test func excludedRecordsAreLeftOut() {
    // The record with an empty class is excluded: it counts in neither the classes nor Q.
    // Left: A = {Gold, Silver}, Q = (½, ½), distance 0; "Bronze" is not a value present.
    let fixture = Fixture(
      [("A", "Gold"), ("", "Bronze"), ("A", "Silver")], excludingEmptyClass: true)
    let summary = fixture.risk().summary
    #expect(summary.records == 2)
    #expect(summary.classes == 1)
    #expect(summary.distinctValues == 2)
    #expect(Fixture.isClose(summary.tCloseness, 0))
  }

  @Test func noRecordsGiveZeros() {
    let fixture = Fixture([("", "Gold")], excludingEmptyClass: true)
    let summary = fixture.risk(l: 2, t: 0.1).summary
    #expect(summary.records == 0)
    #expect(summary.distinctL == 0)
    #expect(summary.entropyL == 0)
    #expect(summary.tCloseness == 0)
    #expect(summary.classesBelowL == 0)
  }

  @Test func summaryEncodesSnakeCaseWithNulls() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let summary = Fixture.tiers.risk(recursiveL: 3).summary
    let json = try #require(String(data: encoder.encode(summary), encoding: .utf8))
    #expect(json.contains(#""column":"tier""#))
    #expect(json.contains(#""distinct_l":2"#))
    #expect(json.contains(#""recursive_c":null"#))
    #expect(json.contains(#""l_threshold":null"#))
    #expect(json.contains(#""ground_distance":"equal""#))
    #expect(json.contains(#""t_closeness":0.3"#))
    let decoded = try JSONDecoder().decode(
      SensitiveAttributeSummary.self, from: encoder.encode(summary))
    #expect(decoded == summary)
  }
}
