import ArgumentParser
import ReidRisk

/// The formats a report can be written in.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}

/// Where and how to write the report.
struct ReportOptions: ParsableArguments {
  @Option(help: "Report format.")
  var format: ReportFormat = .text

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the report to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(
    help: "Show quasi-identifier values of flagged records (off by default: they identify people).")
  var showValues = false

  @OptionGroup var color: ColorOption

  func write(_ text: String) throws {
    try AtomicFile.write(text, to: output)
  }
}
