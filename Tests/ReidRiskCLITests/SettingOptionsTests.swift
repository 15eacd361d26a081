import Testing

@testable import ReidRisk
@testable import ReidRiskCLI

/// The command line against the catalog, both ways: every setting and bound has its flag on
/// `scan` (and on `check` and `report`, over a policy's rules), reading a sample value gives the
/// setting the policy line gives, and every option `scan` offers is a setting, a bound or one of
/// the few options that are not settings (where to write, what format).
@Suite struct SettingOptionsTests {
  static let notSettings: Set<String> = [
    "--flags", "--format", "--output", "--show-values", "--help", "--version",
    // a limit of this process against decompression bombs, not a measure of the file
    "--max-gzip-ratio",
    // how the report is drawn, not what is measured
    "--color",
    // prints the queries for another engine instead of scanning
    "--emit-sql",
    // a source of records like the file arguments, and a path to write (docs/class-counts.md)
    "--class-sizes", "--emit-class-counts",
  ]

  static func flags(inHelpOf command: String) -> Set<String> {
    let help: String
    switch command {
    case "check": help = CheckCommand.helpMessage(columns: 200)
    case "report": help = ReportCommand.helpMessage(columns: 200)
    default: help = ScanCommand.helpMessage(columns: 200)
    }
    let words = help.split(whereSeparator: { " ,/\n[]<>".contains($0) })
    return Set(
      words.filter { $0.hasPrefix("--") && !$0.hasPrefix("--no-") }.map {
        String($0.prefix { $0 == "-" || $0.isLetter })
      })
  }

  @Test(arguments: ["scan", "check", "report"])
  func everySettingHasItsFlag(command: String) {
    let flags = Self.flags(inHelpOf: command)
    for flag in ScanSettings.all.map(\.flag) + BoundKind.allCases.map(\.flag) {
      #expect(flags.contains(flag), "\(command) has no \(flag)")
    }
  }

  @Test func everyScanOptionIsASetting() {
    let known = Set(ScanSettings.all.map(\.flag) + BoundKind.allCases.map(\.flag))
    for flag in Self.flags(inHelpOf: "scan") where !known.contains(flag) {
      #expect(Self.notSettings.contains(flag), "scan offers \(flag), which is no setting")
    }
  }

  @Test(arguments: ScanSettings.all.map(\.key))
  func flagSetsWhatThePolicyLineSets(key: String) throws {
    let setting = try #require(ScanSettings.setting(named: key))
    let sample = try #require(SettingSamples.byKey[key])
    let arguments = [setting.flag] + (sample.flagValue.map { [$0] } ?? [])
    let command = try ScanCommand.parse(["x.csv"] + arguments)
    let layer = try command.settings.layer(input: command.input)
    #expect(sample.check(layer), "\(arguments): \(layer)")
  }

  @Test(arguments: BoundKind.allCases)
  func boundFlagSetsTheLimit(kind: BoundKind) throws {
    let sample = try #require(SettingSamples.bounds[kind])
    let command = try ScanCommand.parse(["x.csv", kind.flag, sample.text])
    #expect(try command.settings.layer(input: command.input).bounds == Bounds([kind: sample.limit]))
  }

  @Test(arguments: [
    (["--threshold", "0"], "--threshold is \"0\"; expected a number in (0, 1], e.g. 0.2"),
    (["--k", "-1"], "--k is \"-1\"; expected a whole number of at least 1, e.g. 5"),
    (
      ["--max-uniques", "2"],
      "--max-uniques is \"2\"; expected a number between 0 and 1, e.g. 0.05 for 5%"
    ),
    (["--missing", "drop"], "--missing is \"drop\"; expected value, exclude or wildcard"),
    (
      ["--population", "5", "--sampling-fraction", "0.1"],
      "give --population or --sampling-fraction, not both"
    ),
  ])
  func refusedFlagNamesTheFlagAndTheRange(arguments: [String], message: String) {
    do {
      _ = try ScanCommand.parse(["x.csv"] + arguments)
      Issue.record("accepted \(arguments)")
    } catch {
      #expect(ScanCommand.message(for: error) == message)
    }
  }

  @Test func noLenientUndoesAPolicysLenient() throws {
    let command = try ScanCommand.parse(["x.csv", "--no-lenient"])
    #expect(try command.settings.layer(input: command.input).lenient == false)
  }
}
