import Foundation
import Testing

@testable import ReidRisk

/// Every renderer on the bundled sample (`sample-data/members.csv`), compared byte for byte
/// with the canned outputs in `Tests/Fixtures/golden/`. Time, version and paths are injected,
/// so the files change only when an output does; `scripts/regenerate-golden.sh` rewrites them
/// (REIDRISK_UPDATE_GOLDEN=1) and the change is reviewed as a diff.
@Suite struct GoldenTests {
  static let folder = SchemaValidation.root.appendingPathComponent("Tests/Fixtures/golden")
  static let isUpdating = ProcessInfo.processInfo.environment["REIDRISK_UPDATE_GOLDEN"] == "1"
  static let version = "0.0.0-golden"
  static let date = "2025-01-01T00:00:00Z"

  static let sample: [UInt8] = {
    let url = SchemaValidation.root.appendingPathComponent("sample-data/members.csv")
    return (try? [UInt8](Data(contentsOf: url))) ?? []
  }()

  /// sha256sum sample-data/members.csv; wc -c: the facts the CLI computes while reading.
  static let sampleFacts = InputFacts(
    bytes: 4_719_390, sha256: "0b8616a67f3e1308e4d881f39b11ea6f64e9fd1abce7e1973dc73fd016fec17c")

  static func scan(_ options: ScanOptions) throws -> Scan {
    let dataset = try DatasetReader.read(sample, columns: options.requestedColumns)
    return try Scan(dataset: dataset, file: "sample-data/members.csv", options: options)
  }

  /// `scan --qi gender,age,state --k 2 --id member_id --fail-under-k 2`.
  static func scanReport() throws -> Scan {
    try scan(
      ScanOptions(
        quasiIdentifiers: ["gender", "age", "state"], idColumn: "member_id", k: 2,
        bounds: Bounds([.minK: 2])))
  }

  static let policy = """
    rules:
      - name: exact dates
        files: ["exports/*.csv"]
        quasi_identifiers: [zip, birth_date, gender]
        bounds: {min_k: 5, max_uniques: 0.05}
      - name: coarse
        files: ["exports/*.csv"]
        quasi_identifiers: [state, age, gender]
        bounds: {max_records_at_risk: 0.5}
      - name: open data
        files: ["open/*.csv"]
        quasi_identifiers: [zip, birth_date, gender]
    """

  /// A check over four files: one failing, one measured without bounds, one unreadable at
  /// line 3, one no rule matches.
  static func batch() throws -> BatchReport {
    let policy = try Policy(yaml: Self.policy, file: ".reidrisk.yml")
    func measure(_ location: String) throws -> FileResult {
      let rules = policy.rules(matching: location)
      var results: [RuleResult] = []
      for rule in rules {
        let dataset = try DatasetReader.read(
          sample, columns: rule.settings.measureOptions.requestedColumns)
        results.append(try rule.check(dataset, file: location))
      }
      return FileResult(file: location, results: results, input: sampleFacts)
    }
    return BatchReport(
      policy: ".reidrisk.yml",
      files: [
        try measure("exports/members.csv"),
        try measure("open/members.csv"),
        FileResult(
          file: "exports/broken.csv",
          error: "exports/broken.csv: record 2 (line 3): a quote is misplaced or never closed;"
            + " quote fields that contain quotes and double the quotes inside (\"\"), or use"
            + " lenient: true",
          errorLine: 3),
        FileResult(file: "notes.csv"),
      ],
      generated: date, toolVersion: version)
  }

  /// Compares `text` with the golden file `name`, or writes it when updating.
  static func expectGolden(_ text: String, _ name: String) throws {
    let url = folder.appendingPathComponent(name)
    if isUpdating {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    let golden = try #require(
      try? String(contentsOf: url, encoding: .utf8),
      "no golden file \(name): run scripts/regenerate-golden.sh")
    if golden != text {
      let got = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let want = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      var line = 0
      while line < min(got.count, want.count) && got[line] == want[line] { line += 1 }
      let gotLine = line < got.count ? got[line] : "<end>"
      let wantLine = line < want.count ? want[line] : "<end>"
      let message =
        "\(name) differs from its golden file at line \(line + 1):\n  got:  \(gotLine)\n"
        + "  want: \(wantLine)\nrun scripts/regenerate-golden.sh and review the diff"
      Issue.record(Comment(rawValue: message))
    }
  }

  @Test func sampleIsThere() {
    #expect(Self.sample.count == Self.sampleFacts.bytes)
  }

  /// Every renderer of a scan, with its golden file.
  static let scanRenderers: [(String, any ReportRenderer<ScanReport>)] = [
    ("scan.txt", TextReport(useColor: false)),
    ("scan-80.txt", TextReport(useColor: false, width: 80)),
    ("scan.md", MarkdownReport()),
    ("scan.json", JSONRenderer<ScanReport>()),
  ]

  /// Every renderer of a batch (`check` and `report`), with its golden file.
  static let batchRenderers: [(String, any ReportRenderer<BatchReport>)] = [
    ("check.txt", CheckTextReport(useColor: false)),
    ("check.json", JSONRenderer<BatchReport>()),
    ("check.sarif", SARIFReport()),
    ("check-github.txt", GitHubAnnotations()),
    ("report.html", HTMLReport()),
    ("report.md", BatchMarkdownReport()),
  ]

  @Test func scanRenderers() throws {
    let report = try Self.scanReport().report
    for (name, renderer) in Self.scanRenderers {
      try Self.expectGolden(renderer.render(report), name)
    }
  }

  @Test func flagsCSV() throws {
    let scan = try Self.scanReport()
    let renderer = FlagsCSV(
      idColumn: "member_id", quasiIdentifiers: scan.report.quasiIdentifiers, showValues: false)
    try Self.expectGolden(renderer.render(scan.findings()), "flags.csv")
  }

  @Test func batchRenderers() throws {
    let batch = try Self.batch()
    for (name, renderer) in Self.batchRenderers {
      try Self.expectGolden(renderer.render(batch), name)
    }
  }

  /// Every renderer of a diff, with its golden file.
  static let diffRenderers: [(String, any ReportRenderer<DiffReport>)] = [
    ("diff.txt", DiffTextReport()),
    ("diff.md", DiffTextReport(markdown: true)),
    ("diff.json", JSONRenderer<DiffReport>()),
  ]

  /// `diff members.csv members.csv --qi zip,gender --id member_id`: the sample against itself,
  /// so every change is 0 and every record matched.
  @Test func diffRenderers() throws {
    let options = ScanOptions(quasiIdentifiers: ["zip", "gender"], idColumn: "member_id")
    let dataset = try DatasetReader.read(Self.sample, columns: options.requestedColumns)
    let diff = try ExportDiff.compare(
      old: dataset, oldFile: "old/members.csv", new: dataset, newFile: "new/members.csv",
      options: options)
    for (name, renderer) in Self.diffRenderers {
      try Self.expectGolden(renderer.render(diff), name)
    }
  }

  @Test func everyGoldenFileHasItsRenderer() throws {
    let names = Set(
      Self.scanRenderers.map(\.0) + Self.batchRenderers.map(\.0) + Self.diffRenderers.map(\.0)
        + ["flags.csv"])
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path))
    #expect(files == names)
  }
}
