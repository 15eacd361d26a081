import ArgumentParser
import ReidRisk

struct ScanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "Measure how identifiable the records of CSV files are on chosen quasi-identifiers.",
    discussion: """
      Groups the records into equivalence classes (records sharing the same values of the \
      quasi-identifiers) and reports k, sample uniques, records in small classes and the \
      prosecutor risk, each with what it means.

      Examples:
        reidrisk scan sample-data/members.csv --qi zip,birth_date,gender
        reidrisk scan members.csv --qi zip,birth_date,gender --flags at-risk.csv --id member_id
        cat members.csv | reidrisk scan - --qi zip,age --na "N/A,NULL" --missing exclude
        reidrisk scan exports/*.csv --qi zip,age,gender --format json --fail-under-k 5 --max-uniques 0.01
      """)

  @OptionGroup(title: "Input") var input: InputOptions

  @Option(
    help: ArgumentHelp(
      """
      Quasi-identifier columns, comma-separated: columns an outsider could know (zip, \
      birth_date, gender ...). Without it, the columns that profiling suggests (see \
      'reidrisk columns').
      """,
      valueName: "columns"))
  var qi: String?

  @Option(
    help: ArgumentHelp(
      "A column that identifies a record in the flags file, e.g. member_id.", valueName: "column"))
  var id: String?

  @OptionGroup var risk: RiskOptions

  @Option(help: ArgumentHelp("Write the flagged records to this CSV file.", valueName: "file"))
  var flags: String?

  @OptionGroup(title: "Outside data") var attacks: AttackOptions

  @OptionGroup(title: "Population and sensitive columns") var models: ModelOptions

  @OptionGroup(title: "Report") var report: ReportOptions

  @OptionGroup(title: "Bounds (exit 1 when broken)") var bounds: BoundOptions

  @OptionGroup(title: "Why records are unique") var uniqueness: UniquenessOptions

  var quasiIdentifiers: [String] { Self.list(qi) }

  /// A comma-separated list of column names, trimmed.
  static func list(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  func validate() throws {
    if qi != nil && quasiIdentifiers.isEmpty {
      throw ValidationError("--qi needs at least one column name")
    }
    if qi == nil && (models.superset != nil || models.populationTable != nil) {
      throw ValidationError("--superset and --population-table need --qi")
    }
    if flags != nil && input.files.count > 1 {
      throw ValidationError("--flags takes one input file; scan the files one at a time")
    }
  }

  func run() throws {
    var options = ScanOptions(
      quasiIdentifiers: quasiIdentifiers, idColumn: id, missingTokens: input.missingTokens,
      missingPolicy: input.missing, threshold: risk.threshold, k: risk.k, bounds: bounds.bounds,
      population: models.populationSize, sensitiveAttributes: models.sensitiveColumns,
      l: models.l, t: models.t, weightColumn: models.weight)
    options.normalises = attacks.normalise
    options.scenarios = try attacks.attackScenarios()
    options.uniqueness = uniqueness.settings
    let source = try models.populationSource(quasiIdentifiers: quasiIdentifiers, input: input)
    var reports: [ScanReport] = []
    var failed = false
    for file in input.files {
      do {
        reports.append(try scan(file, options: options, source: source))
      } catch {
        Terminal.standardError("reidrisk: \(error.message)\n")
        failed = true
      }
    }
    if !reports.isEmpty { try report.write(render(reports)) }
    if failed { throw ExitCode(2) }
    if !reports.allSatisfy(\.isWithinBounds) { throw ExitCode(1) }
  }

  /// Reads and measures one file, writing its flags when asked.
  private func scan(_ file: String, options: ScanOptions, source: PopulationSource?)
    throws(ReportedError) -> ScanReport
  {
    let dataset = try InputReader.read(
      file,
      request: input.request(
        columns: options.requestedColumns, columnsForHeader: { options.columns(for: $0) }))
    let scan: Scan
    do {
      scan = try Scan(dataset: dataset, file: file, options: options, populationSource: source)
    } catch {
      throw ReportedError(message: error.description)
    }
    if let flags {
      let findings = scan.findings(showValues: report.showValues)
      try AtomicFile.write(
        FlagsCSV.render(
          findings, idColumn: id, quasiIdentifiers: scan.report.quasiIdentifiers,
          showValues: report.showValues),
        to: flags)
    }
    return scan.report
  }

  private func render(_ reports: [ScanReport]) -> String {
    switch report.format {
    case .json: return JSONReport.render(reports, asArray: input.files.count > 1)
    case .markdown: return reports.map(MarkdownReport.render).joined(separator: "\n")
    case .text:
      let color = report.output == nil && Terminal.useColorOnStandardOutput
      return reports.map(TextReport(useColor: color).render).joined(separator: "\n")
    }
  }
}
