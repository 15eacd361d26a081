@testable import ReidRisk

/// One valid value for each setting, as a flag's argument and as a policy line, and the value
/// it must give. `SettingCatalogTests` fails when a setting has no sample here, so a new setting
/// cannot skip the walk.
enum SettingSamples {
  struct Sample {
    /// The text after the flag (nil for a switch).
    var flagValue: String?
    /// The text after `key:` in a policy.
    var yaml: String
    /// What the setting must hold after reading either.
    var check: @Sendable (ScanSettings) -> Bool
  }

  static let byKey: [String: Sample] = [
    "quasi_identifiers": Sample(
      flagValue: "zip:3,\" zip\",\"zip,code\",birth_date:year",
      yaml: "[\"zip:3\", \" zip\", \"zip,code\", \"birth_date:year\"]",
      check: {
        $0.quasiIdentifierNames == ["zip", " zip", "zip,code", "birth_date"]
          && $0.measureOptions.generalizations.count == 2
      }),
    "id": Sample(flagValue: "member_id", yaml: "member_id", check: { $0.id == "member_id" }),
    "na": Sample(
      flagValue: "N/A,,NULL", yaml: "[N/A, \"\", NULL]", check: { $0.na == ["N/A", "", "NULL"] }),
    "missing": Sample(flagValue: "wildcard", yaml: "wildcard", check: { $0.missing == .wildcard }),
    "delimiter": Sample(
      flagValue: "semicolon", yaml: "semicolon", check: { $0.delimiter == UInt8(ascii: ";") }),
    "lenient": Sample(flagValue: nil, yaml: "true", check: { $0.lenient == true }),
    "max_distinct": Sample(flagValue: "1000", yaml: "1_000", check: { $0.maxDistinct == 1000 }),
    "threshold": Sample(flagValue: "0.1", yaml: "0.1", check: { $0.threshold == 0.1 }),
    "k": Sample(flagValue: "3", yaml: "3", check: { $0.k == 3 }),
    "population": Sample(
      flagValue: "2000000", yaml: "2_000_000", check: { $0.population == .size(2_000_000) }),
    "sampling_fraction": Sample(
      flagValue: "0.01", yaml: "0.01", check: { $0.population == .samplingFraction(0.01) }),
    "population_table": Sample(
      flagValue: "counts.csv", yaml: "counts.csv", check: { $0.populationTable == "counts.csv" }),
    "count_column": Sample(
      flagValue: "people", yaml: "people", check: { $0.countColumn == "people" }),
    "superset": Sample(flagValue: "all.csv", yaml: "all.csv", check: { $0.superset == "all.csv" }),
    "weight": Sample(flagValue: "w", yaml: "w", check: { $0.weight == "w" }),
    "sensitive": Sample(
      flagValue: "tier,income", yaml: "[tier, income]",
      check: { $0.sensitive == ["tier", "income"] }),
    "l": Sample(flagValue: "2", yaml: "2", check: { $0.l == 2 }),
    "t": Sample(flagValue: "0.3", yaml: "0.3", check: { $0.t == 0.3 }),
    "normalise": Sample(flagValue: nil, yaml: "true", check: { $0.normalise == true }),
    "scenarios": Sample(
      flagValue: "voter roll,social profile", yaml: "[voter roll, social profile]",
      check: { $0.scenarios == .named(["voter roll", "social profile"]) }),
    "msu": Sample(flagValue: nil, yaml: "true", check: { $0.msu == true }),
    "msu_max_size": Sample(flagValue: "3", yaml: "3", check: { $0.msuMaxSize == 3 }),
    "attribute_risk": Sample(flagValue: nil, yaml: "true", check: { $0.attributeRisk == true }),
    "source": Sample(
      flagValue: "duckdb:members.duckdb", yaml: "\"duckdb:members.duckdb\"",
      check: { $0.source == .duckdb(database: "members.duckdb") }),
    "table": Sample(
      flagValue: "sales.members", yaml: "sales.members",
      check: { $0.relation == .table("sales.members") }),
    "query": Sample(
      flagValue: "SELECT * FROM members WHERE active", yaml: "SELECT * FROM members WHERE active",
      check: { $0.relation == .query("SELECT * FROM members WHERE active") }),
    "scenario_file": Sample(
      flagValue: "attacks.yml", yaml: "attacks.yml", check: { $0.scenarioFile == "attacks.yml" }),
  ]

  /// One valid limit per bound, as written, and the limit it gives.
  static let bounds: [BoundKind: (text: String, limit: Double)] = [
    .minK: ("5", 5), .maxRisk: ("0.5", 0.5), .maxRecordsAtRisk: ("0.05", 0.05),
    .maxUniques: ("0.01", 0.01), .maxPopulationUniques: ("0.02", 0.02), .minL: ("2", 2),
    .maxT: ("0.3", 0.3),
  ]
}
