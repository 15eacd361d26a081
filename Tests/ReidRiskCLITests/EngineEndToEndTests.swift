import Foundation
import ReidRisk
import Testing

@testable import ReidRiskCLI

/// Where the engines' client programs are, or why a suite is skipped (printed by the test
/// runner with the skip). `Tests/requirements.txt` installs `duckdb-cli`,
/// `Tests/requirements-spark.txt` pyspark; Spark also needs Java 17 (`.ci/run` installs
/// Debian's). The Spark suite is `SparkEndToEndTests`.
enum EnginePrograms {
  static func find(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") {
      let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  static let duckdb = find("duckdb")
  static let spark = find("spark-submit").flatMap { submit in find("java").map { _ in submit } }
}

/// `scan --source duckdb:` on the DuckDB shell gives the JSON report of `scan FILE`, field by
/// field (but `file`, `flagged.first_line` and the generalization notes, which only the values
/// can tell: `ClassCountsEndToEndTests.differing`), and the same flagged records.
@Suite(
  .enabled(
    if: EnginePrograms.duckdb != nil,
    "no duckdb on PATH: python3 -m pip install -r Tests/requirements.txt (duckdb-cli)"))
struct DuckDBEndToEndTests {
  static let root = ClassCountsEndToEndTests.root

  static let settings: [[String]] = [
    ["--qi", "zip,birth_date,gender"],
    [
      "--qi", "zip:prefix:3,age:band:10,gender,job_title", "--na", "Other", "--missing", "exclude",
      "--sensitive", "membership_tier,events_attended", "--l", "2", "--t", "0.3",
    ],
    [
      "--qi", "gender,state,registered_at:hour,company", "--missing", "wildcard", "--sensitive",
      "events_attended", "--msu", "--attribute-risk",
    ],
    [
      "--qi", "gender,age,state,last_login:day", "--na", "N/A,Self-employed", "--sensitive",
      "membership_tier", "--population", "100000",
    ],
    ["--qi", "zip,birth_date:decade,join_date:month,gender:*", "--sampling-fraction", "0.1"],
  ]

  static let inputs = [
    "sample-data/members.csv", "Tests/Fixtures/oracle/inputs/members-5000.csv",
  ]

  /// Every setting on the sample; the oracle input (11 columns) with those it has.
  static var cases: [(String, Int)] {
    settings.indices.map { (inputs[0], $0) } + [0, 1, 4].map { (inputs[1], $0) }
  }

  static func compare(file: String, engine: [String], settings: [String], in folder: URL)
    throws
  {
    let scan = try BinaryRun.reidrisk(
      ["scan", file] + settings + ["--format", "json"], in: folder)
    let fromEngine = try BinaryRun.reidrisk(
      ["scan"] + engine + settings + ["--format", "json"], in: folder)
    #expect(scan.status == fromEngine.status, "\(fromEngine.standardError)")
    ClassCountsEndToEndTests.expectSameReport(
      try ClassCountsEndToEndTests.json(scan), try ClassCountsEndToEndTests.json(fromEngine))
  }

  @Test(arguments: cases)
  func sameReportAsTheFile(input: String, setting: Int) throws {
    let file = Self.root.appendingPathComponent(input).path
    try Self.compare(
      file: file, engine: ["--source", "duckdb:", "--table", "read_csv('\(file)')"],
      settings: Self.settings[setting], in: try BinaryRun.temporaryFolder())
  }

