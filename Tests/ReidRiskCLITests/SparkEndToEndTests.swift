import Foundation
import Testing

@testable import ReidRiskCLI

/// `scan --source spark:local[1]` on pyspark's JVM (each run of reidrisk starts one: 10–30 s
/// here, so three runs): over Parquet files written by DuckDB it gives the JSON report and the
/// flags of `scan FILE`, and an engine error is one line naming Spark.
@Suite(
  .enabled(
    if: EnginePrograms.spark != nil && EnginePrograms.duckdb != nil,
    "no spark-submit and java, or no duckdb, on PATH: see Tests/requirements-spark.txt"))
struct SparkEndToEndTests {
  static let root = ClassCountsEndToEndTests.root

  /// `query` run by the DuckDB shell in `folder` (to write a Parquet file).
  static func duckdb(_ query: String, in folder: URL) throws {
    let load = try BinaryRun.run(
      EnginePrograms.duckdb!, ["-init", "/dev/null", "-c", query], in: folder)
    #expect(load.status == 0, "\(load.standardError)")
  }

  /// The sample as Parquet, every column text as the CSV holds it; one reidrisk run, one JVM:
  /// the class-counts query (with the sensitive counts) and the flags query in one session.
  /// On the CSV path, with these settings: 20,000 records, k = 1, 8,457 records in classes
  /// under k = 5 (all of the report compared field by field). The flags: the engine's file
  /// lists the file's 9,357, each with the file's class size and risk: those 8,457 and the 900
  /// in classes of 5 or more that fail l = 2 or t = 0.3, whose keys the flags query lists.
  @Test func sameReportAndFlagsAsTheFile() throws {
    let folder = try BinaryRun.temporaryFolder()
    let file = Self.root.appendingPathComponent("sample-data/members.csv").path
    let parquet = folder.appendingPathComponent("members.parquet").path
    try Self.duckdb(
      "COPY (SELECT * FROM read_csv('\(file)', all_varchar = true)) TO '\(parquet)'"
        + " (FORMAT parquet)", in: folder)
    let settings = [
      "--qi", "zip:prefix:3,birth_date:year,gender", "--na", "N/A", "--sensitive",
      "membership_tier,events_attended", "--l", "2", "--t", "0.3", "--id", "member_id",
    ]
    let scan = try BinaryRun.reidrisk(
      ["scan", file] + settings + ["--format", "json", "--flags", "a.csv"], in: folder)
    let fromSpark = try BinaryRun.reidrisk(
      ["scan", "--source", "spark:local[1]", "--table", "parquet.`\(parquet)`"] + settings
        + ["--format", "json", "--flags", "b.csv"], in: folder)
    #expect(scan.status == fromSpark.status, "\(fromSpark.standardError)")
    let report = try ClassCountsEndToEndTests.json(scan)
    ClassCountsEndToEndTests.expectSameReport(report, try ClassCountsEndToEndTests.json(fromSpark))
    #expect(report["records"] as? Int == 20_000)
    // (id, class size, risk) of each flagged record: the file's flags have record and line first
    let fromFile = try Self.flags(folder.appendingPathComponent("a.csv"), sizeColumn: 2)
    let fromEngine = try Self.flags(folder.appendingPathComponent("b.csv"), sizeColumn: 0)
    #expect(fromFile.filter { $0.size < 5 }.count == 8_457)
    #expect(fromFile.count == 9_357)
    #expect(fromEngine == fromFile)
  }

  /// A flagged record of a flags file: its id (the last column, M0000...), class size, risk.
  struct Flag: Equatable, Comparable {
    let id: String
    let size: Int
    let risk: String
    static func < (a: Flag, b: Flag) -> Bool { a.id < b.id }
  }

