import Testing

@testable import ReidRisk

/// Generalization inside a scan: dictionaries mapped, values that do not parse kept and
/// counted, missing values left missing (except under `:*`).
@Suite struct GeneralizedScanTests {
  // 11 records. birth_date: 9 dates, one "unknown", one empty (missing): 9 of the 10
  // non-missing values are dates, 90%, so the column is a date column. age: integers and
  // "n/a" (a --na token).
  static let csv = """
    birth_date,age,gender
    1987-05-17,37,F
    1987-11-02,31,F
    1988-01-09,45,M
    1987-05-30,39,F
    unknown,n/a,M
    ,30,F
    1990-03-03,52,M
    1990-07-21,55,M
    1991-12-12,58,M
    1988-06-06,44,M
    1987-01-01,33,F

    """

  private func scan(_ qi: String, na: [String] = ["n/a"]) throws -> Scan {
    let split = try QuasiIdentifierSpec.split(QuasiIdentifierSpec.parse(qi))
    let dataset = try DatasetReader.read(Self.csv, columns: split.names)
    var options = ScanOptions(quasiIdentifiers: split.names, missingTokens: na)
    options.generalizations = split.generalizations
    return try Scan(dataset: dataset, file: "t.csv", options: options)
  }

  @Test func yearAndBands() throws {
    let scan = try scan("birth_date:year,age:10,gender")
    // keys: (1987,30-39,F) records 1, 2, 4, 11; (1988,40-49,M) 3, 10; (unknown,n/a,M) 5;
    // (,30-39,F) 6; (1990,50-59,M) 7, 8; (1991,50-59,M) 9 → 6 classes, sizes 4, 2, 1, 1, 2, 1
    #expect(scan.report.equivalenceClasses == 6)
    #expect(scan.report.k == 1)
    #expect(scan.report.sampleUniques.records == 3)
    let notes = scan.report.generalizations
    #expect(notes.map(\.column) == ["birth_date", "age"])
    // birth_date: 11 distinct (9 dates, "unknown", "") → 1987, 1988, unknown, "", 1990, 1991
    // = 6; "unknown" is the one value that is not a date; the empty cell is missing, not counted
    #expect(notes[0].type == .date)
    #expect(notes[0].distinctBefore == 11)
    #expect(notes[0].distinctAfter == 6)
    #expect(notes[0].notApplicableRecords == 1)
    #expect(
      notes[0].summary
        == ":year (date): 11 distinct values became 6; 1 values of birth_date are not dates and"
        + " were kept as they are")
    // age: 11 distinct → 30-39, 40-49, n/a, 50-59: "n/a" is missing, so nothing counted
    #expect(notes[1].type == .integer)
    #expect(notes[1].distinctAfter == 4)
    #expect(notes[1].notApplicableRecords == 0)
  }

  @Test func starMakesMissingValuesStarToo() throws {
    // birth_date:* puts every record, the missing one included, in one value "*";
    // with gender: (*, F) records 1, 2, 4, 6, 11 and (*, M) 3, 5, 7, 8, 9, 10
    let scan = try scan("birth_date:*,gender")
    #expect(scan.report.equivalenceClasses == 2)
    #expect(scan.report.k == 5)
    #expect(scan.report.missing.records == 0)
  }

  @Test func missingStaysMissingUnderOtherLevels() throws {
    // the empty birth date stays empty: one record with a missing quasi-identifier
    let scan = try scan("birth_date:decade")
    #expect(scan.report.missing.records == 1)
    // 1980s: records 1, 2, 3, 4, 10, 11; unknown; ""; 1990s: 7, 8, 9 → 4 classes
    #expect(scan.report.equivalenceClasses == 4)
  }

  @Test func aLevelThatDoesNotFitStopsTheScan() throws {
    #expect {
      try scan("gender:year")
    } throws: { error in
      (error as? ScanError)?.reason.hasPrefix("\"gender\" holds categorical values") == true
    }
  }

  @Test func theReportsShowTheGeneralizations() throws {
    let report = try scan("birth_date:year,gender").report
    #expect(TextReport(useColor: false).render(report).contains("generalizations"))
    #expect(MarkdownReport.render(report).contains("### Generalizations"))
    #expect(JSONReport.render([report], asArray: false).contains("\"not_applicable_records\" : 1"))
    let plain = try scan("birth_date,gender").report
    #expect(!TextReport(useColor: false).render(plain).contains("generalizations"))
  }

  @Test func aSupersetIsGeneralizedLikeTheFile() throws {
    // sample: 1987-05-17, 1987-06-01, 1990-01-01; superset: those and 1987-07-02, 1990-02-02,
    // 1991-03-03. At :year the sample classes are 1987 ×2 and 1990 ×1; the superset holds
    // 1987 ×3, 1990 ×2 (and 1991, in no sample class): F = (3, 2), N = 6.
    // journalist highest risk = 1 / min F = 1/2, lowest 1/3
    let sample = try DatasetReader.read(
      "birth_date\n1987-05-17\n1987-06-01\n1990-01-01\n", columns: ["birth_date"])
    let superset = try DatasetReader.read(
      "birth_date\n1987-05-17\n1987-06-01\n1990-01-01\n1987-07-02\n1990-02-02\n1991-03-03\n",
      columns: ["birth_date"])
    var options = ScanOptions(quasiIdentifiers: ["birth_date"])
    options.generalizations = ["birth_date": .year]
    let report = try Scan(
      dataset: sample, file: "t.csv", options: options, populationSource: .superset(superset)
    ).report
    #expect(report.equivalenceClasses == 2)
    #expect(report.population.size == 6)
    #expect(report.journalist.highestRisk == 0.5)
    #expect(abs(report.journalist.lowestRisk - 1.0 / 3) < 1e-12)
  }
}
