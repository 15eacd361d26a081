import Testing

@testable import ReidRisk

/// Built-in scenarios on a small file, computed by hand.
@Suite struct ScenarioTests {
  /// r1 … r5. Classes:
  /// voter roll (zip, birth_date, gender): r1, r2, r3 alone; r4 = r5 → 3 unique, smallest 1
  /// professional (company → employer, job_title, city): {r1, r2, r3}, {r4, r5} → 0 unique
  /// social (first_name, city, birth_date's year): {r1, r2} (Ann, Boston, 1980), r3 alone,
  ///   {r4, r5} → 1 unique
  static let text = """
    first_name,city,birth_date,zip,gender,company,job_title
    Ann,Boston,1980-03-07,02139,F,Acme,Engineer
    Ann,Boston,1980-11-30,02139,F,Acme,Engineer
    Bob,Boston,1975-01-01,02139,M,Acme,Engineer
    Cy,Austin,1980-05-05,78704,M,Hooli,Designer
    Cy,Austin,1980-05-05,78704,M,Hooli,Designer

    """

  func evaluate(k: Int = 5, normalises: Bool = false) throws -> ScenarioEvaluation {
    let header = Header(names: [
      "first_name", "city", "birth_date", "zip", "gender", "company", "job_title",
    ])
    let resolved = AttackScenario.builtIn.map { $0.resolve(in: header) }
    let dataset = try DatasetReader.read(
      Self.text, columns: ResolvedScenario.requiredColumns(resolved))
    return ScenarioEvaluation(
      dataset: dataset, scenarios: resolved, options: ScenarioOptions(k: k, normalises: normalises))
  }

  @Test func resolvesBySynonymAndDerivesTheYear() {
    let header = Header(names: [
      "first_name", "city", "birth_date", "zip", "gender", "company", "job_title",
    ])
    let resolved = AttackScenario.builtIn.map { $0.resolve(in: header) }
    #expect(
      resolved.map { $0.columns.map(\.label) } == [
        ["zip", "birth_date", "gender"], ["company", "job_title", "city"],
        ["first_name", "city", "birth_date (year)"],
      ])
    #expect(resolved.allSatisfy { $0.missing.isEmpty })
  }

  @Test func figures() throws {
    let report = try evaluate().report
    #expect(report.map(\.name) == ["voter roll", "professional profile", "social profile"])
    #expect(report.map(\.unique) == [3, 0, 1])
    // k = 5: every class is smaller than 5
    #expect(report.map(\.inSmallClasses) == [5, 5, 5])
    #expect(report.map(\.smallestClass) == [1, 2, 1])
    let k2 = try evaluate(k: 2).report
    // k = 2: only the classes of 1 count
    #expect(k2.map(\.inSmallClasses) == [3, 0, 1])
  }

  @Test func recordFlagsNameTheScenarios() throws {
    let evaluation = try evaluate()
    #expect(evaluation.scenarios(singlingOut: 0) == ["voter roll"])
    #expect(evaluation.scenarios(singlingOut: 2) == ["voter roll", "social profile"])
    #expect(evaluation.scenarios(singlingOut: 3).isEmpty)
    #expect(
      evaluation.flagNote(record: 2) == "singled out by the voter roll and social profile scenarios"
    )
    #expect(evaluation.flagNote(record: 0) == "singled out by the voter roll scenario")
    #expect(evaluation.flagNote(record: 3) == nil)
  }

  @Test func usesTheColumnsTheFileHas() throws {
    // no birth date, no employer: the voter roll uses zip and gender; the professional profile
    // job_title only
    let text = "zip,gender,job_title\n02139,F,Nurse\n02139,F,Nurse\n10001,M,Nurse\n"
    let header = Header(names: ["zip", "gender", "job_title"])
    let resolved = AttackScenario.builtIn.map { $0.resolve(in: header) }
    let dataset = try DatasetReader.read(text, columns: ResolvedScenario.requiredColumns(resolved))
    let report = ScenarioEvaluation(dataset: dataset, scenarios: resolved).report
    #expect(report[0].columns == ["zip", "gender"])
    #expect(report[0].missingColumns == ["birth_date"])
    // (02139, F) ×2, (10001, M) ×1 → 1 unique
    #expect(report[0].unique == 1)
    #expect(report[1].columns == ["job_title"])
    #expect(report[1].unique == 0)
    // the social profile: none of first_name, city, birth year
    #expect(!report[2].isApplicable)
    #expect(report[2].records == 0)
  }

  @Test func normalisationMergesSpellings() throws {
    let text = "city\nBoston\n\" boston\"\n"
    let header = Header(names: ["city"])
    let scenario = [AttackScenario(name: "town", source: "", columns: ["city"]).resolve(in: header)]
    let dataset = try DatasetReader.read(text, columns: ["city"])
    // exact: "Boston" and " boston" are two values, both unique; normalised: one class of 2
    #expect(ScenarioEvaluation(dataset: dataset, scenarios: scenario).report[0].unique == 2)
    let normalised = ScenarioEvaluation(
      dataset: dataset, scenarios: scenario, options: ScenarioOptions(normalises: true))
    #expect(normalised.report[0].unique == 0)
  }

  @Test func definedScenarioReplacesBuiltInOfTheSameName() {
    let mine = AttackScenario(
      name: "voter roll", source: "my state's roll", columns: ["zip", "birth_year"])
    let all = AttackScenario.withBuiltIn([mine])
    #expect(all.map(\.name) == ["professional profile", "social profile", "voter roll"])
    #expect(all.last == mine)
  }

  @Test func textSection() throws {
    let text = ScenarioSection.text(try evaluate(k: 2).report)
    #expect(
      text == """
        attack scenarios  (outside sources, by the columns they publish)
          voter roll            zip, birth_date, gender              3 (60.0%) unique, 3 (60.0%) in classes < 2
          professional profile  company, job_title, city             0 (0%) unique, 0 (0%) in classes < 2
          social profile        first_name, city, birth_date (year)  1 (20.0%) unique, 1 (20.0%) in classes < 2

        """)
  }
}
