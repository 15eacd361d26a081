import Foundation
import Testing

@testable import ReidRisk

/// The settings walk: every setting of `ScanSettings.all` and every `BoundKind` is read the same
/// from a policy line as its declaration says, and the policy's documentation lists each key.
@Suite struct SettingCatalogTests {
  @Test func keysAreUniqueAndFlagsFollowThem() {
    let keys = ScanSettings.all.map(\.key)
    #expect(Set(keys).count == keys.count)
    for setting in ScanSettings.all where setting.key != "quasi_identifiers" {
      // the flag is the key with dashes: sampling_fraction is --sampling-fraction
      #expect(setting.flag == "--" + setting.key.replacing("_", with: "-"))
    }
    #expect(ScanSettings.setting(named: "quasi_identifiers")?.flag == "--qi")
    #expect(BoundKind.minK.flag == "--fail-under-k")
    #expect(BoundKind.maxPopulationUniques.flag == "--max-population-uniques")
  }

  @Test func everySettingHasASample() {
    for setting in ScanSettings.all {
      #expect(SettingSamples.byKey[setting.key] != nil, "no sample for \(setting.key)")
    }
    #expect(Set(SettingSamples.byKey.keys) == Set(ScanSettings.all.map(\.key)))
    #expect(Set(SettingSamples.bounds.keys) == Set(BoundKind.allCases))
  }

  @Test(arguments: ScanSettings.all.map(\.key))
  func policyLineSetsTheSetting(key: String) throws {
    let sample = try #require(SettingSamples.byKey[key])
    // a rule reads files, or one table of a source (source, table and query go together)
    let target =
      switch key {
      case "source": "table: t"
      case "table", "query": "source: duckdb:t.duckdb"
      default: "files: a.csv"
      }
    let yaml = "rules:\n  - \(target)\n    quasi_identifiers: [q]\n    \(key): \(sample.yaml)\n"
    let yamlWithQI =
      key == "quasi_identifiers" ? "rules:\n  - files: a.csv\n    \(key): \(sample.yaml)\n" : yaml
    let rule = try #require(try Policy(yaml: yamlWithQI, file: "p.yml").rules.first)
    #expect(sample.check(rule.settings), "\(key): \(rule.settings)")
  }

  @Test(arguments: BoundKind.allCases)
  func policyBoundSetsTheLimit(kind: BoundKind) throws {
    let sample = try #require(SettingSamples.bounds[kind])
    let yaml =
      "rules:\n  - files: a.csv\n    quasi_identifiers: [q]\n    bounds:\n      \(kind.key): \(sample.text)\n"
    let rule = try #require(try Policy(yaml: yaml, file: "p.yml").rules.first)
    #expect(rule.settings.bounds == Bounds([kind: sample.limit]))
  }

  /// Every key in the table of `docs/policy.md`, so the documentation cannot fall behind.
  @Test func policyDocumentationListsEveryKey() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/policy.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    for key in ScanSettings.all.map(\.key) + BoundKind.allCases.map(\.key) {
      #expect(text.contains("| `\(key)` |"), "docs/policy.md has no row for \(key)")
    }
  }

  /// Layers merge setting by setting: defaults < policy defaults < rule < command line.
  @Test func layersMergeSettingBySetting() {
    var defaults = ScanSettings()
    defaults.threshold = 0.1
    defaults.k = 3
    defaults.bounds = Bounds([.maxRisk: 0.5])
    var rule = ScanSettings()
    rule.k = 4
    rule.population = .size(100)
    rule.bounds = Bounds([.minK: 5])
    var flags = ScanSettings()
    flags.population = .samplingFraction(0.5)
    flags.bounds = Bounds([.minK: 2])
    let merged = defaults.overridden(by: rule).overridden(by: flags)
    #expect(merged.threshold == 0.1)  // only the policy's defaults set it
    #expect(merged.k == 4)  // the rule over the defaults
    #expect(merged.population == .samplingFraction(0.5))  // one slot: the command line wins
    #expect(merged.bounds == Bounds([.maxRisk: 0.5, .minK: 2]))  // bound by bound
    let options = ScanSettings().measureOptions
    #expect(options.threshold == 0.2 && options.k == 5 && options.missingPolicy == .value)
  }

  @Test func policyPathsAreRelativeToItsFolder() {
    var settings = ScanSettings()
    settings.populationTable = "counts.csv"
    settings.scenarioFile = "/etc/attacks.yml"
    let rebased = settings.rebasingPaths(onto: "/repo/data")
    #expect(rebased.populationTable == "/repo/data/counts.csv")
    #expect(rebased.scenarioFile == "/etc/attacks.yml")
  }

  @Test func scenarioSelection() throws {
    #expect(try ScenarioSelection.all.scenarios(defined: []).count == 3)
    let named = try ScenarioSelection.named(["social profile"]).scenarios(defined: [])
    #expect(named.map(\.name) == ["social profile"])
    #expect(throws: SettingValueError.self) {
      try ScenarioSelection.named(["tax record"]).scenarios(defined: [])
    }
  }

  @Test func populationAndSamplingFractionInOneRuleConflict() {
    let yaml =
      "rules:\n  - files: a.csv\n    quasi_identifiers: [q]\n    population: 10\n    sampling_fraction: 0.5\n"
    #expect(throws: PolicyError.self) { try Policy(yaml: yaml, file: "p.yml") }
    do {
      _ = try Policy(yaml: yaml, file: "p.yml")
    } catch {
      #expect(
        error.description == "p.yml:5: rule 1 gives both population and sampling_fraction; keep one"
      )
    }
  }
}