  /// A database file, its table by name and through `--query`; flags by `--id`.
  @Test func databaseFileTableQueryAndFlags() throws {
    let folder = try BinaryRun.temporaryFolder()
    let file = Self.root.appendingPathComponent("sample-data/members.csv").path
    let load = try BinaryRun.run(
      EnginePrograms.duckdb!,
      [
        "-init", "/dev/null", "m.duckdb", "-c",
        "CREATE SCHEMA crm; CREATE TABLE crm.members AS SELECT * FROM"
          + " read_csv('\(file)', all_varchar = true)",
      ],
      in: folder)
    #expect(load.status == 0, "\(load.standardError)")
    let settings = ["--qi", "zip,birth_date:year,gender", "--id", "member_id"]
    try Self.compare(
      file: file, engine: ["--source", "duckdb:m.duckdb", "--table", "crm.members"],
      settings: settings, in: folder)
    try Self.compare(
      file: file,
      engine: [
        "--source", "duckdb:m.duckdb", "--query",
        "SELECT * FROM crm.members -- every member;",
      ],
      settings: settings, in: folder)
    _ = try BinaryRun.reidrisk(["scan", file] + settings + ["--flags", "a.csv"], in: folder)
    let run = try BinaryRun.reidrisk(
      ["scan", "--source", "duckdb:m.duckdb", "--table", "crm.members", "--flags", "b.csv"]
        + settings, in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    let fromFile = try Self.ids(folder.appendingPathComponent("a.csv"))
    let fromEngine = try Self.ids(folder.appendingPathComponent("b.csv"))
    // 19,782 records in classes under k = 5 on the sample (the CSV path's count)
    #expect(fromFile.count > 1000 && fromFile == fromEngine)
  }

  /// The settings of the flags tests below: on the sample, 9,357 records flagged, 8,457 in
  /// classes under k = 5 and 900 in classes of 5 or more that fail l = 2 or t = 0.3 (the CSV
  /// path's counts).
  static let flagSettings = [
    "--qi", "zip:prefix:3,birth_date:year,gender", "--na", "N/A", "--sensitive",
    "membership_tier,events_attended", "--l", "2", "--t", "0.3", "--id", "member_id",
  ]

  /// The lines of a flags file less its header, sorted; `dropping` leading cells (`record`,
  /// `line`: numbers, never quoted) removed.
  static func flagLines(_ url: URL, dropping: Int = 0) throws -> [String] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
    return lines.map { line in
      var rest = Substring(line)
      for _ in 0..<dropping { rest = rest[rest.index(after: rest.firstIndex(of: ",")!)...] }
      return String(rest)
    }.sorted()
  }

  /// The engine's flags file lists what the file's lists, line for line but `record` and
  /// `line`: each flagged id with its class size, risk and reason, also the 900 records of
  /// classes of k or more flagged for l or t only.
  @Test func flagsForLAndTAreTheFile() throws {
    let folder = try BinaryRun.temporaryFolder()
    let file = Self.root.appendingPathComponent("sample-data/members.csv").path
    let scan = try BinaryRun.reidrisk(
      ["scan", file] + Self.flagSettings + ["--flags", "a.csv"], in: folder)
    let run = try BinaryRun.reidrisk(
      ["scan", "--source", "duckdb:", "--table", "read_csv('\(file)')", "--flags", "b.csv"]
        + Self.flagSettings, in: folder)
    #expect(run.status == scan.status, "\(run.standardError)")
    let fromFile = try Self.flagLines(folder.appendingPathComponent("a.csv"), dropping: 2)
    let fromEngine = try Self.flagLines(folder.appendingPathComponent("b.csv"))
    #expect(fromFile.count == 9_357)
    // the first cell is the class size
    #expect(fromFile.filter { Int($0.prefix { $0 != "," }) ?? 0 < 5 }.count == 8_457)
    #expect(fromEngine == fromFile)
  }

  /// Past the key limit the flags query returns every record and reidrisk keeps the flagged:
  /// with the limit at 0 the flags are those of the query that lists the keys.
  @Test func flagsPastTheKeyLimitAreTheSame() throws {
    let file = Self.root.appendingPathComponent("sample-data/members.csv").path
    var layer = ScanSettings()
    layer.quasiIdentifiers = try QuasiIdentifierSpec.parse("zip:prefix:3,birth_date:year,gender")
    layer.na = ["N/A"]
    layer.sensitive = ["membership_tier", "events_attended"]
    layer.l = 2
    layer.t = 0.3
    layer.id = "member_id"
    layer.relation = .table("read_csv('\(file)')")
    let queries = try EngineQueries.make(layer, dialect: .duckdb)
    let client = try DuckDBClient(database: "", environment: ProcessInfo.processInfo.environment)
    let counts = try EngineScan.classCounts(queries, client: client, layer: layer, source: "t")
    var measured = layer
    measured.id = nil
    let flags = try ClassCountsInput.measure(counts, file: "t", layer: measured)
      .classFlags(of: counts)
    let keys = EngineFlags(counts: counts, flags: flags, k: 5).keysAtLeastK
    #expect(keys.count > 0 && keys.count <= ClassCountsQueries.largestKeyList)
    func lines(keyLimit: Int) throws -> [String] {
      try EngineFlags.csv(
        queries, client: client, counts: counts, flags: flags, layer: layer,
        idColumn: "member_id", keyLimit: keyLimit
      ).split(separator: "\n").map(String.init).sorted()
    }
    let listed = try lines(keyLimit: ClassCountsQueries.largestKeyList)
    #expect(listed.count == 9_357 + 1)  // and the header
    #expect(try lines(keyLimit: 0) == listed)
  }

  /// The member ids (last column, never quoted: M0000...) of a flags file, sorted.
  static func ids(_ url: URL) throws -> [String] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
    return lines.map { String($0.split(separator: ",").last ?? "") }.sorted()
  }

