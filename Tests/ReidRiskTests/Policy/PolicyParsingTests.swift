import Testing

@testable import ReidRisk

@Suite struct PolicyParsingTests {
  static let example = """
    # exports leave the building: keep them safe
    version: 1
    defaults:
      na: [N/A, NULL]
      threshold: 0.1
      bounds:
        max_risk: 0.5
    rules:
      - name: member exports
        files: ["exports/**/*.csv", exports/**/*.csv.gz]
        quasi_identifiers: [zip, birth_date, gender]
        id: member_id
        delimiter: semicolon
        missing: exclude
        k: 3
        bounds:
          min_k: 5
          max_uniques: 0.01
      - files: survey.csv
        quasi_identifiers: zip, age
        lenient: true
        sensitive: [income]
        population: 1_000_000
        na: [no]
    """

  @Test func readsEveryKeyAndMergesDefaults() throws {
    let policy = try Policy(yaml: Self.example, file: ".reidrisk.yml")
    #expect(policy.rules.count == 2)
    let first = policy.rules[0]
    #expect(first.name == "member exports")
    #expect(first.line == 9)
    #expect(first.files.map(\.pattern) == ["exports/**/*.csv", "exports/**/*.csv.gz"])
    #expect(first.files.map(\.line) == [10, 10])
    #expect(first.quasiIdentifiers == ["zip", "birth_date", "gender"])
    #expect(first.settings.id == "member_id")
    #expect(first.delimiter == UInt8(ascii: ";"))
    #expect(first.settings.missing == .exclude)
    #expect(first.settings.na == ["N/A", "NULL"])  // from defaults
    #expect(first.settings.threshold == 0.1)  // from defaults
    #expect(first.settings.k == 3)
    // bounds merge key by key: max_risk from defaults, the rest from the rule
    #expect(first.settings.bounds == Bounds([.minK: 5, .maxRisk: 0.5, .maxUniques: 0.01]))
    let second = policy.rules[1]
    #expect(second.name == "rule 2")
    #expect(second.quasiIdentifiers == ["zip", "age"])  // a comma-separated scalar
    #expect(second.isLenient)
    #expect(second.settings.sensitive == ["income"])
    #expect(second.settings.population == .size(1_000_000))
    #expect(second.settings.na == ["no"])  // the text "no", not YAML 1.1's false
    #expect(second.settings.bounds == Bounds([.maxRisk: 0.5]))
    #expect(second.settings.measureOptions.k == 5)  // the default
  }

  @Test func laterBoundsAreKeysOfTheSameMapping() throws {
    let yaml = """
      rules:
        - files: "*.csv"
          quasi_identifiers: [zip]
          sensitive: [diagnosis]
          sampling_fraction: 0.01
          bounds: {max_population_uniques: 0.05, min_l: 2, max_t: 0.3}
      """
    let rule = try #require(try Policy(yaml: yaml, file: "p.yml").rules.first)
    #expect(rule.settings.bounds == Bounds([.maxPopulationUniques: 0.05, .minL: 2, .maxT: 0.3]))
    #expect(rule.settings.population == .samplingFraction(0.01))
    #expect(rule.settings.measureOptions.sensitiveAttributes == ["diagnosis"])
  }

  /// Each mistake, the line it is reported on and the start of the message.
  @Test(arguments: [
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    treshold: 0.3\n", 4,
      "p.yml:4: unknown key \"treshold\" in rule 1 (did you mean \"threshold\"?)"
    ),
    (
      "rulez:\n  - files: a.csv\n", 1,
      "p.yml:1: unknown key \"rulez\" in the policy (did you mean \"rules\"?)"
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    bounds:\n      min_k: 0\n", 5,
      "p.yml:5: min_k is \"0\"; expected a whole number of at least 1"
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    bounds:\n      max_uniques: 5%\n",
      5,
      "p.yml:5: max_uniques is \"5%\"; expected a number"
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    bounds:\n      max_risk: 2\n", 5,
      "p.yml:5: max_risk is \"2\"; expected a number between 0 and 1"
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    bounds:\n      min_c: 2\n", 5,
      "p.yml:5: unknown key \"min_c\" in bounds"
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    threshold: 0\n", 4,
      "p.yml:4: threshold is \"0\""
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    missing: drop\n", 4,
      "p.yml:4: missing is \"drop\"; expected value, exclude or wildcard"
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    delimiter: ab\n", 4,
      "p.yml:4: delimiter is \"ab\""
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    lenient: yes\n", 4,
      "p.yml:4: lenient is \"yes\"; expected true or false"
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: []\n", 3,
      "p.yml:3: quasi_identifiers is \"an empty list\""
    ),
    ("rules:\n  - quasi_identifiers: [zip]\n", 2, "p.yml:2: rule 1 has no \"files\""),
    ("rules:\n  - files: a.csv\n", 2, "p.yml:2: rule 1 has no \"quasi_identifiers\""),
    ("version: 2\nrules: []\n", 1, "p.yml:1: version is \"2\""),
    ("rules: []\n", 1, "p.yml:1: rules is \"an empty list\"; expected a list of rules"),
    ("version: 1\n", 1, "p.yml:1: the policy has no \"rules\""),
    ("rules:\n  - files: [a.csv\n", 3, "p.yml:3: not valid YAML"),
    (
      "rules:\n  - files: a.csv\n    files: b.csv\n    quasi_identifiers: [zip]\n", 2,
      "p.yml:2: not valid YAML (the key \"files\" appears twice)"
    ),
    ("- a\n- b\n", 1, "p.yml:1: the policy is \"a list\"; expected a mapping"),
  ])
  func mistakesNameTheirLine(yaml: String, line: Int, message: String) {
    #expect(throws: PolicyError.self) { try Policy(yaml: yaml, file: "p.yml") }
    do {
      _ = try Policy(yaml: yaml, file: "p.yml")
    } catch {
      #expect(error.line == line, "\(error)")
      #expect(error.description.hasPrefix(message), "\(error)")
    }
  }

  @Test func emptyPolicyIsAnError() {
    #expect(throws: PolicyError.empty(file: "p.yml")) {
      try Policy(yaml: "# nothing yet\n", file: "p.yml")
    }
  }

  @Test func unknownKeyListsTheAllowedKeys() {
    let error = PolicyError.unknownKey(
      file: "p.yml", line: 3, key: "colour", context: "bounds", known: ["min_k", "max_risk"])
    #expect(
      error.description
        == "p.yml:3: unknown key \"colour\" in bounds; the keys allowed there are min_k, max_risk")
  }
}
