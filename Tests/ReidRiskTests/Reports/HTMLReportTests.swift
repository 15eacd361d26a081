import Foundation
import Testing

@testable import ReidRisk

@Suite struct HTMLReportTests {
  /// A hostile file: its name, a column name and a value carry markup.
  static let csv = "id,<b>zip</b>,gender\n1,<script>alert(1)</script>,F\n2,A,F\n3,A,F\n4,B&C,M\n"

  static func batch(showValues: Bool) throws -> BatchReport {
    let options = ScanOptions(
      quasiIdentifiers: ["<b>zip</b>", "gender"], k: 2, bounds: Bounds([.minK: 2]))
    let dataset = try DatasetReader.read(csv, columns: options.requestedColumns)
    let result = try RuleResult.measure(
      dataset, file: "<img src=x onerror=alert(1)>.csv", options: options, rule: nil,
      showValues: showValues)
    return BatchReport(
      policy: nil,
      files: [
        FileResult(file: "<img src=x onerror=alert(1)>.csv", results: [result]),
        FileResult(file: "bad\"'.csv", error: "bad\"'.csv: record 1 (line 2): <oops>"),
      ], generated: "2025-01-31T09:30:00Z")
  }

  @Test func everyInputStringIsEscaped() throws {
    let html = HTMLReport(showValues: true).render(try Self.batch(showValues: true))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(!html.contains("<oops>"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;.csv"))
    #expect(html.contains("<code>&lt;b&gt;zip&lt;/b&gt;</code>"))
    #expect(html.contains("bad&quot;&#39;.csv"))
    // with --show-values the flagged values appear, escaped
    #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
    #expect(html.contains("<td>B&amp;C</td>"))
  }

  @Test func noValuesWithoutShowValues() throws {
    let html = HTMLReport(showValues: false).render(try Self.batch(showValues: false))
    #expect(!html.contains("alert(1)&lt;/script"))
    #expect(!html.contains("B&amp;C"))
    // the counts per reason are there: classes A,F ×2; the script value and B&C are unique
    #expect(
      html.contains(
        "<tr><td>unique on &lt;b&gt;zip&lt;/b&gt;, gender</td><td class=\"n\">2</td><td class=\"n\">2</td></tr>"
      ))
  }

  @Test func selfContained() throws {
    let html = HTMLReport().render(try Self.batch(showValues: false))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains(" src=\""))  // the file name's "src=x" is escaped text, not an attribute
    #expect(!html.contains("@import"))
    #expect(!html.contains("url("))
    // one SVG per chart: class sizes and record risk for the file that was read
    #expect(html.components(separatedBy: "<svg").count - 1 == 2)
    #expect(html.contains("made 2025-01-31T09:30:00Z"))
    #expect(html.contains("id=\"methods\""))
  }

  @Test func escapeCoversTheFiveCharacters() {
    #expect(
      HTMLReport.escape("<a href=\"x\">'&'</a>")
        == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    #expect(HTMLReport.escape("tab\there") == "tab\\u{9}here")
  }

  @Test func classSizeChartSplitsRecordsAtK() throws {
    // classes (A,F): 2, (script,F): 1, (B&C,M): 1 → size 1: 2 records below k = 2, size 2: 2 records
    let report = try #require(try Self.batch(showValues: false).files[0].results.first?.report)
    let svg = HTMLCharts.classSizes(report)
    #expect(svg.contains("<rect class=\"bad\""))
    #expect(svg.contains("<title>1: 2 records</title>"))
    #expect(svg.contains("<title>2: 2 records</title>"))
  }
}
