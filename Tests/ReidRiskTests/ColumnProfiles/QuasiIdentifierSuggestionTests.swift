import Testing

@testable import ReidRisk

/// `scan` without `--qi`: the suggestion, its note and its warning.
@Suite struct QuasiIdentifierSuggestionTests {
  @Test func suggestsAndWarns() throws {
    let text = "email,zip,gender,events\nann@example.org,02139,F,3\nbob@example.net,10025,M,4\n"
    let dataset = try DatasetReader.read(text, columns: ["email", "zip", "gender", "events"])
    let suggestion = QuasiIdentifierSuggestion(dataset: dataset)
    #expect(suggestion.quasiIdentifiers == ["zip", "gender"])
    #expect(suggestion.directIdentifiers == ["email"])
    #expect(
      suggestion.note
        == "no --qi given: using the suggested quasi-identifiers zip, gender (see reidrisk columns FILE)"
    )
    #expect(
      suggestion.warning?.hasPrefix("the file holds direct identifiers (email): every record")
        == true)
  }

  @Test func nothingToSuggest() throws {
    let dataset = try DatasetReader.read("events\n3\n4\n", columns: ["events"])
    let suggestion = QuasiIdentifierSuggestion(dataset: dataset)
    #expect(suggestion.note == nil)
    #expect(suggestion.warning == nil)
    // scan without --qi: the error names the file once (it said "t.csv: t.csv: no column")
    #expect(
      throws: ScanError(file: "t.csv", reason: QuasiIdentifierSuggestion.noneFound)
    ) { _ = try Scan(dataset: dataset, file: "t.csv", options: ScanOptions(quasiIdentifiers: [])) }
    #expect(
      ScanError(file: "t.csv", reason: QuasiIdentifierSuggestion.noneFound).description
        == "t.csv: no column looks like a quasi-identifier by its header or values; give --qi")
  }
}
