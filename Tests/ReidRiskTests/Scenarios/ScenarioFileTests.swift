import Testing

@testable import ReidRisk

/// Reading scenarios from YAML, and each error with its line.
@Suite struct ScenarioFileTests {
  @Test func readsScenarios() throws {
    let yaml = """
      # my outside sources
      scenarios:
        - name: loyalty card
          source: a retailer's loyalty data
          columns: [zip, birth_year, gender]
        - name: alumni list
          columns:
            - employer
            - "no"
      """
    let scenarios = try ScenarioFile.parse(yaml, file: "s.yml")
    #expect(
      scenarios == [
        AttackScenario(
          name: "loyalty card", source: "a retailer's loyalty data",
          columns: ["zip", "birth_year", "gender"]),
        // "no" stays text, not a YAML 1.1 boolean
        AttackScenario(
          name: "alumni list", source: "defined in s.yml", columns: ["employer", "no"]),
      ])
  }

  @Test func aTopLevelListIsAccepted() throws {
    let scenarios = try ScenarioFile.parse("- name: a\n  columns: [zip]\n", file: "s.yml")
    #expect(scenarios.map(\.name) == ["a"])
  }

  static let mistakes: [(String, ScenarioError)] = [
    ("", .empty(file: "s.yml")),
    ("scenarios: []\n", .empty(file: "s.yml")),
    (
      "scenarios:\n  - name: a\n    colums: [zip]\n",
      .unknownKey(file: "s.yml", line: 3, key: "colums", known: ["name", "source", "columns"])
    ),
    ("scenarios:\n  - name: a\n", .missingKey(file: "s.yml", line: 2, key: "columns")),
    (
      "scenarios:\n  - name: a\n    columns: zip\n",
      .unexpected(
        file: "s.yml", line: 3, found: "the text \"zip\"", expected: "a list of column names")
    ),
    (
      "scenarios:\n  - name: a\n    columns: [zip]\n  - name: a\n    columns: [city]\n",
      .duplicateName(file: "s.yml", line: 4, name: "a")
    ),
    ("rules: []\n", .unknownKey(file: "s.yml", line: 1, key: "rules", known: ["scenarios"])),
  ]

  @Test(arguments: mistakes)
  func mistakeNamesTheLine(_ yaml: String, _ expected: ScenarioError) {
    #expect(throws: expected) { try ScenarioFile.parse(yaml, file: "s.yml") }
  }

  @Test func syntaxErrorNamesTheLine() {
    do {
      _ = try ScenarioFile.parse("scenarios:\n  - name: [a\n", file: "s.yml")
      Issue.record("expected an error")
    } catch {
      guard case .syntax(let file, let line, _) = error else {
        Issue.record("expected a syntax error, got \(error)")
        return
      }
      #expect(file == "s.yml")
      #expect(line >= 2)
      #expect(error.description.hasPrefix("s.yml: line \(line): "))
    }
  }
}
