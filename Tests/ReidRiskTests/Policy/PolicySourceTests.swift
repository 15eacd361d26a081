import Testing

@testable import ReidRisk

/// Rules that read a table of an engine (`source:` with `table:` or `query:`): what the parser
/// keeps, what it refuses and on which line, and that file matching and coverage leave them out.
@Suite struct PolicySourceTests {
  static let policy = """
    defaults:
      bounds: {min_k: 2}
    rules:
      - name: exports
        files: "*.csv"
        quasi_identifiers: [zip]
      - name: members table
        source: duckdb:members.duckdb
        table: members
        quasi_identifiers: [zip, gender]
      - name: warehouse
        source: postgres://ci@db/app
        query: SELECT zip, gender FROM members WHERE active
        quasi_identifiers: zip, gender
        bounds: {max_uniques: 0.1}
    """

  @Test func sourceRulesKeepTheirTableOrQuery() throws {
    let policy = try Policy(yaml: Self.policy, file: "p.yml")
    #expect(policy.rules.map(\.isSource) == [false, true, true])
    #expect(policy.sourceRules.map(\.name) == ["members table", "warehouse"])
    let table = policy.rules[1]
    #expect(table.line == 7)
    #expect(table.files.isEmpty)
    #expect(table.settings.source == .duckdb(database: "members.duckdb"))
    #expect(table.settings.relation == .table("members"))
    #expect(table.settings.bounds == Bounds([.minK: 2]))  // from defaults
    let query = policy.rules[2]
    #expect(query.line == 11)
    #expect(query.settings.source == .postgres(url: "postgres://ci@db/app"))
    #expect(query.settings.relation == .query("SELECT zip, gender FROM members WHERE active"))
    #expect(query.settings.bounds == Bounds([.minK: 2, .maxUniques: 0.1]))
  }

  @Test func filesNeverMatchASourceRuleNorDoesCoverageCountIt() throws {
    let policy = try Policy(yaml: Self.policy, file: "p.yml")
    // a file named like the table is still only the file rule's
    #expect(policy.rules(matching: "members.csv").map(\.name) == ["exports"])
    #expect(policy.rules(matching: "members").isEmpty)
    // the source rules match no file, and that is no coverage error
    let coverage = policy.coverage(of: ["a.csv"])
    #expect(coverage.errors.isEmpty && coverage.warnings.isEmpty)
    // the file rule still is one when nothing matches it: coverage can fail
    #expect(policy.coverage(of: ["a.txt"]).errors.map(\.line) == [5])
  }

  @Test func aSourceTargetIsNamedWithoutItsSettings() {
    let table = SourceTarget(
      source: .duckdb(database: "members.duckdb"), relation: .table("members"), line: 7)
    #expect(table.name(rule: "members table") == "duckdb:members.duckdb members")
    let query = SourceTarget(
      source: .postgres(url: "postgres://ci@db/app"), relation: .query("SELECT 1"), line: 11)
    #expect(query.name(rule: "warehouse") == "postgres://ci@db/app (query of rule \"warehouse\")")
    #expect(query.query == "SELECT 1" && query.table == nil)
  }

  /// Each mistake, the line it is reported on and the start of the message.
  @Test(arguments: [
    (
      // both files and source: the later of the two keys
      "rules:\n  - files: a.csv\n    source: duckdb:x.duckdb\n    table: t\n    quasi_identifiers: [zip]\n",
      3, "p.yml:3: rule 1 gives both files and source; keep one"
    ),
    (
      "rules:\n  - source: duckdb:x.duckdb\n    table: t\n    files: a.csv\n    quasi_identifiers: [zip]\n",
      4, "p.yml:4: rule 1 gives both files and source; keep one"
    ),
    (
      // neither table nor query: the rule's line
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n  - name: db\n    source: duckdb:x.duckdb\n"
        + "    quasi_identifiers: [zip]\n",
      4, "p.yml:4: rule 2 gives \"source\" but neither \"table\" nor \"query\"; add the one table"
    ),
    (
      "rules:\n  - source: duckdb:x.duckdb\n    table: t\n    query: SELECT 1\n    quasi_identifiers: [zip]\n",
      4, "p.yml:4: rule 1 gives both table and query; keep one"
    ),
    (
      "rules:\n  - files: a.csv\n    table: members\n    quasi_identifiers: [zip]\n", 3,
      "p.yml:3: rule 1 gives \"table\" but no \"source\"; add the engine"
    ),
    (
      "rules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n    query: SELECT 1\n", 4,
      "p.yml:4: rule 1 gives \"query\" but no \"source\""
    ),
    (
      "defaults:\n  k: 3\n  source: duckdb:x.duckdb\nrules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n",
      3, "p.yml:3: \"source\" cannot be in defaults: a source names the one table of a rule"
    ),
    (
      "defaults:\n  table: members\nrules:\n  - files: a.csv\n    quasi_identifiers: [zip]\n", 2,
      "p.yml:2: \"table\" cannot be in defaults: it belongs to a rule with \"source\""
    ),
    (
      "rules:\n  - source: duckdb:x.duckdb\n    table: t\n    quasi_identifiers: [zip]\n    optional: true\n",
      5, "p.yml:5: rule 1: \"optional\" is for files: globs that may match nothing yet"
    ),
    (
      "rules:\n  - source: duckdb:x.duckdb\n    table: t\n", 2,
      "p.yml:2: rule 1 has no \"quasi_identifiers\""
    ),
    (
      "rules:\n  - source: mysql://db/app\n    table: t\n    quasi_identifiers: [zip]\n", 2,
      "p.yml:2: source is \"mysql://db/app\"; expected postgres://user@host/db"
    ),
    (
      // a password in the file is refused, never echoed
      "rules:\n  - source: postgres://ci:hunter2@db/app\n    table: t\n    quasi_identifiers: [a]\n",
      2, "p.yml:2: source is \"a URL with a password\"; expected a URL without one"
    ),
  ])
  func mistakesNameTheirLine(yaml: String, line: Int, message: String) {
    do {
      let policy = try Policy(yaml: yaml, file: "p.yml")
      Issue.record("no error for a policy of \(policy.rules.count) rules")
    } catch {
      #expect(error.line == line, "\(error)")
      #expect(error.description.hasPrefix(message), "\(error)")
      #expect(!error.description.contains("hunter2"))
    }
  }
}

extension PolicySourceTests {
  /// `source: duckdb:` unquoted is a YAML mapping: the error says to quote it.
  @Test func anUnquotedInMemoryDuckDBSaysToQuoteIt() {
    for yaml in [
      "rules:\n  - name: m\n    source: duckdb:\n    table: t\n    quasi_identifiers: [a]\n",
      "rules:\n  - source: duckdb:\n    table: t\n    quasi_identifiers: [a]\n",
    ] {
      do {
        _ = try Policy(yaml: yaml, file: "p.yml")
        Issue.record("no error")
      } catch {
        #expect(error.description.hasPrefix("p.yml:"), "\(error)")
        #expect(error.description.contains("write source: \"duckdb:\" in quotes"), "\(error)")
      }
    }
    // quoted, it is the in-memory database
    let quoted = "rules:\n  - source: \"duckdb:\"\n    table: t\n    quasi_identifiers: [a]\n"
    #expect(
      (try? Policy(yaml: quoted, file: "p.yml"))?.rules.first?.settings.source
        == .duckdb(database: ""))
  }
}
