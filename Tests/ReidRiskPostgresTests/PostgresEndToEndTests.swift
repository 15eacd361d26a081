import Foundation
import Testing

/// `reidrisk scan --source postgres://...` against the test cluster gives the figures of
/// `reidrisk scan sample-data/members.csv`, JSON field by field. Two fields differ by design:
/// `file` (the source and table, not the CSV path) and `flagged.first_line` (null: an engine
/// returns no record numbers). With generalized QIs a third: `generalizations` is empty from an
/// engine, which returns class keys only, not each column's distinct values before and after.
@Suite("scan --source postgres: the CSV path's figures", .serialized, .postgres)
struct PostgresEndToEndTests {
  /// The built `reidrisk` beside the test bundle.
  static let reidrisk = URL(fileURLWithPath: CommandLine.arguments[0])
    .deletingLastPathComponent().appendingPathComponent("reidrisk").path

  static func scan(_ arguments: [String], environment: [String: String] = [:]) throws
    -> TestCluster.Run
  {
    try TestCluster.run(reidrisk, ["scan"] + arguments, environment: environment)
  }

  /// The report object, without the two fields that differ by design.
  static func figures(_ run: TestCluster.Run) throws -> NSDictionary {
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8))
    var report = try #require(object as? [String: Any])
    report.removeValue(forKey: "file")
    report.removeValue(forKey: "generalizations")
    if var flagged = report["flagged"] as? [String: Any] {
      flagged.removeValue(forKey: "first_line")
      report["flagged"] = flagged
    }
    return report as NSDictionary
  }

  /// The figures of the CSV path and of the table, checked equal key by key (so a failure
  /// names the key).
  static func expectSame(_ settings: [String], table: String = "members", source: String)
    throws
  {
    let csv = try scan([TestCluster.members] + settings + ["--format", "json"])
    let engine = try scan(
      ["--source", source, "--table", table] + settings + ["--format", "json"],
      environment: ["PGPASSWORD": TestCluster.password])
    #expect([0, 1].contains(csv.status), "\(csv.error)")
    #expect(engine.status == csv.status, "\(engine.error)")
    let expected = try figures(csv)
    let found = try figures(engine)
    #expect(expected.count > 10)
    for key in expected.allKeys.compactMap({ $0 as? String }).sorted() {
      #expect(
        (found[key] as? NSObject) == (expected[key] as? NSObject),
        "\(key) differs for \(settings.joined(separator: " "))")
    }
    #expect(Set(found.allKeys.compactMap { $0 as? String }).count == expected.count)
  }

  @Test(
    "the same figures as the CSV path",
    arguments: [
      ["--qi", "zip,birth_date,gender"],
      ["--qi", "zip,birth_date,gender", "--missing", "exclude"],
      ["--qi", "zip,birth_date,gender", "--missing", "wildcard"],
      ["--qi", "zip,age,gender", "--na", "N/A,unknown", "--k", "3"],
      [
        "--qi", "zip,birth_date,gender", "--sensitive", "membership_tier", "--l", "2", "--t",
        "0.5",
      ],
      ["--qi", "zip:prefix:3,birth_date:year,gender"],
    ])
  func sameFigures(settings: [String]) throws {
    let cluster = try TestCluster.require()
    try Self.expectSame(settings, source: cluster.socketURL())
  }

  @Test("a typed table (birth_date a date, age an integer): each cast to text, the same figures")
  func typedTable() throws {
    let cluster = try TestCluster.require()
    try Self.expectSame(
      ["--qi", "zip,birth_date,age,gender"], table: "members_typed", source: cluster.socketURL())
  }

  @Test("over TLS on 127.0.0.1, the certificate checked, the password from PGPASSWORD")
  func overTLS() throws {
    let cluster = try TestCluster.require()
    try Self.expectSame(["--qi", "zip,birth_date,gender"], source: cluster.tlsURL())
  }

  @Test("the password from a 0600 password file; a file others may read is ignored, said so")
  func passwordFile() throws {
    let cluster = try TestCluster.require()
    let path = NSTemporaryDirectory() + "reidrisk-pgpass-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "*:*:reidrisk:secret:\(TestCluster.password)\n".write(
      toFile: path, atomically: false, encoding: .utf8)
    let arguments = [
      "--source", cluster.socketURL(user: "secret"), "--table", "members", "--qi", "zip",
      "--format", "json",
    ]
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    let strict = try Self.scan(arguments, environment: ["PGPASSFILE": path])
    #expect(strict.status == 0, "\(strict.error)")
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    let loose = try Self.scan(arguments, environment: ["PGPASSFILE": path])
    #expect(loose.status == 2)
    #expect(loose.output.isEmpty)
    #expect(loose.error.contains("chmod 0600"))
    #expect(loose.error.contains("asks a password"))
    #expect(!loose.error.contains(TestCluster.password))
  }

  @Test(
    "engine errors: one line each, exit 2, nothing on standard output",
    arguments: [
      ("table", "refused the query"),
      ("column", "refused the query"),
      ("server", "cannot connect"),
      ("password", "PGPASSWORD or ~/.pgpass"),
    ])
  func errors(what: String, words: String) throws {
    let cluster = try TestCluster.require()
    var source = cluster.socketURL()
    var table = "members"
    var qi = "zip"
    switch what {
    case "table": table = "nobody"
    case "column": qi = "zipp"
    case "server": source = "postgres://reidrisk@/reidrisk?host=/nonexistent&port=\(cluster.port)"
    default: source = "postgres://reidrisk:hunter2@/reidrisk?host=\(cluster.folder)"
    }
    let run = try Self.scan(["--source", source, "--table", table, "--qi", qi])
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.error.contains(words), "\(run.error)")
    // a password in the URL is a usage error (ArgumentParser adds its usage lines)
    if what != "password" {
      #expect(run.error.split(separator: "\n").count == 1, "\(run.error)")
    }
    #expect(!run.error.contains("hunter2"))
  }
}

/// The server dies while `scan` waits for its result: exit 2, no report.
@Suite("scan --source postgres: a lost connection", .postgres)
struct PostgresLostScanTests {
  @Test("the server stopped mid-query: exit 2, one line naming the lost connection, no report")
  func serverKilledMidScan() throws {
    let cluster = try TestCluster.start()
    defer { cluster.stop() }
    try cluster.loadMembers()
    // crash once the query runs (on a loaded machine the scan may take seconds to start)
    DispatchQueue.global().async {
      let running =
        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%'"
        + " AND pid <> pg_backend_pid()"
      for _ in 0..<600 {
        if (try? cluster.psql(running))?.hasPrefix("0") == false { break }
        usleep(100_000)
      }
      cluster.crash()
    }
    let run = try PostgresEndToEndTests.scan([
      "--source", cluster.socketURL(), "--query",
      "SELECT m.zip, m.gender FROM members AS m, pg_sleep(30)", "--qi", "zip,gender",
      "--format", "json",
    ])
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.error.contains("lost the connection"), "\(run.error)")
  }
}
