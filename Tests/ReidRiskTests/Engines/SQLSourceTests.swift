import Testing

@testable import ReidRisk

@Suite struct SQLSourceTests {
  @Test func tableNames() throws {
    #expect(try SQLSource(table: "members") == .table(["members"]))
    #expect(try SQLSource(table: "sales.members") == .table(["sales", "members"]))
    #expect(try SQLSource(table: "\"my.schema\".\"t\"\"x\"") == .table(["my.schema", "t\"x"]))
    #expect(try SQLSource(table: "`proj-1`.ds.t") == .table(["proj-1", "ds", "t"]))
    #expect(
      try SQLSource(table: "read_parquet('exports/*.parquet')")
        == .tableFunction(function: "read_parquet", path: "exports/*.parquet"))
    #expect(
      try SQLSource(table: "read_csv('it''s.csv')")
        == .tableFunction(function: "read_csv", path: "it's.csv"))
    #expect(
      try SQLSource(table: "parquet.`/data/mem``bers`")
        == .tableFunction(function: "parquet", path: "/data/mem`bers"))
  }

  @Test(arguments: [
    "members; DROP TABLE x", "read_parquet('a') UNION SELECT 1", "read_parquet('a'||'b')",
    "read_parquet(x)", "a..b", "\"open", "t.", "members x", "system('ls')",
  ])
  func refusesWhatIsNoName(table: String) {
    #expect(throws: SQLError.unreadableTable(table)) { try SQLSource(table: table) }
  }

  @Test func relations() throws {
    #expect(
      try SQLSource(table: "sales.members").relation(.postgres) == "\"sales\".\"members\" AS source"
    )
    #expect(try SQLSource(table: "sales.members").relation(.spark) == "`sales`.`members` AS source")
    // the path is a literal reidrisk writes; a quote in it is doubled
    #expect(
      try SQLSource(table: "read_parquet('it''s/*.parquet')").relation(.duckdb)
        == "read_parquet('it''s/*.parquet') AS source")
    #expect(
      try SQLSource(table: "read_csv('m.csv')").relation(.duckdb)
        == "read_csv('m.csv', all_varchar = true) AS source")
    #expect(
      try SQLSource(table: "parquet.`/d/m`").relation(.spark) == "parquet.`/d/m` AS source")
    #expect(throws: SQLError.tableFunctionNotInDialect(function: "read_parquet", dialect: .spark)) {
      try SQLSource(table: "read_parquet('x')").relation(.spark)
    }
    // a query on lines of its own, so that a final -- comment cannot swallow the parenthesis
    #expect(
      try SQLSource(query: "SELECT * FROM m -- all\n ;").relation(.postgres)
        == "(\nSELECT * FROM m -- all\n) AS source")
  }

  @Test(arguments: [
    "SELECT 1; DROP TABLE members", "SELECT 'a\\'; DROP TABLE x; --'",
    "SELECT `a;b` FROM t", "SELECT 1 /* c */; SELECT 2", "SELECT $$;$$",
  ])
  func refusesSeveralStatements(query: String) {
    #expect(throws: SQLError.severalStatements) { try SQLSource(query: query) }
  }

  @Test func acceptsSemicolonsInsideQuotesAndComments() throws {
    let query = "SELECT 'a;b' AS x, \"c;d\" FROM t -- e;f\n/* g;h */"
    #expect(try SQLSource(query: query + ";") == .query(query))
    #expect(throws: SQLError.unterminatedQuery) { try SQLSource(query: "SELECT 'a") }
    #expect(throws: SQLError.emptyQuery) { try SQLSource(query: " ; ") }
  }
}
