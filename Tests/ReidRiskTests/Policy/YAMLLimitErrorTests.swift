import Testing

@testable import ReidRisk

/// A breach of the YAML limits is an error of its own, `.limit`, with the line: not
/// `.syntax` (whose message said "not valid YAML; check the indentation and quoting" of a
/// file that is valid YAML).
@Suite struct YAMLLimitErrorTests {
  /// The alias `*k` in a key on line 4.
  static let aliasKey = "rules:\n  - files: [x]\n    k: &k 5\n    *k : 3\n"

  @Test func policyLimitIsItsOwnError() throws {
    do {
      _ = try Policy(yaml: Self.aliasKey, file: ".reidrisk.yml")
      Issue.record("an alias in a key was accepted")
    } catch {
      guard case .limit(let file, let line, let problem) = error else {
        Issue.record("expected .limit, got \(error)")
        return
      }
      #expect(file == ".reidrisk.yml")
      #expect(line == 4)
      #expect(error.line == 4)
      #expect(problem.hasPrefix("the alias *k stands in a mapping key"))
      #expect(error.description == ".reidrisk.yml:4: " + problem)
      #expect(!error.description.contains("not valid YAML"))
    }
  }

  @Test func scenarioLimitIsItsOwnError() throws {
    let yaml = "scenarios:\n  - name: a\n    q: &q 1\n    *q : 2\n"
    do {
      _ = try ScenarioFile.parse(yaml, file: "s.yml")
      Issue.record("an alias in a key was accepted")
    } catch {
      guard case .limit(let file, let line, let problem) = error else {
        Issue.record("expected .limit, got \(error)")
        return
      }
      #expect(file == "s.yml")
      #expect(line == 4)
      #expect(error.description == "s.yml: line 4: " + problem)
    }
  }

  /// The size of the whole file has no line: the message names the file alone.
  @Test func sizeLimitHasNoLine() {
    let yaml = "# " + String(repeating: "x", count: YAMLLimits.maximumBytes) + "\n"
    #expect(throws: PolicyError.self) { try Policy(yaml: yaml, file: "p.yml") }
    do {
      _ = try Policy(yaml: yaml, file: "p.yml")
    } catch {
      #expect(error.line == 0)
      #expect(error.description.hasPrefix("p.yml: the file is larger than 1,048,576 bytes"))
    }
  }
}
