import Foundation
import Testing

/// `reidrisk check` over a policy whose rules name tables of the test cluster: each table's
/// figures are those of `scan` of the sample CSV it was loaded from (as for `scan --source`),
/// the bounds assessed, the password from PGPASSWORD and never in the output, a missing table
/// an error row while the others are still measured.
@Suite("check of a policy's PostgreSQL tables", .serialized, .postgres)
struct CheckPostgresTests {
  /// The report of each entry of a check's JSON `files`, with its status and name.
  static func entries(_ run: TestCluster.Run) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8))
    return try #require((object as? [String: Any])?["files"] as? [[String: Any]])
  }

  /// A report without what differs by design from the CSV path (`file`, the first flagged
  /// line, the generalization notes) and the bounds (named by flags in `scan`, by keys here).
  static func figures(_ report: [String: Any]) -> NSDictionary {
    var report = report
    for key in ["file", "generalizations", "bounds"] { report.removeValue(forKey: key) }
    if var flagged = report["flagged"] as? [String: Any] {
      flagged.removeValue(forKey: "first_line")
      report["flagged"] = flagged
    }
    return report as NSDictionary
  }

  static func csvReport(_ arguments: [String]) throws -> (Int32, [String: Any]) {
    let run = try PostgresEndToEndTests.scan(
      [TestCluster.members] + arguments + ["--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8))
    return (run.status, try #require(object as? [String: Any]))
  }

  @Test("a table, a query over TLS and a missing table: figures, bounds, errors")
  func tablesOfThePolicy() throws {
    let cluster = try TestCluster.require()
    let folder = NSTemporaryDirectory() + "reidrisk-check-pg-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let policy = """
      rules:
        - name: members
          source: "\(cluster.socketURL())"
          table: members
          quasi_identifiers: [zip, birth_date, gender]
          bounds: {min_k: 5}
        - name: over TLS
          source: "\(cluster.tlsURL())"
          query: SELECT * FROM members
          quasi_identifiers: [zip, gender]
        - name: gone
          source: "\(cluster.socketURL())"
          table: former_members
          quasi_identifiers: [zip]

      """
    try policy.write(toFile: folder + "/.reidrisk.yml", atomically: false, encoding: .utf8)
    let run = try TestCluster.run(
      PostgresEndToEndTests.reidrisk,
      ["check", "--policy", folder + "/.reidrisk.yml", "--format", "json"],
      environment: ["PGPASSWORD": TestCluster.password])
    #expect(run.status == 2, "\(run.error)")
    #expect(!run.output.contains(TestCluster.password) && !run.error.contains(TestCluster.password))
    let entries = try Self.entries(run)
    #expect(entries.count == 3)
    guard entries.count == 3 else { return }

    let (csvStatus, csv) = try Self.csvReport([
      "--qi", "zip,birth_date,gender", "--fail-under-k", "5",
    ])
    #expect(entries[0]["file"] as? String == cluster.socketURL() + " members")
    #expect(entries[0]["table"] as? String == "members")
    #expect(entries[0]["status"] as? String == (csvStatus == 0 ? "pass" : "fail"))
    let members = try #require(
      (entries[0]["results"] as? [[String: Any]])?.first?["report"] as? [String: Any])
    let expected = Self.figures(csv)
    let found = Self.figures(members)
    #expect(expected.count > 10)
    for key in expected.allKeys.compactMap({ $0 as? String }).sorted() {
      #expect((found[key] as? NSObject) == (expected[key] as? NSObject), "\(key) differs")
    }
    let bounds = try #require(members["bounds"] as? [[String: Any]])
    let csvBounds = try #require(csv["bounds"] as? [[String: Any]])
    #expect(bounds.map { $0["option"] as? String } == ["min_k"])
    #expect(bounds.map { $0["holds"] as? Bool } == csvBounds.map { $0["holds"] as? Bool })

    let (_, csvPairs) = try Self.csvReport(["--qi", "zip,gender"])
    #expect(entries[1]["file"] as? String == cluster.tlsURL() + " (query of rule \"over TLS\")")
    #expect(entries[1]["query"] as? String == "SELECT * FROM members")
    #expect(entries[1]["status"] as? String == "not_assessed")
    let overTLS = try #require(
      (entries[1]["results"] as? [[String: Any]])?.first?["report"] as? [String: Any])
    #expect(Self.figures(overTLS) == Self.figures(csvPairs))

    #expect(entries[2]["status"] as? String == "error")
    let error = try #require(entries[2]["error"] as? String)
    #expect(error.hasPrefix("PostgreSQL refused the query"), "\(error)")
    // the policy as messages name it (relative to the folder check ran in), then the line
    #expect(error.contains(" (rule \"gone\", "), "\(error)")
    #expect(error.hasSuffix("/.reidrisk.yml:11)"), "\(error)")
    #expect(entries[2]["error_line"] as? Int == 11)
  }
}
