import ArgumentParser
import ReidRisk

/// Gates: bounds that make the command exit 1 when a file breaks them.
struct BoundOptions: ParsableArguments {
  @Option(
    name: .customLong("fail-under-k"),
    help: ArgumentHelp("Fail when k is below this.", valueName: "k"))
  var minimumK: Int?

  @Option(
    name: .customLong("max-risk"),
    help: ArgumentHelp("Fail when the highest record risk (1/k) is above this.", valueName: "risk"))
  var maximumRisk: Double?

  @Option(
    name: .customLong("max-records-at-risk"),
    help: ArgumentHelp(
      "Fail when the share of records at risk (above --threshold) is above this.",
      valueName: "fraction"))
  var maximumRecordsAtRisk: Double?

  @Option(
    name: .customLong("max-uniques"),
    help: ArgumentHelp(
      "Fail when the share of sample uniques is above this.", valueName: "fraction"))
  var maximumUniques: Double?

  @Option(
    name: .customLong("max-population-uniques"),
    help: ArgumentHelp(
      "Fail when the estimated share of the population that is unique is above this.",
      valueName: "fraction"))
  var maximumPopulationUniques: Double?

  @Option(
    name: .customLong("min-l"),
    help: ArgumentHelp(
      "Fail when a sensitive column's distinct l-diversity is below this.", valueName: "l"))
  var minimumL: Int?

  @Option(
    name: .customLong("max-t"),
    help: ArgumentHelp("Fail when a sensitive column's t-closeness is above this.", valueName: "t"))
  var maximumT: Double?

  var bounds: Bounds {
    Bounds(
      minimumK: minimumK, maximumRisk: maximumRisk, maximumRecordsAtRisk: maximumRecordsAtRisk,
      maximumUniques: maximumUniques, maximumPopulationUniques: maximumPopulationUniques,
      minimumL: minimumL, maximumT: maximumT)
  }

  func validate() throws {
    for (name, value) in [
      ("--max-risk", maximumRisk), ("--max-records-at-risk", maximumRecordsAtRisk),
      ("--max-uniques", maximumUniques),
      ("--max-population-uniques", maximumPopulationUniques), ("--max-t", maximumT),
    ] {
      if let value, !(0...1).contains(value) {
        throw ValidationError("\(name) must be between 0 and 1, got \(value)")
      }
    }
    if let minimumK, minimumK < 1 { throw ValidationError("--fail-under-k must be at least 1") }
  }
}
