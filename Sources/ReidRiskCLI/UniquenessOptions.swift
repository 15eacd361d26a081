import ArgumentParser
import ReidRisk

/// Why records are unique: minimal sample uniques and attribute risk, settings of the catalog.
struct UniquenessOptions: ParsableArguments {
  @Flag(name: SettingHelp.name("msu"), inversion: .prefixedNo, help: SettingHelp.help("msu"))
  var msu: Bool?

  @Option(
    name: SettingHelp.name("msu_max_size"), parsing: .unconditional,
    help: SettingHelp.help("msu_max_size"))
  var msuMaxSize: String?

  @Flag(
    name: SettingHelp.name("attribute_risk"), inversion: .prefixedNo,
    help: SettingHelp.help("attribute_risk"))
  var attributeRisk: Bool?

  /// The search method, for the benchmark that compares them; not a setting of the measure.
  @Option(name: .customLong("msu-method"), help: .hidden)
  var msuMethod: MinimalSampleUniques.Method?

  func settings() throws -> ScanSettings {
    try SettingHelp.layer([
      ("msu", msu.input), ("msu_max_size", msuMaxSize.input),
      ("attribute_risk", attributeRisk.input),
    ])
  }

  func validate() throws { _ = try settings() }
}

extension MinimalSampleUniques.Method: ExpressibleByArgument {}
