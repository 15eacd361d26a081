import Testing

@testable import ReidRisk

@Suite struct PolicyCheckTests {
  /// zip, gender: (A,F)×3, (B,M)×1, (C,F)×1, (D,M)×2 → class sizes 3, 1, 1, 2; n = 7.
  static let csv =
    "id,zip,gender,age\n1,A,F,30\n2,A,F,30\n3,A,F,31\n4,B,M,40\n5,C,F,50\n6,D,M,60\n7,D,M,60\n"

  static let policy = """
    rules:
      - name: members
        files: ["exports/**/*.csv"]
        quasi_identifiers: [zip, gender]
        bounds: {min_k: 2, max_uniques: 0.3}
      - name: by age
        files: ["exports/q1.csv"]
        quasi_identifiers: [age]
        bounds: {min_k: 1}
      - name: semicolons
        files: ["legacy/*.csv"]
        quasi_identifiers: [zip]
        delimiter: ";"
    """

  @Test func everyMatchingRuleApplies() throws {
    let policy = try Policy(yaml: Self.policy, file: ".reidrisk.yml")
    #expect(policy.rules(matching: "exports/q1.csv").map(\.name) == ["members", "by age"])
    #expect(policy.rules(matching: "exports/2024/q2.csv").map(\.name) == ["members"])
    #expect(policy.rules(matching: "notes.csv").isEmpty)
    #expect(
      policy.files(among: ["notes.csv", "exports/q1.csv", "legacy/a.csv"]) == [
        "exports/q1.csv", "legacy/a.csv",
      ])
  }

  @Test func rulesReadingAlikeShareOneRead() throws {
    let policy = try Policy(yaml: Self.policy, file: ".reidrisk.yml")
    let plans = ReadPlan.plans(for: policy.rules)
    // members and by age read with a detected delimiter: one read of zip, gender, age
    #expect(plans.count == 2)
    #expect(plans[0].rules.map(\.name) == ["members", "by age"])
    #expect(plans[0].request.columns == ["zip", "gender", "age"])
    #expect(plans[1].request.delimiter == UInt8(ascii: ";"))
  }

  @Test func globsMatchingNothingAreErrorsWithTheirLine() throws {
    let policy = try Policy(yaml: Self.policy, file: ".reidrisk.yml")
    let errors = policy.coverage(of: ["exports/q1.csv", "README.md"]).errors
    #expect(errors == [.globMatchesNothing(file: ".reidrisk.yml", line: 11, glob: "legacy/*.csv")])
    #expect(
      errors[0].description
        == ".reidrisk.yml:11: files: \"legacy/*.csv\" matches no file under the policy's folder; fix the"
        + " pattern (paths are relative to the folder of .reidrisk.yml) or remove the rule")
    // a rule with one glob that matches and one that does not is fine
    let both = try Policy(
      yaml: "rules:\n  - files: [\"*.csv\", \"*.csv.gz\"]\n    quasi_identifiers: [zip]\n",
      file: "p.yml")
    #expect(both.coverage(of: ["a.csv"]).errors.isEmpty)
  }

  @Test func ruleCheckNamesBoundsByPolicyKey() throws {
    let policy = try Policy(yaml: Self.policy, file: ".reidrisk.yml")
    let dataset = try DatasetReader.read(Self.csv, columns: ["zip", "gender", "age"])
    let members = try policy.rules[0].check(dataset, file: "exports/q1.csv")
    // k = 1 < 2 breaks min_k; uniques 2/7 = 0.286 ≤ 0.3 holds
    #expect(members.report.bounds.map(\.option) == ["min_k", "max_uniques"])
    #expect(members.brokenBounds.map(\.id) == ["k"])
    #expect(members.rule == RuleReference(name: "members", line: 2))
    // by age: classes 30×2, 31, 40, 50, 60×2 → k = 1 ≥ 1 holds
    let byAge = try policy.rules[1].check(dataset, file: "exports/q1.csv")
    #expect(byAge.report.isWithinBounds)
    let file = FileResult(file: "exports/q1.csv", results: [members, byAge])
    #expect(file.status == .fail)
  }

  @Test func batchStatusAndExitCode() throws {
    let dataset = try DatasetReader.read(Self.csv, columns: ["zip", "gender"])
    let pass = try RuleResult.measure(
      dataset, file: "a.csv",
      options: ScanOptions(quasiIdentifiers: ["zip", "gender"], bounds: Bounds([.minK: 1])),
      rule: nil, showValues: false)
    let fail = try RuleResult.measure(
      dataset, file: "b.csv",
      options: ScanOptions(quasiIdentifiers: ["zip", "gender"], bounds: Bounds([.minK: 2])),
      rule: nil, showValues: false)
    let passed = FileResult(file: "a.csv", results: [pass])
    let failed = FileResult(file: "b.csv", results: [fail])
    let broken = FileResult(file: "c.csv", error: "c.csv: record 2 (line 3): a quote is misplaced")
    let skipped = FileResult(file: "d.csv")
    #expect(
      [passed.status, failed.status, broken.status, skipped.status] == [
        .pass, .fail, .error, .unmatched,
      ])
    #expect(BatchReport(policy: nil, files: [passed, skipped]).exitStatus == 0)
    #expect(BatchReport(policy: nil, files: [passed, failed]).exitStatus == 1)
    #expect(BatchReport(policy: nil, files: [failed, broken, passed]).exitStatus == 2)
    let summary = BatchReport(policy: nil, files: [passed, failed, broken, skipped]).summary
    #expect(summary == BatchReport.Summary(files: 4, passed: 1, failed: 1, errors: 1, unmatched: 1))
  }

  @Test func everyBoundKeyIsDistinctAndKnownToTheScan() {
    let keys = BoundKind.allCases.map(\.key)
    #expect(Set(keys).count == keys.count)
    #expect(BoundKind.forCheck("k")?.key == "min_k")
    #expect(BoundKind.named("max_t")?.checkID == "t_closeness")
  }
}
