import ArgumentParser
import ReidRisk

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract:
      "Compare two versions of an export: k, uniques, records at risk, and who became unique.",
    discussion: """
      Measures OLD and NEW on the same quasi-identifiers and prints each figure before and \
      after. With --id, records are matched across the versions by that column and the report \
      counts the records that became unique; without it, records cannot be matched, and the \
      report counts the combinations of quasi-identifier values that became unique instead \
      (it says so).

      Examples:
        reidrisk diff q3.csv q4.csv --qi zip,birth_date,gender --id member_id
        reidrisk diff old.csv.gz new.csv.gz --qi zip,age,gender --format json
      """)

  @OptionGroup(title: "Input") var input: InputOptions

  @OptionGroup(title: "Columns") var columns: ColumnOptions

  @OptionGroup(title: "Risk") var risk: RiskOptions

  @OptionGroup(title: "Risk") var missing: MissingOption

  @Option(help: "Output format.")
  var format: ReportFormat = .text

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the output to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  func validate() throws {
    if input.files.count != 2 {
      throw ValidationError("give two files: the old version, then the new one")
    }
    if columns.qi == nil { throw ValidationError("--qi is required: the columns to compare on") }
  }

  func run() throws {
    try OutputCheck.before(outputs: [("--output", output)], inputs: input.files)
    let settings = [
      try input.settings(), try columns.settings(), try risk.settings(), try missing.settings(),
    ].reduce(ScanSettings()) { $0.overridden(by: $1) }
    let options = settings.measureOptions
    let request = InputOptions.request(settings, columns: options.requestedColumns)
    let old = try InputReader.read(input.files[0], request: request)
    let new = try InputReader.read(input.files[1], request: request)
    let diff: DiffReport
    do {
      diff = try ExportDiff.compare(
        old: old, oldFile: input.files[0], new: new, newFile: input.files[1], options: options)
    } catch {
      throw ReportedError(message: error.description)
    }
    let text: String
    switch format {
    case .json: text = JSONReport.render([diff], asArray: false)
    case .markdown: text = DiffTextReport.render(diff, markdown: true)
    case .text: text = DiffTextReport.render(diff)
    }
    try AtomicFile.write(text, to: output)
  }
}
