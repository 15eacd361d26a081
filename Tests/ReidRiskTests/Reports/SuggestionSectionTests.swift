import Testing

@testable import ReidRisk

/// The "what would make it safe" section of `report --suggest` and `suggest --format
/// markdown`: the settings of the six-record table of `LatticeSearchTests`, names escaped.
@Suite struct SuggestionSectionTests {
  private func report(_ header: String = "age") throws -> SuggestionReport {
    let csv = "\(header),gender\n31,F\n32,F\n33,F\n34,M\n45,M\n46,M\n"
    let dataset = try DatasetReader.read(csv, columns: [header, "gender"])
    let options = SuggestOptions(
      quasiIdentifiers: [.init(name: header), .init(name: "gender")], k: 2)
    return try Suggestion(dataset: dataset, file: "t.csv", options: options).report
  }

  @Test func markdownListsTheSettingsBestFirst() throws {
    let text = SuggestionSection.markdown(try report(), heading: "###")
    #expect(text.hasPrefix("### What would make it safe\n"))
    // [4,0] loss 1/2, discernibility 18, k 3; [1,1] loss 5/8, discernibility 20, k 2
    #expect(text.contains("| `age:*,gender` | 3 | 2 | 0 | 0 | 0.5 | 18 |"))
    #expect(text.contains("| `age:5,gender:*` | 2 | 2 | 0 | 0 | 0.625 | 20 |"))
    #expect(text.contains("7 of 10 settings evaluated."))
  }

  @Test func htmlEscapesColumnNames() throws {
    let html = SuggestionSection.html(try report("<b>age"))
    #expect(html.contains("<code>&lt;b&gt;age:*,gender</code>"))
    #expect(!html.contains("<b>age"))
  }

  @Test func textNamesTheClosestWhenNothingReaches() throws {
    let csv = "age,gender\n31,F\n"
    let dataset = try DatasetReader.read(csv, columns: ["age", "gender"])
    let options = SuggestOptions(
      quasiIdentifiers: [.init(name: "age"), .init(name: "gender")], k: 2)
    let report = try Suggestion(dataset: dataset, file: "t.csv", options: options).report
    // one record: no class can reach 2
    #expect(report.suggestions.isEmpty)
    #expect(SuggestionTextReport.render(report).contains("no setting reaches the targets"))
    #expect(SuggestionSection.markdown(report, heading: "##").contains("No setting reaches"))
  }
}
