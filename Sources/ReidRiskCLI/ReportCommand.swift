import ArgumentParser
import ReidRisk

/// The formats `report` writes.
enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
  case html, markdown, json
}

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write one report over many files: a self-contained HTML page, Markdown or JSON.",
    discussion: """
      Measures each file in turn (folders give their .csv and .csv.gz files; --recursive their \
      subfolders' too) and writes a summary table of all files and a section per file: the \
      figures with their meaning, charts of the class-size distribution and of record risk, \
      the bounds, the flagged records as counts per reason, and the methods with their formulas. \
      The HTML needs no network: no script, no external font. A file that cannot be read \
      becomes an error row, and the command exits 2 after writing the report.

      Quasi-identifiers and bounds come from --qi and the bound options, or else from the policy \
      (.reidrisk.yml here or above, or --policy FILE).

      Examples:
        reidrisk report exports/ --recursive --output report.html
        reidrisk report q1.csv q2.csv.gz --qi zip,birth_date,gender --fail-under-k 5 -o report.html
        reidrisk report exports/*.csv --format markdown --output report.md
      """)

  @OptionGroup(title: "Input") var input: InputOptions

  @Flag(help: "Look for .csv and .csv.gz files in the subfolders of the folders given.")
  var recursive = false

  @Option(help: ArgumentHelp("The policy file, used when --qi is not given.", valueName: "file"))
  var policy: String?

  @Option(
    help: ArgumentHelp(
      "Quasi-identifier columns, comma-separated (else the policy's rules).", valueName: "columns"))
  var qi: String?

  @Option(
    help: ArgumentHelp("A column that identifies a record, e.g. member_id.", valueName: "column"))
  var id: String?

  @OptionGroup var risk: RiskOptions

  @Option(help: "Report format.")
  var format: BatchFormat = .html

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the report to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(
    help: "Show the quasi-identifier values of the first flagged records (they identify people).")
  var showValues = false

  @OptionGroup(title: "Bounds (exit 1 when broken)") var bounds: BoundOptions

  @OptionGroup(title: "Why records are unique (with --qi)") var uniqueness: UniquenessOptions

  var quasiIdentifiers: [String] {
    (qi ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  func validate() throws {
    if qi != nil && quasiIdentifiers.isEmpty {
      throw ValidationError("--qi needs at least one column name")
    }
    if qi != nil && policy != nil { throw ValidationError("give --qi or --policy, not both") }
  }

  func run() throws {
    let source: BatchRunner.Source
    if qi != nil {
      var options = ScanOptions(
        quasiIdentifiers: quasiIdentifiers, idColumn: id, missingTokens: input.missingTokens,
        missingPolicy: input.missing, threshold: risk.threshold, k: risk.k, bounds: bounds.bounds)
      options.uniqueness = uniqueness.settings
      source = .options(options, request: input.request(columns: options.requestedColumns))
    } else {
      source = .policy(try PolicyLocator.load(explicit: policy))
    }
    let files = try FileDiscovery.files(from: input.files, recursive: recursive)
    let batch = BatchRunner(source: source, showValues: showValues).run(files)
    for file in batch.files where file.error != nil {
      Terminal.standardError("reidrisk: \(file.error ?? "")\n")
    }
    let text: String
    switch format {
    case .html: text = HTMLReport(showValues: showValues).render(batch)
    case .markdown: text = BatchMarkdownReport.render(batch)
    case .json: text = JSONReport.render([batch], asArray: false)
    }
    if let output { try AtomicFile.write(text, to: output) } else { print(text, terminator: "") }
    if batch.exitStatus != 0 { throw ExitCode(batch.exitStatus) }
  }
}
