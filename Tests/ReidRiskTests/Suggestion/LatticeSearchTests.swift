import Testing

@testable import ReidRisk

/// The lattice search on tables small enough to work out every node by hand. Levels are
/// written [age, gender]: age 0 as is, 1 bands of 5, 2 of 10, 3 of 20, 4 `*`; gender 0 as is,
/// 1 `*`. 5 × 2 = 10 settings.
@Suite struct LatticeSearchTests {
  private func search(
    _ csv: String, k: Int, suppress: Double? = nil, sensitive: String? = nil, l: Int? = nil,
    exhaustive: Bool = false
  ) throws -> SuggestionReport {
    let dataset = try DatasetReader.read(csv, columns: ["age", "gender", "tier"])
    var options = SuggestOptions(
      quasiIdentifiers: try QuasiIdentifierSpec.parse("age,gender"), k: k, suppress: suppress,
      sensitive: sensitive, l: l)
    options.exhaustive = exhaustive
    return try Suggestion(dataset: dataset, file: "t.csv", options: options).report
  }

  // ages 31, 32, 33, 34 (F, F, F, M) and 45, 46 (M, M)
  static let six = """
    age,gender,tier
    31,F,a
    32,F,b
    33,F,c
    34,M,a
    45,M,x
    46,M,y

    """

  @Test func withoutSuppression() throws {
    // k = 2. As is every age is unique. Bands of 5: 30-34 ×4 (F×3, M×1), 45-49 ×2 (M):
    // with gender k = 1, without it k = 2. Bands of 10 and 20 group the same way.
    // age *: F×3, M×3, k = 3; everything *: k = 6.
    // Reaching: [1,1], [2,1], [3,1], [4,0], [4,1]. Minimal: [1,1] (none of [0,0], [1,0],
    // [0,1] reaches) and [4,0] (none of [0..3, 0] reaches).
    // loss [4,0] = (4/4 + 0/1) / 2 = 1/2; [1,1] = (1/4 + 1/1) / 2 = 5/8: [4,0] first.
    // discernibility [4,0] = 3² + 3² = 18; [1,1] = 4² + 2² = 20.
    let report = try search(Self.six, k: 2)
    #expect(report.latticeSize == 10)
    #expect(report.suggestions.map(\.levels) == [[4, 0], [1, 1]])
    #expect(report.suggestions.map(\.qi) == ["age:*,gender", "age:5,gender:*"])
    #expect(report.suggestions.map(\.k) == [3, 2])
    #expect(report.suggestions.map(\.classes) == [2, 2])
    #expect(report.suggestions.map(\.discernibility) == [18, 20])
    #expect(report.suggestions.map(\.loss) == [0.5, 0.625])
    #expect(report.suggestions.map(\.lossNumerator) == [4, 5])  // over 8
    #expect(report.suggestions.allSatisfy { $0.lossDenominator == 8 })
    // evaluated by height: [0,0]; [1,0] [0,1]; [2,0] [1,1]; [3,0]; [4,0] = 7; [2,1], [3,1]
    // and [4,1] lie above a reaching node
    #expect(report.nodesEvaluated == 7)
    let exhaustive = try search(Self.six, k: 2, exhaustive: true)
    #expect(exhaustive.nodesEvaluated == 10)
    #expect(exhaustive.suggestions == report.suggestions)
  }

  @Test func withSuppression() throws {
    // k = 2, at most 1/3 of 6 records = 2 suppressed. [1,0]: (F,30-34)×3, (M,30-34)×1,
    // (M,45-49)×2: one record in a class under 2, within the budget: suppressed; kept
    // classes 3 and 2, k = 2. [0,0] and [0,1]: every record alone, 6 > 2. So [1,0] is the one
    // minimal setting: loss (1/4 + 0) / 2 = 1/8, discernibility 3² + 2² + 1 × 6 = 19.
    let report = try search(Self.six, k: 2, suppress: 1.0 / 3)
    #expect(report.suggestions.map(\.levels) == [[1, 0]])
    let best = try #require(report.suggestions.first)
    #expect(best.qi == "age:5,gender")
    #expect(best.k == 2)
    #expect(best.classes == 2)
    #expect(best.recordsSuppressed == 1)
    #expect(best.sampleUniques == 0)
    #expect(best.lossNumerator * 8 == best.lossDenominator)
    #expect(best.discernibility == 19)
  }

