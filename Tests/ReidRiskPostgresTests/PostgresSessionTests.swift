import Foundation
import Testing

@testable import ReidRiskPostgres

/// The client against a real server: the throwaway cluster of `TestCluster`.
@Suite("PostgresSession: a real server", .serialized, .postgres)
struct PostgresSessionTests {
  func connect(_ url: String, password: String? = nil) throws -> PostgresSession {
    try PostgresSession(
      address: PostgresAddress(source: url, loginName: "reidrisk"), password: password)
  }

  func rows(_ session: PostgresSession, _ sql: String, _ parameters: [String?] = []) throws
    -> [[String?]]
  {
    var rows: [[String?]] = []
    try session.stream(sql, parameters: parameters) { rows.append($0) }
    return rows
  }

  @Test("bound parameters come back as given, NULL as nil, integers in decimal")
  func parameters() throws {
    let cluster = try TestCluster.require()
    let session = try connect(cluster.socketURL())
    defer { session.close() }
    let hostile = "'; DROP TABLE members; --"
    let result = try rows(session, "SELECT $1::text, $2::text, 42::int8, 7::int2", [hostile, nil])
    #expect(result == [[hostile, nil, "42", "7"]])
    // the table is still there: 20,000 records in sample-data/members.csv
    #expect(try rows(session, "SELECT count(*) FROM members") == [["20000"]])
  }

  @Test("many rows stream in order, in batches, none lost")
  func manyRows() throws {
    let cluster = try TestCluster.require()
    let session = try connect(cluster.socketURL())
    defer { session.close() }
    var count = 0
    var sum = 0
    var inOrder = true
    try session.stream("SELECT g FROM generate_series(1, 10000) AS g ORDER BY g") { row in
      count += 1
      let value = Int(row[0] ?? "") ?? 0
      if value != count { inOrder = false }
      sum += value
    }
    // 1 + 2 + ... + 10000 = 10000 * 10001 / 2 = 50005000
    #expect(count == 10000)
    #expect(sum == 50_005_000)
    #expect(inOrder)
  }

  @Test("NULL and the empty string stay apart: COPY reads an empty cell as NULL, \"\" as ''")
  func nullAndEmpty() throws {
    let cluster = try TestCluster.require()
    let session = try connect(cluster.socketURL())
    defer { session.close() }
    let result = try rows(session, "SELECT NULL::text, ''::text")
    #expect(result == [[nil, ""]])
  }

  @Test("the session names itself reidrisk and sends statement_timeout (1 h by default)")
  func startupSettings() throws {
    let cluster = try TestCluster.require()
    let session = try connect(cluster.socketURL())
    defer { session.close() }
    let result = try rows(
      session, "SELECT current_setting('application_name'), current_setting('statement_timeout')")
    #expect(result == [["reidrisk", "1h"]])
  }

