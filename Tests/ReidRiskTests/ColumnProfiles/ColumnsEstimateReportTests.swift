import Foundation
import Testing

@testable import ReidRisk

/// Estimated figures are marked as such in every format, and only they.
@Suite struct ColumnsEstimateReportTests {
  /// member_id: 300 distinct values (past a bound of 100); gender: 2 (exact).
  static func report() throws -> ColumnsReport {
    var text = "member_id,gender\n"
    for value in 0..<300 { text += "m\(value),\(value % 2 == 0 ? "F" : "M")\n" }
    let bound = ProfileBound(values: 100, bytes: 1 << 20)
    let read = try ProfileTalliesTests.profiles(text, bound: bound)
    return ColumnsReport(
      file: "m.csv", dataset: read.dataset, profiles: read.profiles, bound: bound)
  }

  @Test func text() throws {
    let text = ColumnsTextReport(useColor: false).render(try Self.report())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let id = try #require(lines.first { $0.hasPrefix("  member_id") })
    let gender = try #require(lines.first { $0.hasPrefix("  gender") })
    // 100 exact + the sketch's estimate of the other 200, within its error
    let estimated = try Self.report().columns[0]
    #expect(abs(estimated.distinct - 300) <= 3)
    #expect(id.contains("≈ \(Formatting.count(estimated.distinct))  "))
    #expect(id.contains("≈ " + Formatting.percent(estimated.uniqueFraction)))
    #expect(!gender.contains("≈"))
    #expect(
      text.contains(
        "  ≈ estimated: past 100 distinct values (or 1 MiB of them) a column's distinct count"
          + " comes from a HyperLogLog sketch (±0.8% at one standard error) and its unique share"
          + " from a sample of its values (±0.6 points); the other figures are exact\n"))
  }

  @Test func markdown() throws {
    let markdown = ColumnsMarkdownReport.render(try Self.report())
    let estimated = try Self.report().columns[0]
    #expect(
      markdown.contains(
        "| member\\_id | code | direct_identifier | ≈ \(Formatting.count(estimated.distinct)) | ≈ "
          + Formatting.percent(estimated.uniqueFraction) + " | 0% |"))
    #expect(markdown.contains("| gender | categorical | quasi_identifier | 2 | 0% | 0% |"))
    #expect(markdown.contains("\n≈ estimated: past 100 distinct values"))
  }

  @Test func json() throws {
    let json = JSONReport.render([try Self.report()], asArray: false)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let columns = try #require(object["columns"] as? [[String: Any]])
    #expect(columns[0]["distinct"] as? Int == (try Self.report().columns[0].distinct))
    #expect(columns[0]["distinct_estimated"] as? Bool == true)
    #expect(columns[0]["unique_fraction_estimated"] as? Bool == true)
    // exact figures carry no flag at all, so reports below the bound are unchanged
    #expect(columns[1]["distinct_estimated"] == nil)
    #expect(columns[1]["unique_fraction_estimated"] == nil)
  }

  @Test func exactReportHasNoNote() throws {
    let dataset = try DatasetReader.read("a,b\n1,2\n", columns: ["a", "b"])
    let report = ColumnsReport(file: "x.csv", dataset: dataset)
    #expect(report.estimateNote == nil)
    #expect(!ColumnsTextReport(useColor: false).render(report).contains("≈"))
  }
}
