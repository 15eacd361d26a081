import ArgumentParser
import ReidRisk

struct ColumnsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "columns",
    abstract:
      "Profile every column: its type, how varied, how often missing, and its role in re-identification.",
    discussion: """
      Roles: direct identifier (names, e-mail, phone, national id, IP, URL, record keys, and \
      MD5 / SHA-1 / SHA-256 digests in hex or base64, which a dictionary attack reverses), \
      quasi-identifier (birth date, age, ZIP, city, gender, job title, employer, join date ...), \
      sensitive (health, income, religion, ethnicity, free text ...), other. Each comes with its \
      evidence, from the header and the values together. Ends with a suggested --qi for scan. \
      No values are printed.

      Examples:
        reidrisk columns sample-data/members.csv
        reidrisk columns export.csv --format json --na "N/A,NULL"
      """)

  @OptionGroup(title: "Input") var input: InputOptions

  @Option(help: "Report format.")
  var format: ReportFormat = .text

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the report to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  @OptionGroup var color: ColorOption

  func run() throws {
    try OutputCheck.before(outputs: [("--output", output)], inputs: input.files)
    var reports: [ColumnsReport] = []
    var failed = false
    for file in input.files {
      do {
        let profiles = ProfileTallies(missingTokens: input.missingTokens)
        let dataset = try StandardInputSpool.with(file) { path in
          let header = try HeaderPeek.header(
            of: path, delimiter: input.delimiterByte, isStrict: !input.isLenient, command: "columns"
          )
          return try InputReader.read(
            path, request: input.request(columns: header.names), profiles: profiles)
        }
        reports.append(
          ColumnsReport(
            file: file, dataset: dataset, profiles: profiles.profiles(), bound: profiles.bound))
      } catch let error as ReportedError {
        Terminal.error(error.message)
        failed = true
      }
    }
    if !reports.isEmpty {
      let text: String
      switch format {
      case .json: text = JSONReport.render(reports, asArray: input.files.count > 1)
      case .markdown: text = reports.map(ColumnsMarkdownReport.render).joined(separator: "\n")
      case .text:
        let report = ColumnsTextReport(useColor: color.useColor(writingToFile: output != nil))
        text = reports.map(report.render).joined(separator: "\n")
      }
      try AtomicFile.write(text, to: output)
    }
    if failed { throw ExitCode(2) }
  }
}
