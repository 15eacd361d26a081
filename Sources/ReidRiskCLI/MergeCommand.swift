import ArgumentParser
import ReidRisk

/// `reidrisk merge`: class counts of shards added by key, reported as one file.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Add up the class counts of shards of one export and report them as one file.",
    discussion: """
      Each file is what `scan --emit-class-counts` wrote for one shard (or an engine returned, \
      with the same `# ` lines): the quasi-identifiers and the settings that made the classes \
      come from the files, and files that differ in them are an error. Classes merge by key, so \
      a class in two shards has the sum of its counts. The measure settings are those of scan.

      Examples:
        reidrisk merge monday.counts.csv tuesday.counts.csv
        reidrisk merge shards/*.csv --format json --fail-under-k 5
        reidrisk merge shards/*.csv --emit-class-counts all.counts.csv
      """)

  @Argument(help: ArgumentHelp("Class-counts files to merge.", valueName: "file"))
  var files: [String]

  @OptionGroup(title: "Input") var reading: InputSettingOptions

  @OptionGroup var settings: SettingOptions

  @Option(
    help: ArgumentHelp(
      "Also write the merged class counts to this file.", valueName: "file"))
  var emitClassCounts: String?

  @OptionGroup(title: "Report") var report: ReportOptions

  func validate() throws {
    if files.isEmpty { throw ValidationError("give the class-counts files to merge") }
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read once only")
    }
  }

  func run() throws {
    let layer = try settings.layer(input: reading)
    try OutputCheck.before(
      outputs: [("--output", report.output), ("--emit-class-counts", emitClassCounts)],
      inputs: files + [layer.populationTable, layer.superset].compactMap { $0 })
    var shards: [ClassCounts] = []
    for file in files { shards.append(try ClassCountsInput.read(file, settings: layer)) }
    let merged: ClassCounts
    do {
      merged = try ClassCounts.merged(shards, sources: files)
    } catch {
      throw ReportedError(message: error.description)
    }
    let name = files.count == 1 ? files[0] : "\(files[0]) and \(files.count - 1) more"
    let scanReport = try ClassCountsInput.measure(merged, file: name, layer: layer).report
    if let emitClassCounts { try AtomicFile.write(merged.csv, to: emitClassCounts) }
    try report.write(ClassCountsInput.render([scanReport], report: report, asArray: false))
    if !scanReport.isWithinBounds { throw ExitCode(1) }
  }
}