  @Test func kOfTheKeptRecordsIsNotMonotone() throws {
    // With suppression the k of the kept records can fall as a setting is coarsened: two
    // suppressed singletons merge into a kept class of 2.
    // ages 31 F, 32 F, 33 F, 41 M, 46 M; k = 2, at most 0.4 × 5 = 2 records suppressed.
    // [1,0]: (F,30-34)×3, (M,40-44)×1, (M,45-49)×1: the 2 singletons suppressed, kept k = 3.
    // [2,0]: (F,30-39)×3, (M,40-49)×2: nothing suppressed, k = 2: coarser, smaller k.
    // [0,0], [0,1]: every record alone, 5 > 2: not reached. Minimal: [1,0] alone.
    let csv = """
      age,gender,tier
      31,F,a
      32,F,a
      33,F,a
      41,M,a
      46,M,a

      """
    let report = try search(csv, k: 2, suppress: 0.4, exhaustive: true)
    let byLevels = Dictionary(uniqueKeysWithValues: report.evaluated.map { ($0.levels, $0) })
    #expect(byLevels[[1, 0]]?.k == 3)
    #expect(byLevels[[1, 0]]?.recordsSuppressed == 2)
    #expect(byLevels[[2, 0]]?.k == 2)
    #expect(byLevels[[2, 0]]?.recordsSuppressed == 0)
    #expect(report.suggestions.map(\.levels) == [[1, 0]])
    let pruned = try search(csv, k: 2, suppress: 0.4)
    #expect(pruned.suggestions == report.suggestions)
  }

  // ages 31 F a, 32 F b, 33 F c, 34 M z, 38 M z, 45 M x, 46 M y
  static let seven = """
    age,gender,tier
    31,F,a
    32,F,b
    33,F,c
    34,M,z
    38,M,z
    45,M,x
    46,M,y

    """

  @Test func lWithSuppressionIsNotMonotone() throws {
    // k = 2, at most 2 of 7 suppressed, l = 2 on tier.
    // [1,0]: (F,30-34){a,b,c}, (M,30-34){z}, (M,35-39){z}, (M,45-49){x,y}: the two singletons
    //   are suppressed; kept l = min(3, 2) = 2: reached.
    // [2,0]: (F,30-39){a,b,c}, (M,30-39){z,z}, (M,40-49){x,y}: nothing to suppress, l = 1:
    //   NOT reached, although it is coarser than [1,0].
    // [3,0]: (F,20-39){a,b,c}, (M,20-39){z,z}, (M,40-59){x,y}: l = 1, not reached.
    // [4,0]: F{a,b,c}, M{z,z,x,y}: l = 3, reached; its one finer neighbour [3,0] fails, yet
    //   [1,0] below it reaches: [4,0] is not minimal. A search that trusted monotonicity
    //   ("minimal when no finer neighbour reaches") would list it.
    // [0,0], [0,1]: every record alone, 7 > 2.
    // Minimal: [1,0] only (loss 1/8).
    let exhaustive = try search(
      Self.seven, k: 2, suppress: 2.0 / 7, sensitive: "tier", l: 2,
      exhaustive: true)
    let byLevels = Dictionary(uniqueKeysWithValues: exhaustive.evaluated.map { ($0.levels, $0) })
    #expect(byLevels[[1, 0]]?.reachesTargets == true)
    #expect(byLevels[[1, 0]]?.l == 2)
    #expect(byLevels[[1, 0]]?.recordsSuppressed == 2)
    #expect(byLevels[[2, 0]]?.reachesTargets == false)
    #expect(byLevels[[2, 0]]?.l == 1)
    #expect(byLevels[[3, 0]]?.reachesTargets == false)
    #expect(byLevels[[4, 0]]?.reachesTargets == true)
    #expect(byLevels[[4, 0]]?.l == 3)
    #expect(exhaustive.suggestions.map(\.levels) == [[1, 0]])
    let pruned = try search(Self.seven, k: 2, suppress: 2.0 / 7, sensitive: "tier", l: 2)
    #expect(pruned.suggestions == exhaustive.suggestions)
    #expect(pruned.nodesEvaluated < 10)
  }

