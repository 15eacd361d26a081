import Testing

@testable import ReidRisk

@Suite struct SQLDialectTests {
  /// Each dialect's quoting of one name holding both quote characters.
  @Test(arguments: [
    (SQLDialect.postgres, "\"a\"\"b`c\""), (.duckdb, "\"a\"\"b`c\""), (.trino, "\"a\"\"b`c\""),
    (.snowflake, "\"a\"\"b`c\""), (.spark, "`a\"b``c`"), (.bigquery, "`a\"b\\`c`"),
  ])
  func quotesIdentifiers(dialect: SQLDialect, expected: String) throws {
    #expect(try dialect.identifier("a\"b`c") == expected)
  }

  @Test(arguments: [
    (SQLDialect.postgres, "'it''s \\ ok'"), (.duckdb, "'it''s \\ ok'"), (.trino, "'it''s \\ ok'"),
    (.spark, "'it\\'s \\\\ ok'"), (.bigquery, "'it\\'s \\\\ ok'"), (.snowflake, "'it\\'s \\\\ ok'"),
  ])
  func quotesLiterals(dialect: SQLDialect, expected: String) throws {
    #expect(try dialect.literal("it's \\ ok") == expected)
  }

  @Test(arguments: SQLDialect.allCases)
  func refusesNulAndEmptyNames(dialect: SQLDialect) {
    #expect(throws: SQLError.nulInName) { try dialect.identifier("zip\0; DROP TABLE x") }
    #expect(throws: SQLError.emptyName) { try dialect.identifier("") }
    #expect(throws: SQLError.nulInText) { try dialect.literal("N/A\0") }
  }

  /// A hostile name becomes one quoted identifier: after removing the doubled (or escaped)
  /// quotes, no quote of the dialect is left inside, so the name cannot close it early.
  @Test(arguments: SQLDialect.allCases)
  func hostileNamesStayInsideTheirQuotes(dialect: SQLDialect) throws {
    let hostile = [
      "zip\"; DROP TABLE members; --", "zip`; DROP TABLE members; --", "a'b", "line\nfeed",
      "semi;colon", "-- comment", "/* open", "back\\slash\"", "\\`",
    ]
    for name in hostile {
      let quoted = try dialect.identifier(name)
      let quote: Character = dialect == .spark || dialect == .bigquery ? "`" : "\""
      #expect(quoted.first == quote && quoted.last == quote)
      var inner = Substring(quoted.dropFirst().dropLast())
      var closesEarly = false
      while let character = inner.first {
        inner = inner.dropFirst()
        if dialect == .bigquery && character == "\\" {
          inner = inner.dropFirst()
        } else if character == quote {
          if inner.first == quote { inner = inner.dropFirst() } else { closesEarly = true }
        }
      }
      #expect(!closesEarly, "\(dialect): \(quoted)")
    }
  }

  @Test func placeholders() {
    // parameter 0 and 1 of each dialect
    #expect(SQLDialect.allCases.map { $0.placeholder(1) } == ["$2", "$2", ":p2", "@p2", "?", "?"])
  }
}
