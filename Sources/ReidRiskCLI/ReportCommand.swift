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
        reidrisk report q1.csv q2.csv.gz --qi zip,age,gender --fail-under-k 5
        reidrisk report exports/*.csv --format markdown --output report.md
      """)

  @OptionGroup(title: "Input") var input: InputOptions

  @Flag(help: "Look for .csv and .csv.gz files in the subfolders of the folders given.")
  var recursive = false

  @Option(help: ArgumentHelp("The policy file, used when --qi is not given.", valueName: "file"))
  var policy: String?

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

  @Flag(help: "Add a \"what would make it safe\" section: the best generalizations reaching --k.")
  var suggest = false

  @OptionGroup(title: "Settings (over the policy's rules)") var settings: SettingOptions

  func validate() throws {
    try input.requireFiles()
    if settings.columns.qi != nil && policy != nil {
      throw ValidationError("give --qi or --policy, not both")
    }
  }

  func run() throws {
    try OutputCheck.before(
      outputs: [("--output", output)], inputs: input.files + [policy].compactMap { $0 })
    let layer = try settings.layer(input: input)
    let source: BatchRunner.Source
    if layer.quasiIdentifiers != nil {
      source = .options(try ScanInputs.load(layer))
    } else {
      source = .policy(try PolicyLocator.load(explicit: policy), overrides: layer)
    }
    let files = try FileDiscovery.files(from: input.files, recursive: recursive)
    var runner = BatchRunner(source: source, showValues: showValues)
    runner.digests = true
    runner.suggests = suggest
    let batch = runner.run(files)
    for file in batch.files where file.error != nil {
      Terminal.error(file.error ?? "")
    }
    let renderer: any ReportRenderer<BatchReport> =
      switch format {
      case .html: HTMLReport(showValues: showValues)
      case .markdown: BatchMarkdownReport()
      case .json: JSONRenderer<BatchReport>()
      }
    let text = renderer.render(batch)
    try AtomicFile.write(text, to: output)
    if batch.exitStatus != 0 { throw ExitCode(batch.exitStatus) }
  }
}