  @Test("a missing table is nameMissing, with the server's words and SQLSTATE 42P01")
  func missingTable() throws {
    let cluster = try TestCluster.require()
    let session = try connect(cluster.socketURL())
    defer { session.close() }
    #expect(
      throws: PostgresSourceError.nameMissing(
        serverMessage: "relation \"nobody\" does not exist", sqlState: "42P01")
    ) { try rows(session, "SELECT * FROM nobody") }
  }

  @Test("a value that cannot be cast is a data error whose message holds no value")
  func dataError() throws {
    let cluster = try TestCluster.require()
    let session = try connect(cluster.socketURL())
    defer { session.close() }
    #expect {
      try rows(session, "SELECT $1::integer", ["private-value"])
    } throws: { error in
      let error = error as? PostgresSourceError
      return error == .dataError(sqlState: "22P02")
        && !(error?.description.contains("private-value") ?? true)
    }
  }

  @Test("a result column of another type is refused, naming the column")
  func columnType() throws {
    let cluster = try TestCluster.require()
    let session = try connect(cluster.socketURL())
    defer { session.close() }
    #expect(throws: PostgresSourceError.columnType(column: "n", type: "NUMERIC")) {
      try rows(session, "SELECT 1.5::numeric AS n")
    }
  }

  @Test("the server's statement_timeout, set through options, cancels a long query")
  func statementTimeout() throws {
    let cluster = try TestCluster.require()
    let session = try connect(
      cluster.socketURL(
        database: "reidrisk", user: "reidrisk", "&options=-c%20statement_timeout%3D200ms"))
    defer { session.close() }
    #expect(throws: PostgresSourceError.queryCancelled) { try rows(session, "SELECT pg_sleep(5)") }
  }

  @Test("no server at the socket folder: unreachable, naming the socket file")
  func noServer() throws {
    let folder = NSTemporaryDirectory() + "reidrisk-no-server-\(UUID().uuidString)"
    #expect(
      throws: PostgresSourceError.unreachable(
        endpoint: "\(folder)/.s.PGSQL.5432", reason: "no such socket file")
    ) { try connect("postgres:///x?host=\(folder)") }
  }

  @Test("a database that does not exist")
  func missingDatabase() throws {
    let cluster = try TestCluster.require()
    #expect(throws: PostgresSourceError.databaseMissing("nowhere")) {
      try connect(cluster.socketURL(database: "nowhere"))
    }
  }

  @Test("a password login: none given, a wrong one, the right one")
  func passwordLogin() throws {
    let cluster = try TestCluster.require()
    let url = cluster.socketURL(user: TestCluster.passwordUser)
    #expect(throws: PostgresSourceError.passwordNeeded(user: "secret")) { try connect(url) }
    #expect(
      throws: PostgresSourceError.loginRefused(
        user: "secret", database: "reidrisk", sqlState: "28P01")
    ) { try connect(url, password: "wrong") }
    let session = try connect(url, password: TestCluster.password)
    defer { session.close() }
    #expect(try rows(session, "SELECT current_user::text") == [["secret"]])
  }

  @Test(
    "TLS over TCP, the certificate checked against the cluster's root: by name and by address",
    arguments: ["localhost", "127.0.0.1"])
  func tls(host: String) throws {
    let cluster = try TestCluster.require()
    let session = try connect(cluster.tlsURL(host: host), password: TestCluster.password)
    defer { session.close() }
    let result = try rows(session, "SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    #expect(result == [["true"]])
  }

  @Test("verify-full without the cluster's root certificate: the handshake fails")
  func untrustedCertificate() throws {
    let cluster = try TestCluster.require()
    let url =
      "postgres://secret@localhost:\(cluster.port)/reidrisk?sslmode=verify-full"
      + "&sslrootcert=/etc/ssl/certs/ca-certificates.crt"
    #expect {
      try connect(url, password: TestCluster.password)
    } throws: { error in
      guard case .tlsFailed = error as? PostgresSourceError else { return false }
      return true
    }
  }

  @Test("sslmode=disable over TCP is plain; sslmode=require is TLS without a check")
  func tlsModes() throws {
    let cluster = try TestCluster.require()
    let sql = "SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
    for (mode, expected) in [("disable", "false"), ("require", "true"), ("prefer", "true")] {
      let url = "postgres://secret@127.0.0.1:\(cluster.port)/reidrisk?sslmode=\(mode)"
      let session = try connect(url, password: TestCluster.password)
      defer { session.close() }
      #expect(try rows(session, sql) == [[expected]], "sslmode=\(mode)")
    }
  }
}

/// A server that dies mid-query: a cluster of the test's own, crashed while the query sleeps.
@Suite("PostgresSession: a lost connection", .postgres)
struct PostgresLostConnectionTests {
  @Test("the server stopped mid-query is connectionLost, not an empty or partial result")
  func serverKilledMidQuery() throws {
    let cluster = try TestCluster.start()
    defer { cluster.stop() }
    let session = try PostgresSession(
      address: PostgresAddress(source: cluster.socketURL(), loginName: "reidrisk"),
      password: nil)
    defer { session.close() }
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) { cluster.crash() }
    var rows = 0
    #expect(throws: PostgresSourceError.connectionLost) {
      try session.stream("SELECT g FROM generate_series(1, 3) AS g, pg_sleep(20)") { _ in
        rows += 1
      }
    }
    #expect(rows == 0)
  }
}
