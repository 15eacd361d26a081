import Foundation
import Testing

@testable import ReidRisk

/// The columns report: canned text, Markdown escaping, JSON keys.
@Suite struct ColumnsReportTests {
  static let text = """
    member_id,zip,notes
    m1,02139,Allergic to penicillin and asked for a call back after five.
    m2,10025,
    m3,02139,

    """

  func report(file: String = "c.csv") throws -> ColumnsReport {
    let dataset = try DatasetReader.read(Self.text, columns: ["member_id", "zip", "notes"])
    return ColumnsReport(file: file, dataset: dataset)
  }

  @Test func text() throws {
    // zip: 02139 twice, 10025 once → 2 distinct, 1 / 3 unique; notes: 2 of 3 empty
    #expect(
      ColumnsTextReport(useColor: false).render(try report()) == """
        c.csv  3 columns, 3 records

          column     type       role               distinct  unique  missing  evidence
          member_id  code       direct identifier         3    100%       0%  header "member_id" names a person's record key
          zip        zip        quasi identifier          2   33.3%       0%  header "zip" names a ZIP code or postcode
          notes      free text  sensitive                 2   33.3%    66.7%  header "notes" names free-text notes

        direct identifiers: member_id (every record is linkable through them: drop them, or replace them with random ids)
        suggested: --qi zip

        """)
  }

  @Test func markdownEscapesNames() throws {
    let markdown = ColumnsMarkdownReport.render(try report(file: "a|b.csv"))
    #expect(markdown.hasPrefix("## a\\|b.csv\n"))
    #expect(markdown.contains("| member\\_id | code | direct_identifier | 3 | 100% | 0% |"))
    #expect(markdown.contains("Suggested: `--qi zip`"))
  }

  @Test func jsonKeys() throws {
    let json = JSONReport.render([try report()], asArray: false)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "schema_version", "file", "records", "columns", "suggested_quasi_identifiers",
        "direct_identifiers",
        "warnings",
      ])
    let column = try #require((object["columns"] as? [[String: Any]])?.first)
    #expect(
      Set(column.keys) == [
        "name", "type", "role", "evidence", "distinct", "unique_fraction", "missing_fraction",
      ])
    #expect(column["role"] as? String == "direct_identifier")
  }
}