  /// The flags of a flags file, sorted by id; its class size in column `sizeColumn`, the risk
  /// after it (both before the quoted reason).
  static func flags(_ url: URL, sizeColumn: Int) throws -> [Flag] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
    return try lines.map { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      return Flag(
        id: String(fields.last ?? ""), size: try #require(Int(fields[sizeColumn])),
        risk: String(fields[sizeColumn + 1]))
    }.sorted()
  }

  /// NULLs and empty strings in Parquet are both missing, generalized or not, under
  /// `--missing wildcard`. Eight records, generalized by `zip:prefix:3,birth_date:year,gender`
  /// (? = missing: NULL in rows 3 and 6, '' in rows 4 and 8):
  ///
  ///     A (021,1990,F) ×2   B (021,?,F) ×1   C (?,1991,M) ×1
  ///     D (021,1991,M) ×2   E (?,1990,F) ×1  G (021,1990,?) ×1
  ///
  /// A wildcard class counts every class it agrees with where both hold a value:
  /// A = A+B+E+G = 2+1+1+1 = 5, B = A+B+E+G = 5, E = 5, G = 5, C = C+D = 1+2 = 3, D = 3.
  /// So k = 3; histogram: size 3 → 2 classes, 1 + 2 = 3 records; size 5 → 4 classes,
  /// 2 + 1 + 1 + 1 = 5 records; 6 classes; no record unique; 4 records with a missing value.
  @Test func wildcardAndGeneralizationWithNulls() throws {
    let folder = try BinaryRun.temporaryFolder()
    let rows = [
      ("'02139'", "'1990-04-01'", "'F'"), ("'02138'", "'1990-11-30'", "'F'"),
      ("'02141'", "NULL", "'F'"), ("''", "'1991-01-01'", "'M'"),
      ("'02139'", "'1991-06-15'", "'M'"), ("NULL", "'1990-02-02'", "'F'"),
      ("'02140'", "'1991-03-03'", "'M'"), ("'02139'", "'1990-07-07'", "''"),
    ]
    let values = rows.map { "(\($0.0), \($0.1), \($0.2))" }.joined(separator: ", ")
    try Self.duckdb(
      "COPY (SELECT * FROM (VALUES \(values)) AS t(zip, birth_date, gender)) TO 'm.parquet'"
        + " (FORMAT parquet)", in: folder)
    let csv = rows.map { row in
      [row.0, row.1, row.2].map { $0 == "NULL" ? "" : $0.replacingOccurrences(of: "'", with: "") }
        .joined(separator: ",")
    }
    try BinaryRun.write(
      ["m.csv": "zip,birth_date,gender\n" + csv.joined(separator: "\n") + "\n"], in: folder)
    let settings = [
      "--qi", "zip:prefix:3,birth_date:year,gender", "--missing", "wildcard", "--format", "json",
    ]
    let scan = try BinaryRun.reidrisk(["scan", "m.csv"] + settings, in: folder)
    let fromSpark = try BinaryRun.reidrisk(
      ["scan", "--source", "spark:local[1]", "--table", "parquet.`\(folder.path)/m.parquet`"]
        + settings, in: folder)
    #expect(fromSpark.status == scan.status, "\(fromSpark.standardError)")
    let report = try ClassCountsEndToEndTests.json(scan)
    ClassCountsEndToEndTests.expectSameReport(report, try ClassCountsEndToEndTests.json(fromSpark))
    #expect(report["k"] as? Int == 3)
    #expect(report["equivalence_classes"] as? Int == 6)
    #expect((report["missing"] as? [String: Any])?["records"] as? Int == 4)
    #expect((report["sample_uniques"] as? [String: Any])?["records"] as? Int == 0)
    let histogram = (report["class_size_histogram"] as? [[String: Int]])?.map {
      [$0["size"], $0["classes"], $0["records"]]
    }
    #expect(histogram == [[3, 2, 3], [5, 4, 5]])
  }

  /// A table that does not exist: one line naming Spark and what to check, exit 2.
  @Test func missingTableIsOneLine() throws {
    let run = try BinaryRun.reidrisk(
      ["scan", "--source", "spark:local[1]", "--table", "no_such_table", "--qi", "zip"],
      in: try BinaryRun.temporaryFolder())
    #expect(run.status == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.hasPrefix("reidrisk: Spark refused the query: AnalysisException: "))
    #expect(run.standardError.contains("check that --table or --query names"))
    #expect(run.standardError.split(separator: "\n").count == 1)
  }
}
