import ArgumentParser
import ReidRisk

struct LinkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "link",
    abstract:
      "Join an export with an outside file an attacker could hold, and count who gets a name back.",
    discussion: """
      For every export record, counts the outside records with the same values on the shared \
      columns: exactly one re-identifies it, 2 to 4 leave a short list, 5 or more hide it. From \
      the outside side, counts the people whose presence in the export is revealed. Values are \
      normalised per column type before comparing (case, spaces, date spellings, ZIP codes that \
      lost a leading zero, gender codes); --exact compares bytes. A missing value never matches.

      Examples:
        reidrisk link sample-data/members.csv --against sample-data/voter-roll.csv
        reidrisk link members.csv --against voters.csv --on zip,birth_date,gender
        reidrisk link members.csv --against voters.csv --flags linked.csv
        reidrisk link members.csv --against profiles.csv --map company=employer
        reidrisk link members.csv --against voters.csv --max-reidentified 0.01
      """)

  @OptionGroup(title: "Input (the export)") var input: InputOptions

  @OptionGroup(title: "Input (the export)") var missing: MissingOption

  @Option(
    help: ArgumentHelp(
      "The outside file: a list an attacker could hold (a voter roll, a profile dump).",
      valueName: "file"))
  var against: String

  @Option(
    help: ArgumentHelp(
      "Export columns to join on, comma-separated, each found in the outside file by name or synonym (dob = birth_date, zip = postcode, sex = gender ...). Default: every column both files have.",
      valueName: "columns"))
  var on: String?

  @Option(
    help: ArgumentHelp(
      "Pair an export column with a differently named outside column; repeat for more pairs.",
      valueName: "export_column=outside_column"))
  var map: [String] = []

  @Flag(
    help:
      "Compare values as exact bytes: no trimming, case folding, or date, ZIP and gender normalisation."
  )
  var exact = false

  @Option(
    help: ArgumentHelp(
      "An export column that identifies a record in the flags file, e.g. member_id.",
      valueName: "column"))
  var id: String?

  @Option(
    name: .customLong("against-id"),
    help: ArgumentHelp(
      "Outside columns that name a person, comma-separated, written to the flags with --show-values. Default: the outside columns whose header names a direct identifier.",
      valueName: "columns"))
  var againstID: String?

  @Option(
    name: .customLong("against-delimiter"),
    help: ArgumentHelp(
      "The outside file's delimiter. Default: detected from its header.", valueName: "char"))
  var againstDelimiter: String?

  @Option(
    help: ArgumentHelp(
      "Write the re-identified export records (exactly one outside match) to this CSV file.",
      valueName: "file"))
  var flags: String?

  @Option(
    name: .customLong("max-reidentified"),
    help: ArgumentHelp(
      "Fail (exit 1) when the share of export records re-identified is above this.",
      valueName: "fraction"))
  var maximumReidentified: Double?

  @OptionGroup(title: "Report") var report: ReportOptions

  var mapPairs: [(String, String)] {
    map.compactMap { pair in
      guard let equals = pair.firstIndex(of: "=") else { return nil }
      return (String(pair[..<equals]).trimmed, String(pair[pair.index(after: equals)...]).trimmed)
    }
  }

  func validate() throws {
    if input.files.count != 1 {
      throw ValidationError("give one export file; link joins it with the --against file")
    }
    for pair in map
    where !pair.contains("=") || mapPairs.contains(where: { $0.0.isEmpty || $0.1.isEmpty }) {
      throw ValidationError("--map \"\(pair)\" must be export_column=outside_column")
    }
    if let on, on.commaList.isEmpty { throw ValidationError("--on needs at least one column name") }
    if let againstDelimiter, Delimiter.parse(againstDelimiter) == nil {
      throw ValidationError(
        "--against-delimiter \"\(againstDelimiter)\" is not one character (or tab, comma, semicolon, pipe)"
      )
    }
    if let maximumReidentified, !(0...1).contains(maximumReidentified) {
      throw ValidationError(
        "--max-reidentified must be between 0 and 1, got \(maximumReidentified)")
    }
  }

  func run() throws {
    try OutputCheck.before(
      outputs: [("--output", report.output), ("--flags", flags)], inputs: input.files + [against])
    try StandardInputSpool.with(input.files[0]) { try run(reading: $0) }
  }

  /// Runs on the export at `path` (a copy of standard input for `-`), named as given.
  private func run(reading path: String) throws {
    let file = input.files[0]
    let outsideDelimiter = againstDelimiter.flatMap(Delimiter.parse)
    let header = try HeaderPeek.header(
      of: path, delimiter: input.delimiterByte, isStrict: !input.isLenient, command: "link")
    let outsideHeader = try HeaderPeek.header(
      of: against, delimiter: outsideDelimiter, isStrict: !input.isLenient, command: "link")
    let join: [JoinColumn]
    do {
      join = try JoinColumns.pair(
        header: header, outsideHeader: outsideHeader, on: on?.commaList, map: mapPairs, file: file,
        outside: against)
    } catch {
      throw ReportedError(message: error.description)
    }
    let outsideIDs =
      againstID?.commaList
      ?? outsideHeader.names.filter { ColumnProfile.role(ofHeader: $0) == .directIdentifier }
    let options = LinkOptions(
      normalises: !exact, missingTokens: input.missingTokens, missingPolicy: missing.policy,
      idColumn: id,
      outsideIdColumns: outsideIDs, maximumReidentified: maximumReidentified)
    let export = try InputReader.read(
      path,
      request: input.request(
        columns: LinkOptions.exportColumns(join, options: options, header: header)))
    let outside = try InputReader.read(
      against,
      request: DatasetRequest(
        columns: LinkOptions.outsideColumns(
          join, options: options, header: outsideHeader,
          showValues: report.showValues && flags != nil),
        delimiter: outsideDelimiter, isStrict: !input.isLenient))
    let linkage = Linkage(
      export: export, outside: outside, join: join, file: file, outsideFile: against,
      options: options)
    if let flags {
      try AtomicFile.write(
        LinkFlagsCSV.render(
          linkage.findings(showValues: report.showValues),
          idColumn: id, outsideIdColumns: linkage.outsideIdentifyingColumns,
          joinColumns: join.map(\.column),
          showValues: report.showValues),
        to: flags)
    }
    try report.write(render(linkage.report))
    if !linkage.report.isWithinBounds { throw ExitCode(1) }
  }

  private func render(_ linkReport: LinkReport) -> String {
    switch report.format {
    case .json: return JSONReport.render([linkReport], asArray: false)
    case .markdown: return LinkMarkdownReport.render(linkReport)
    case .text:
      return LinkTextReport(useColor: report.color.useColor(writingToFile: report.output != nil))
        .render(linkReport)
    }
  }
}
