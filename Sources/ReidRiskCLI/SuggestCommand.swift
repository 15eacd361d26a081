import ArgumentParser
import ReidRisk

struct SuggestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract: "Find the least coarse generalizations of the quasi-identifiers that reach k.",
    discussion: """
      Searches every combination of generalization levels (dates: date, month, year, decade, *; \
      timestamps: second, minute, hour, day, month, year, *; integers: 1, 5, 10, 20, *; codes \
      such as ZIP: every prefix length down to *; anything else: as is, *) for the minimal \
      settings: those reaching the targets with no finer setting that also does. Prints them \
      best first (least detail lost), each ready to paste as --qi. See docs/generalization.md.

      Examples:
        reidrisk suggest sample-data/members.csv --qi zip,birth_date,age,gender --k 5
        reidrisk suggest members.csv --qi zip:3,birth_date,gender --fixed gender --k 5 --suppress 0.01
        reidrisk suggest members.csv --qi zip,age --k 5 --sensitive membership_tier --l 2 --format json
      """)

  @OptionGroup(title: "Input") var input: InputOptions

  @Option(
    help: ArgumentHelp(
      "Quasi-identifiers, comma-separated; one given with a level (zip:3) starts there.",
      valueName: "columns"))
  var qi: String

  @Option(help: ArgumentHelp("Columns to keep at their given level.", valueName: "columns"))
  var fixed: String?

  @Option(help: ArgumentHelp("Every class must hold at least k records.", valueName: "k"))
  var k: Int = 5

  @Option(
    help: ArgumentHelp(
      "Allow removing up to this share of the records (those in classes smaller than k).",
      valueName: "fraction"))
  var suppress: Double?

  @Option(help: ArgumentHelp("A sensitive column for --l and --t.", valueName: "column"))
  var sensitive: String?

  @Option(help: ArgumentHelp("Each class must hold this many distinct sensitive values."))
  var l: Int?

  @Option(help: ArgumentHelp("Each class's sensitive values at most this far from the file's."))
  var t: Double?

  @Option(
    help: ArgumentHelp(
      "At most this share of the kept records may have a risk above --threshold.",
      valueName: "fraction"))
  var maxRecordsAtRisk: Double?

  @Option(help: ArgumentHelp("The risk 1/f above which a record is at risk.", valueName: "risk"))
  var threshold: Double = 0.2

  @Option(help: "Report format.")
  var format: ReportFormat = .text

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the report to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  func validate() throws {
    if input.files.count != 1 { throw ValidationError("suggest takes one input file") }
    if input.missing != .value {
      throw ValidationError(
        "suggest counts a missing value as a value of its own; --missing exclude and wildcard"
          + " apply to scan")
    }
    if k < 1 { throw ValidationError("--k must be at least 1") }
    if let suppress, !(0...1).contains(suppress) {
      throw ValidationError("--suppress must be a share between 0 and 1, e.g. 0.01 for 1%")
    }
    if let l, l < 1 { throw ValidationError("--l must be at least 1") }
    if let t, !(0...1).contains(t) { throw ValidationError("--t must be between 0 and 1") }
    if (l != nil || t != nil) && sensitive == nil {
      throw ValidationError("--l and --t apply to a sensitive column; name it with --sensitive")
    }
    if let maxRecordsAtRisk, !(0...1).contains(maxRecordsAtRisk) {
      throw ValidationError("--max-records-at-risk must be a share between 0 and 1")
    }
    let specs = try specs()
    if specs.isEmpty { throw ValidationError("--qi needs at least one column name") }
    let names = Set(specs.map(\.name))
    if let unknown = (fixed?.commaList ?? []).first(where: { !names.contains($0) }) {
      throw ValidationError("--fixed \(unknown) is not one of the --qi columns")
    }
  }

  func specs() throws -> [QuasiIdentifierSpec] {
    do {
      let split = try QuasiIdentifierSpec.split(QuasiIdentifierSpec.parse(qi))
      return split.names.map { .init(name: $0, generalization: split.generalizations[$0]) }
    } catch {
      throw ValidationError("--qi: \(error.description)")
    }
  }

  func run() throws {
    let specs = try specs()
    let file = input.files[0]
    var columns = specs.map(\.name)
    if let sensitive, !columns.contains(sensitive) { columns.append(sensitive) }
    let options = SuggestOptions(
      quasiIdentifiers: specs, fixed: Set(fixed?.commaList ?? []), k: k, suppress: suppress,
      sensitive: sensitive, l: l, t: t, maxRecordsAtRisk: maxRecordsAtRisk,
      threshold: threshold, missingTokens: input.missingTokens)
    let report: SuggestionReport
    do {
      let dataset = try InputReader.read(file, request: input.request(columns: columns))
      do {
        report = try Suggestion(dataset: dataset, file: file, options: options).report
      } catch {
        throw ReportedError(message: error.description)
      }
    } catch let error as ReportedError {
      Terminal.standardError("reidrisk: \(error.message)\n")
      throw ExitCode(2)
    }
    let text =
      switch format {
      case .json: JSONReport.render([report], asArray: false)
      case .markdown: SuggestionSection.markdown(report, heading: "##")
      case .text: SuggestionTextReport.render(report)
      }
    if let output { try AtomicFile.write(text, to: output) } else { print(text, terminator: "") }
    if report.suggestions.isEmpty { throw ExitCode(1) }
  }
}
