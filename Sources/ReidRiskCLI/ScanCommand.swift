import ArgumentParser
import ReidRisk

struct ScanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "Measure how identifiable the records of CSV files are on chosen quasi-identifiers.",
    discussion: """
      Groups the records into equivalence classes (records sharing the same values of the \
      quasi-identifiers) and reports k, sample uniques, records in small classes and the \
      prosecutor risk, each with what it means. Every setting below is also a policy key \
      (docs/policy.md): the flag without its dashes, with _ for -.

      Examples:
        reidrisk scan sample-data/members.csv --qi zip,birth_date,gender
        reidrisk scan members.csv --qi zip,birth_date,gender --flags at-risk.csv
        cat members.csv | reidrisk scan - --qi zip,age --na "N/A,NULL" --missing exclude
        reidrisk scan exports/*.csv --qi zip,age,gender --format json --fail-under-k 5
      """)

  @OptionGroup(title: "Input") var input: InputOptions

  @OptionGroup var settings: SettingOptions

  @Option(help: ArgumentHelp("Write the flagged records to this CSV file.", valueName: "file"))
  var flags: String?

  @Option(
    help: ArgumentHelp(
      "Print the SQL that counts the classes in this engine (\(SQLDialect.allNames)) and"
        + " exit; --table or --query names the records (docs/warehouse.md).",
      valueName: "dialect"))
  var emitSql: SQLDialect?

  @Option(
    help: ArgumentHelp(
      "Measure class counts (an engine's result, docs/class-counts.md) instead of CSV files.",
      valueName: "file"))
  var classSizes: String?

  @Option(
    help: ArgumentHelp(
      "Write the file's hashed class counts here, to merge or compare with an engine's.",
      valueName: "file"))
  var emitClassCounts: String?

  @OptionGroup(title: "Report") var report: ReportOptions

  func validate() throws {
    if emitSql != nil || input.reading.source != nil { return }
    if let problem = classCountsProblem { throw ValidationError(problem) }
    if classSizes != nil { return }
    try input.requireFiles()
    if flags != nil && input.files.count > 1 {
      throw ValidationError("--flags takes one input file; scan the files one at a time")
    }
  }

  func run() throws {
    let layer = try settings.layer(input: input)
    if emitSql != nil || layer.source != nil { return try EngineScan.run(self, layer: layer) }
    if let classSizes { return try runClassSizes(classSizes, layer: layer) }
    try OutputCheck.before(
      outputs: [
        ("--output", report.output), ("--flags", flags),
        ("--emit-class-counts", emitClassCounts),
      ],
      inputs: input.files
        + [layer.populationTable, layer.superset, layer.scenarioFile].compactMap { $0 })
    var inputs = try ScanInputs.load(layer)
    if let method = settings.uniqueness.msuMethod {
      var uniqueness = inputs.options.uniqueness ?? UniquenessSettings()
      uniqueness.method = method
      inputs.options.uniqueness = uniqueness
    }
    var reports: [ScanReport] = []
    var failed = false
    for file in input.files {
      do {
        reports.append(try scan(file, inputs: inputs))
      } catch {
        Terminal.error(error.message)
        failed = true
      }
    }
    if !reports.isEmpty { try report.write(render(reports)) }
    if failed { throw ExitCode(2) }
    if !reports.allSatisfy(\.isWithinBounds) { throw ExitCode(1) }
  }

  /// Reads and measures one file, writing its flags when asked.
  private func scan(_ file: String, inputs: ScanInputs) throws(ReportedError) -> ScanReport {
    let dataset: Dataset
    let suggestion: QuasiIdentifierSuggestion?
    do {
      let read = try inputs.read(file)
      (dataset, suggestion) = (read.dataset, read.suggestion)
    } catch {
      throw error as? ReportedError ?? ReportedError(message: "\(file): \(error)")
    }
    let scan: Scan
    do {
      // passed on, not copied: the scan frees the columns it replaces
      scan = try Scan(
        dataset: consume dataset, file: file, options: inputs.options,
        populationSource: inputs.populationSource, suggestion: suggestion)
    } catch {
      throw ReportedError(message: error.description)
    }
    if let emitClassCounts { try emit(scan, to: emitClassCounts, settings: inputs.settings) }
    if let flags {
      let findings = scan.findings(showValues: report.showValues)
      try AtomicFile.write(
        FlagsCSV.render(
          findings, idColumn: inputs.options.idColumn,
          quasiIdentifiers: scan.report.quasiIdentifiers, showValues: report.showValues),
        to: flags)
    }
    return scan.report
  }

  func render(_ reports: [ScanReport]) -> String {
    switch report.format {
    case .json: return JSONReport.render(reports, asArray: input.files.count > 1)
    case .markdown: return reports.map(MarkdownReport.render).joined(separator: "\n")
    case .text:
      let color = report.color.useColor(writingToFile: report.output != nil)
      let width = TerminalWidth.standardOutput(writingToFile: report.output != nil)
      return reports.map(TextReport(useColor: color, width: width).render).joined(separator: "\n")
    }
  }
}
