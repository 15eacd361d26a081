import ArgumentParser
import ReidRisk

/// The formats `check` writes: for people, for programs and for CI systems.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, sarif, github
}

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Check data files against the repository's policy (.reidrisk.yml); exit 1 when one breaks it.",
    discussion: """
      Applies every rule of the policy whose files: globs match a file, prints one line per \
      file (pass, FAIL with the broken bounds, error, or skip when no rule matches) and exits \
      0 when all pass, 1 when any fails and 2 when a file or the policy could not be read. \
      Without FILES, checks every file the rules match under the policy's folder, and the \
      table of every rule with source: (an engine: PostgreSQL, DuckDB, Spark), as scan \
      --source measures it. Only the files given are read and no engine is queried, so a \
      pre-commit hook reads the staged files only; a .reidrisk.yml given as a file stands \
      for everything its rules cover, tables included.

      The policy is --policy FILE, else .reidrisk.yml in the current folder or the nearest \
      folder above it. Its format: docs/policy.md. SARIF rule ids: docs/sarif-rules.md.

      Examples:
        reidrisk check
        reidrisk check exports/2024-q3.csv exports/2024-q4.csv.gz
        reidrisk check exports --recursive --format sarif -o reidrisk.sarif
        reidrisk check --format github
      """)

  @Argument(
    help: ArgumentHelp(
      "Files or folders to check (default: every file the policy's rules match).", valueName: "file"
    ))
  var files: [String] = []

  @Option(
    help: ArgumentHelp(
      "The policy file (default: .reidrisk.yml here or in a folder above).", valueName: "file"))
  var policy: String?

  @Flag(help: "Look for .csv and .csv.gz files in the subfolders of the folders given.")
  var recursive = false

  @Option(
    help:
      "Output format: text for people, json for programs, sarif for code scanning, github for Actions annotations."
  )
  var format: CheckFormat = .text

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the output to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  @OptionGroup(title: "Settings (over the policy's rules)") var settings: SettingOptions

  @OptionGroup(title: "Input (over the policy's rules)") var reading: InputSettingOptions

  @OptionGroup var color: ColorOption

  func validate() throws {
    if files.contains("-") {
      throw ValidationError(
        "check reads files, not standard input: rules match files by their path")
    }
  }

  func run() throws {
    try OutputCheck.before(
      outputs: [("--output", output)], inputs: files + [policy].compactMap { $0 })
    let overrides = try settings.layer(input: reading)
    let targets =
      files.isEmpty
      ? try CheckTargets.tree(policy: policy)
      : try CheckTargets.given(files, policy: policy, recursive: recursive)
    for warning in targets.warnings { Terminal.standardError("reidrisk: \(warning)\n") }
    let batch = try CheckRun(targets: targets, overrides: overrides).run()
    try write(render(batch))
    if batch.exitStatus != 0 { throw ExitCode(batch.exitStatus) }
  }

  private func render(_ batch: BatchReport) -> String {
    let renderer: any ReportRenderer<BatchReport> =
      switch format {
      case .text: CheckTextReport(useColor: color.useColor(writingToFile: output != nil))
      case .json: JSONRenderer<BatchReport>()
      case .sarif: SARIFReport()
      case .github: GitHubAnnotations()
      }
    return renderer.render(batch)
  }

  private func write(_ text: String) throws {
    try AtomicFile.write(text, to: output)
  }
}
