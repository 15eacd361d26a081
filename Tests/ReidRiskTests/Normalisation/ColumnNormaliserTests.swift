import Testing

@testable import ReidRisk

/// Choosing a column's rule and applying it to the dictionary.
@Suite struct ColumnNormaliserTests {
  func dictionary(_ values: [String]) -> ValueDictionary {
    var dictionary = ValueDictionary()
    for value in values { _ = dictionary.code(of: Array(value.utf8)) }
    return dictionary
  }

  @Test func conceptPicksTheRule() {
    #expect(ColumnNormaliser.infer(header: "DOB", dictionaries: []).rule == .date)
    #expect(ColumnNormaliser.infer(header: "Postal Code", dictionaries: []).rule == .zip)
    #expect(ColumnNormaliser.infer(header: "sex", dictionaries: []).rule == .gender)
    #expect(ColumnNormaliser.infer(header: "city", dictionaries: []).rule == .text)
  }

  @Test func valuesMakeAnUnnamedColumnADateColumn() {
    // 9 of 10 values are dates → date rule (90%)
    let values = (1...9).map { "1980-01-0\($0)" } + ["unknown"]
    #expect(
      ColumnNormaliser.infer(header: "when", dictionaries: [dictionary(values)]).rule == .date)
    // 8 of 10 → text
    let fewer = (1...8).map { "1980-01-0\($0)" } + ["unknown", "later"]
    #expect(ColumnNormaliser.infer(header: "when", dictionaries: [dictionary(fewer)]).rule == .text)
  }

  @Test func orderIsLearntFromAllDictionaries() {
    let export = dictionary(["1980-03-07"])
    let outside = dictionary(["25/12/1980", "03/07/1980"])
    let normaliser = ColumnNormaliser.infer(header: "birth_date", dictionaries: [export, outside])
    #expect(normaliser.dateOrder == .dayFirst)
  }

  @Test func columnIsRemappedAndMissingValuesBecomeEmpty() throws {
    // values: "Boston", " boston", "BOSTON", "N/A", "", "Paris"
    let dataset = try DatasetReader.read(
      "city\nBoston\n\" boston\"\nBOSTON\nN/A\n\nParis\n", columns: ["city"])
    let column = try #require(dataset.column(named: "city"))
    let normalised = column.normalised(by: ColumnNormaliser(rule: .text), missingTokens: ["N/A"])
    // 5 distinct before ("Boston", " boston", "BOSTON", "N/A", "Paris") — the empty line is no
    // record — and 3 after ("boston", "", "paris"): 2 merged
    #expect(normalised.distinctBefore == 5)
    #expect(normalised.column.dictionary.count == 3)
    #expect(normalised.mergedValues == 2)
    let values = normalised.column.codes.map { normalised.column.dictionary.string(of: $0) }
    #expect(values == ["boston", "boston", "boston", "", "paris"])
  }

  @Test func summaryNamesWhatWasLearnt() {
    #expect(ColumnNormaliser(rule: .date, dateOrder: .dayFirst).summary.contains("day first"))
    #expect(ColumnNormaliser(rule: .zip, padsZipCodes: false).summary.contains("no zeros added"))
  }
}
