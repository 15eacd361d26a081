import Testing

@testable import ReidRisk

/// Levels in a policy's `quasi_identifiers`: checked when the policy is read, carried into the
/// options a rule is measured with.
@Suite struct PolicyGeneralizationTests {
  @Test func levelsReachTheRuleOptions() throws {
    let policy = try Policy(
      yaml: """
        rules:
          - files: a.csv
            quasi_identifiers: [zip:3, birth_date:year, gender]
          - files: b.csv
            quasi_identifiers: age:10, zip
        """, file: ".reidrisk.yml")
    let first = policy.rules[0].settings.measureOptions
    #expect(first.quasiIdentifiers == ["zip", "birth_date", "gender"])
    #expect(first.generalizations == ["zip": .width(3), "birth_date": .year])
    #expect(first.requestedColumns == ["zip", "birth_date", "gender"])
    let second = policy.rules[1].settings.measureOptions
    #expect(second.quasiIdentifiers == ["age", "zip"])
    #expect(second.generalizations == ["age": .width(10)])
  }

  @Test func anUnknownLevelIsAnErrorWithItsLine() {
    #expect {
      try Policy(
        yaml: """
          rules:
            - files: a.csv
              quasi_identifiers: [zip:yr]
          """, file: ".reidrisk.yml")
    } throws: { error in
      let text = "\(error)"
      return text.contains(".reidrisk.yml:3") && text.contains("unknown generalization level")
    }
  }
}
