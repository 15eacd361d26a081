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

  /// One failing file, one measured without bounds, with their size and digest.
  static func filedBatch() throws -> BatchReport {
    let options = ScanOptions(quasiIdentifiers: ["zip"], k: 2)
    // zip: A, A, B → k = 1, 1 unique of 3
    let dataset = try DatasetReader.read("zip\nA\nA\nB\n", columns: ["zip"])
    var bounded = options
    bounded.bounds = Bounds([.minK: 2, .maxUniques: 0.1])
    let failing = try RuleResult.measure(
      dataset, file: "a.csv", options: bounded, rule: RuleReference(name: "strict", line: 2),
      showValues: false)
    let open = try RuleResult.measure(
      dataset, file: "b.csv", options: options, rule: RuleReference(name: "open", line: 6),
      showValues: false)
    return BatchReport(
      policy: ".reidrisk.yml",
      files: [
        FileResult(
          file: "a.csv", results: [failing],
          input: InputFacts(bytes: 12, sha256: String(repeating: "a", count: 64))),
        FileResult(
          file: "b.csv", results: [open],
          input: InputFacts(bytes: 12, sha256: String(repeating: "b", count: 64))),
      ], generated: "2025-01-31T09:30:00Z", toolVersion: "1.2.3")
  }

  @Test func headerCountsNotAssessedApartAndFilesTheInputs() throws {
    let batch = try Self.filedBatch()
    #expect(batch.files.map(\.status) == [.fail, .notAssessed])
    #expect(batch.summary.notAssessed == 1 && batch.summary.passed == 0)
    let html = HTMLReport().render(batch)
    #expect(html.contains("0 passed, 1 failed, 1 not assessed, 0 could not be read"))
    #expect(html.contains("<dt>tool</dt><dd>reidrisk 1.2.3</dd>"))
    #expect(html.contains("<dt>date</dt><dd>2025-01-31T09:30:00Z</dd>"))
    // size, records read and SHA-256 of each file
    #expect(
      html.contains(
        "<tr><td>a.csv</td><td class=\"n\">12</td><td class=\"n\">3</td>"
          + "<td><code class=\"digest\">\(String(repeating: "a", count: 64))</code></td></tr>"))
    #expect(html.contains(String(repeating: "b", count: 64)))
  }

  @Test func badgesNeverSayPassWithoutBounds() throws {
    let html = HTMLReport().render(try Self.filedBatch())
    #expect(!html.contains("badge pass"))
    // b.csv's summary row and section: grey "not assessed", with its figures shown
    #expect(
      html.contains(
        "<span class=\"badge none\" title=\"no bound was set for this file\">not assessed</span>"))
    #expect(html.contains("Not assessed: no bound was set for this file"))
    // a.csv's summary row names the broken bounds by their policy keys
    #expect(
      html.contains(
        "<span class=\"badge fail\">fail</span> <code>min_k</code>, <code>max_uniques</code></td>"))
  }

  @Test func printStylesAndLogScale() throws {
    let html = HTMLReport().render(try Self.filedBatch())
    #expect(html.contains("@page { size: auto; margin: 15mm; }"))
    #expect(html.contains("section.file { break-before: page; }"))
    #expect(html.contains("records (log scale)"))
  }

  @Test func logScaleKeepsSmallBarsVisible() {
    // 5 records beside 50,000: on a linear scale 5 / 50,000 of the plot (0.02 units); on the
    // log scale log10(6) / log10(100,001) = 0.778 / 5.0 = 15.6% of it
    let chart = SVGBarChart(
      title: "t", xLabel: "x", yLabel: "y",
      bars: [
        .init(label: "1", segments: [.init(value: 5, style: "bad")]),
        .init(label: "2", segments: [.init(value: 50_000, style: "ok")]),
      ])
    let svg = chart.render()
    // plot height 240 − 22 − 48 = 170; 170 × 0.1556 = 26.5
    #expect(svg.contains("height=\"26.5\"><title>1: 5 records</title>"))
  }

  @Test func longLabelsAreTurned() {
    let labels = [
      "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11–20", "21–50", "51–100", "101–1000",
      ">1000",
    ]
    let chart = SVGBarChart(
      title: "t", xLabel: "x", yLabel: "y",
      bars: labels.map { .init(label: $0, segments: [.init(value: 3, style: "ok")]) })
    // 15 slots of (560 − 68) / 15 = 32.8 units; "101–1000" is 8 × 6.5 = 52 units wide
    #expect(chart.render().contains("rotate(-40"))
    let few = SVGBarChart(
      title: "t", xLabel: "x", yLabel: "y",
      bars: ["1", "2"].map { .init(label: $0, segments: [.init(value: 3, style: "ok")]) })
    #expect(!few.render().contains("rotate(-40"))
  }

  @Test func flaggedBeyondKIsAFigureOfTheReport() throws {
    var report = try #require(try Self.filedBatch().files[0].results.first?.report)
    // 1 record in a class smaller than k = 2; 4 flagged → 3 flagged on a sensitive column
    report.flagged.records = 4
    #expect(report.recordsBelowK == 1)
    #expect(report.recordsFlaggedBeyondK == 3)
  }
}
