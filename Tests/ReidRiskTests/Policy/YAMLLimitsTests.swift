import Foundation
import Testing

@testable import ReidRisk

/// Policy and scenario files are checked against size, depth and alias limits before Yams
/// builds them, so a small hostile file ends at once with the line at fault.
@Suite struct YAMLLimitsTests {
  struct Breach: Error, Equatable {
    let line: Int
    let problem: String
  }

  static func check(_ yaml: String) -> Breach? {
    do throws(Breach) {
      try YAMLLimits.check(yaml) { Breach(line: $0, problem: $1) }
      return nil
    } catch {
      return error
    }
  }

  /// The "billion laughs": a is 9 scalars, each next anchor 9 aliases to the one before, and
  /// the last one used as a mapping key, which made Yams expand it (9^9 = 387,420,489 scalars)
  /// to look for duplicate keys: over 120 s before the limits.
  static let bomb: String = {
    var lines = ["version: 1", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      lines.append(
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
          + "]")
      previous = name
    }
    lines.append("? *i")
    lines.append(": boom")
    lines.append("rules: []")
    return lines.joined(separator: "\n") + "\n"
  }()

  @Test func aliasBombAsAMappingKeyFinishesAtOnce() throws {
    #expect(Self.bomb.utf8.count < 600)
    let started = Date()
    #expect(throws: PolicyError.self) { try Policy(yaml: Self.bomb, file: ".reidrisk.yml") }
    #expect(Date().timeIntervalSince(started) < 1)
    // expanded sizes: a = 1 + 9 = 10, b = 1 + 9 × 10 = 91, c = 820, d = 7,381, e = 66,430;
    // the root, "version" and "1" are 3, each line adds its key and its list: 3 + 11 + 92 +
    // 821 + 7,382 + 66,431 = 74,740 after line 6 (e); on line 7 the key f, the list and its
    // first *e bring it to 74,742 + 66,430 = 141,172 > 100,000: line 7
    let breach = Self.check(Self.bomb)
    #expect(breach?.line == 7)
    #expect(breach?.problem.contains("more than 100,000 values") == true)
  }

  @Test func aliasInAMappingKeyIsRefused() throws {
    let yaml = "rules:\n  - files: [x]\n    k: &k 5\n    *k : 3\n"
    #expect(Self.check(yaml)?.line == 4)
    #expect(Self.check(yaml)?.problem.contains("the alias *k stands in a mapping key") == true)
    do {
      _ = try Policy(yaml: yaml, file: ".reidrisk.yml")
      Issue.record("an alias in a key was accepted")
    } catch {
      #expect(error.description.hasPrefix(".reidrisk.yml:4: "))
    }
  }

  @Test func aliasInsideAFlowKeyIsRefused() {
    let yaml = "a: &a [x]\n? [*a, *a]\n: 1\n"
    #expect(Self.check(yaml)?.line == 2)
    let explicit = "a: &a x\n{*a : 1}: 2\n"
    #expect(Self.check(explicit)?.line == 2)
  }

  /// Anchors and aliases in values are ordinary YAML and stay allowed.
  @Test func aliasesInValuesStillWork() throws {
    let yaml = """
      rules:
        - files: [a.csv]
          quasi_identifiers: &qi [zip, age]
        - files: [b.csv]
          quasi_identifiers: *qi
      """
    #expect(Self.check(yaml) == nil)
    let policy = try Policy(yaml: yaml, file: ".reidrisk.yml")
    #expect(policy.rules.map(\.quasiIdentifiers) == [["zip", "age"], ["zip", "age"]])
  }

  /// An anchored list of 999 scalars is 1,000 nodes; the root list and the list of aliases
  /// add 2, so k aliases make 1,002 + 1,000 k nodes: 98 aliases 99,002 (allowed), 99 aliases
  /// 100,002 (refused).
  @Test func expandedSizeIsCappedAt100000Nodes() {
    func document(aliases: Int) -> String {
      "- &a [" + Array(repeating: "1", count: 999).joined(separator: ",") + "]\n- ["
        + Array(repeating: "*a", count: aliases).joined(separator: ",") + "]\n"
    }
    #expect(Self.check(document(aliases: 98)) == nil)
    #expect(Self.check(document(aliases: 99))?.line == 2)
  }

  /// 64 nested lists are allowed, 65 are not.
  @Test func nestingIsCappedAt64Levels() {
    func nested(_ depth: Int) -> String {
      String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    }
    #expect(Self.check(nested(64)) == nil)
    #expect(Self.check(nested(65))?.problem.contains("deeper than 64 levels") == true)
  }

  @Test func fileOverOneMebibyteIsRefused() {
    let yaml = "# " + String(repeating: "x", count: YAMLLimits.maximumBytes) + "\n"
    #expect(Self.check(yaml)?.line == 0)
    #expect(Self.check(yaml)?.problem.contains("larger than 1,048,576 bytes") == true)
  }

  @Test func scenarioFileBombIsRefused() {
    let yaml = Self.bomb.replacingOccurrences(of: "rules: []", with: "scenarios: []")
    let started = Date()
    #expect(throws: ScenarioError.self) { try ScenarioFile.parse(yaml, file: "s.yml") }
    #expect(Date().timeIntervalSince(started) < 1)
  }

  @Test func syntaxErrorsAreLeftToTheParser() {
    #expect(Self.check("a: [unclosed\n") == nil)
    #expect(Self.check("a: *undefined\n") == nil)
  }
}