  @Test func nothingReachesTheTargets() throws {
    // l = 7 on tier, which holds only 6 distinct values: no setting reaches it. The closest:
    // everything * (k = 7, l = 6: shortfall (7 - 6) / 7) comes first.
    let report = try search(Self.seven, k: 2, sensitive: "tier", l: 7)
    #expect(report.suggestions.isEmpty)
    #expect(report.nodesEvaluated == 10)
    #expect(report.closest.first?.levels == [4, 1])
    #expect(report.closest.first?.l == 6)
    let json = JSONReport.render([report], asArray: false)
    #expect(json.contains("\"closest\""))
    #expect(json.contains("\"suggestions\" : [\n\n  ]") || json.contains("\"suggestions\" : []"))
  }

  @Test func aGivenLevelStartsTheLadderAndFixedKeepsOne() throws {
    let dataset = try DatasetReader.read(Self.six, columns: ["age", "gender"])
    var options = SuggestOptions(
      quasiIdentifiers: try QuasiIdentifierSpec.parse("age:10,gender"), fixed: ["gender"], k: 2)
    let report = try Suggestion(dataset: dataset, file: "t.csv", options: options).report
    // age from 10: 10, 20, *; gender fixed: 3 × 1 settings
    #expect(report.ladders == [["age:10", "age:20", "age:*"], ["gender"]])
    #expect(report.latticeSize == 3)
    // age:10 with gender: k = 1; age:20: k = 1; age:*: F×3, M×3, k = 3
    #expect(report.suggestions.map(\.qi) == ["age:*,gender"])
    // loss: age at 2 of 0…2 → 2/2, gender adds 0: (1 + 0) / 2 = 1/2
    #expect(report.suggestions.first?.loss == 0.5)
    options.quasiIdentifiers = try QuasiIdentifierSpec.parse("age:2,gender")
    let widths = try Suggestion(dataset: dataset, file: "t.csv", options: options).report
    #expect(widths.ladders[0] == ["age:2", "age:10", "age:20", "age:*"])
  }

  @Test func aLadderThatIsNoHierarchyIsGroupedFromTheRecords() throws {
    // "1987-05" (not a date, kept) equals 1987-05-17 at month, not at year: month's classes
    // do not merge into year's, so the ladder is no hierarchy.
    let csv =
      "birth_date\n1987-05-17\n1987-05\n"
      + (1...18).map { "1990-01-\(10 + $0)" }
      .joined(separator: "\n") + "\n"
    let dataset = try DatasetReader.read(csv, columns: ["birth_date"])
    let options = SuggestOptions(quasiIdentifiers: [.init(name: "birth_date")], k: 2)
    let report = try Suggestion(dataset: dataset, file: "t.csv", options: options).report
    #expect(!report.isHierarchy)
    // date: 1987-05-17 and 1987-05 alone, k = 1. month: 1987-05 ×2, 1990-01 ×18, k = 2.
    // year: 1987 ×1, 1987-05 ×1: k = 1 again: measured from the records, not merged.
    let byLevels = Dictionary(uniqueKeysWithValues: report.evaluated.map { ($0.levels, $0) })
    #expect(byLevels[[1]]?.k == 2)
    #expect(report.suggestions.map(\.qi) == ["birth_date:month"])
    let exhaustive = try Suggestion(
      dataset: dataset, file: "t.csv",
      options: {
        var o = options; o.exhaustive = true; return o
      }()
    ).report
    #expect(exhaustive.evaluated.first { $0.levels == [2] }?.k == 1)
  }

  @Test func aLatticeTooLargeIsRefused() throws {
    // 8 code columns of 9-character values: 10 levels each, 10^8 settings
    let names = (1...8).map { "c\($0)" }
    let csv =
      names.joined(separator: ",") + "\n"
      + (1...3).map { row in names.map { "\($0)x\(row)abcdef" }.joined(separator: ",") }
      .joined(separator: "\n") + "\n"
    let dataset = try DatasetReader.read(csv, columns: names)
    let options = SuggestOptions(quasiIdentifiers: names.map { .init(name: $0) }, k: 2)
    #expect {
      try Suggestion(dataset: dataset, file: "t.csv", options: options)
    } throws: { error in
      (error as? ScanError)?.reason.contains("--fixed") == true
    }
  }
}
