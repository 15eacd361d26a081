import ArgumentParser
import ReidRisk

/// The population the file was drawn from, survey weights and sensitive columns.
struct ModelOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "N, the people the file was drawn from (e.g. the city's adult population).", valueName: "N"))
  var population: Int?

  @Option(
    help: ArgumentHelp(
      "π, the share of the population the file holds, in (0, 1].", valueName: "fraction"))
  var samplingFraction: Double?

  @Option(
    help: ArgumentHelp(
      "A CSV of population counts: the quasi-identifier columns and a count column (see --count-column).",
      valueName: "file"))
  var populationTable: String?

  @Option(help: ArgumentHelp("The count column of --population-table.", valueName: "column"))
  var countColumn = "count"

  @Option(
    help: ArgumentHelp(
      "A file the export is a subset of; its records give the population class sizes.",
      valueName: "file"))
  var superset: String?

  @Option(
    help: ArgumentHelp(
      "A survey-weight column: each record stands for this many people (sdcMicro individual risk).",
      valueName: "column"))
  var weight: String?

  @Option(
    help: ArgumentHelp(
      "Sensitive columns, comma-separated: values a class must not disclose (tier, diagnosis ...).",
      valueName: "columns"))
  var sensitive: String?

  @Option(
    help: ArgumentHelp(
      "Count and flag classes with fewer distinct sensitive values than this.", valueName: "l"))
  var l: Int?

  @Option(
    help: ArgumentHelp(
      "Count and flag classes whose sensitive values are further than this from the file's.",
      valueName: "t"))
  var t: Double?

  var sensitiveColumns: [String] { ScanCommand.list(sensitive) }

  var populationSize: PopulationSize {
    if let population { return .size(population) }
    if let samplingFraction { return .samplingFraction(samplingFraction) }
    return .file
  }

  func validate() throws {
    if population != nil && samplingFraction != nil {
      throw ValidationError("give --population or --sampling-fraction, not both")
    }
    if populationTable != nil && superset != nil {
      throw ValidationError("give --population-table or --superset, not both")
    }
    if let population, population < 1 {
      throw ValidationError("--population must be a positive number of people")
    }
    if let samplingFraction, !(samplingFraction > 0 && samplingFraction <= 1) {
      throw ValidationError("--sampling-fraction must be in (0, 1], e.g. 0.1 for one person in ten")
    }
    if let l, l < 1 { throw ValidationError("--l must be at least 1") }
    if let t, !(0...1).contains(t) { throw ValidationError("--t must be between 0 and 1") }
    if (l != nil || t != nil) && sensitive == nil {
      throw ValidationError("--l and --t apply to sensitive columns; name them with --sensitive")
    }
  }

  /// Reads the superset or population table, on the quasi-identifiers (and the count column).
  func populationSource(quasiIdentifiers: [String], input: InputOptions) throws(ReportedError)
    -> PopulationSource?
  {
    if let superset {
      return .superset(
        try InputReader.read(superset, request: input.request(columns: quasiIdentifiers)))
    }
    if let populationTable {
      let table = try InputReader.read(
        populationTable, request: input.request(columns: quasiIdentifiers + [countColumn]))
      return .table(table, countColumn: countColumn)
    }
    return nil
  }
}