  /// Generalization in SQL gives what it gives in Swift on the values it must tell apart:
  /// invalid days, leap years, times out of range, zones, fractions, epoch-free timestamps,
  /// negative and zero-padded integers, characters beyond ASCII, a line feed.
  @Test(arguments: [
    "birth_date:year", "birth_date:month", "birth_date:decade", "registered_at:day",
    "registered_at:hour", "registered_at:minute", "n:band:10", "n:band:3",
    "t:prefix:2", "t:*", "t:prefix:0",
  ])
  func generalizationsAgree(qi: String) throws {
    let folder = try BinaryRun.temporaryFolder()
    // a column of mostly dates, one of mostly timestamps, one of mostly integers (so that the
    // CSV path infers the type the level needs), each with the edge cases after
    let dates =
      (1...200).map { "19\(50 + $0 % 50)-0\($0 % 9 + 1)-\(10 + $0 % 19)" }
      + [
        "2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "2024-04-31", "2024-13-01",
        "2024-05-01x", "", "N/A",
      ]
    let stamps =
      (1...200).map {
        "2024-0\($0 % 9 + 1)-\(10 + $0 % 19)\($0 % 2 == 0 ? " " : "T")1\($0 % 10):\(10 + $0 % 50)"
          + ":\(10 + $0 % 47)\($0 % 3 == 0 ? "Z" : "")"
      }
      + [
        "2024-05-01T13:45:10+02:00", "2024-05-01 13:45:10.123Z", "2024-05-01 24:00:00",
        "2024-05-01 23:60:00", "2024-05-01 23:59:60", "2024-05-01T10:00:00+24:00",
        "2024-05-01T10:00:00-03:59", "2023-02-29 10:00:00", "2024-05-01", "", "N/A",
      ]
    let numbers =
      (1...200).map { "\($0 * 7 - 100)" }
      + ["-10", "0", "007", "-0", "+5", "5.0", "123456789012345678", "", "x", "-1"]
    let texts = ["02139", "é1", "日本語", "a", "", "N/A", "line\nfeed", "ab"]
    var csv = "birth_date,registered_at,n,t,g\n"
    for index in 0..<max(dates.count, stamps.count, numbers.count) {
      let cells = [dates, stamps, numbers, texts, ["a", "b"]].map { column in
        let value = column[index % column.count]
        return value.contains("\n") ? "\"\(value)\"" : value
      }
      csv += cells.joined(separator: ",") + "\n"
    }
    try BinaryRun.write(["g.csv": csv], in: folder)
    let file = folder.appendingPathComponent("g.csv").path
    try Self.compare(
      file: file, engine: ["--source", "duckdb:", "--table", "read_csv('\(file)')"],
      settings: ["--qi", "\(qi),g", "--na", "N/A"], in: folder)
  }

  /// Column names that would break a query spliced together are quoted identifiers.
  @Test func hostileColumnNames() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      ["h.csv": "\"a\"\"b; DROP TABLE x; --\",c`d,e'f\n1,2,3\n1,2,4\n1,3,3\n"], in: folder)
    let file = folder.appendingPathComponent("h.csv").path
    try Self.compare(
      file: file, engine: ["--source", "duckdb:", "--table", "read_csv('\(file)')"],
      settings: ["--qi", "\"a\"\"b; DROP TABLE x; --\",c`d,e'f"], in: folder)
  }

  /// An engine error is one line naming DuckDB and what to check, exit 2, nothing on stdout.
  @Test func engineErrors() throws {
    let folder = try BinaryRun.temporaryFolder()
    let run = try BinaryRun.reidrisk(
      ["scan", "--source", "duckdb:", "--table", "no_such_table", "--qi", "zip"], in: folder)
    #expect(run.status == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.hasPrefix("reidrisk: DuckDB refused the query: "))
    #expect(run.standardError.contains("check that --table or --query names"))
    #expect(run.standardError.split(separator: "\n").count == 1)
    let missing = try BinaryRun.run(
      BinaryRun.reidrisk, ["scan", "--source", "duckdb:", "--table", "t", "--qi", "zip"],
      in: folder, environment: ["PATH": "/nonexistent"])
    #expect(missing.status == 2)
    #expect(missing.standardError.contains("DuckDB cannot start: no duckdb program on PATH"))
    let noFile = try BinaryRun.reidrisk(
      ["scan", "--source", "duckdb:absent.duckdb", "--table", "t", "--qi", "zip"], in: folder)
    #expect(noFile.status == 2 && noFile.standardError.contains("no database file"))
  }
}
