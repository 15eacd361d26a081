import Foundation
import Testing

@testable import ReidRisk

/// The linkage renderers against canned output, and the JSON contract.
@Suite struct LinkReportRenderTests {
  @Test func text() throws {
    let report = try LinkFixture.linkage().report
    #expect(
      LinkTextReport(useColor: false).render(report) == """
        export.csv  linked with  outside.csv  on zip, dob, gender

        export  (export.csv)
          records                       7  export records counted
          re-identified         2 (28.6%)  exactly one outside record shares their zip, dob, gender: the attacker puts its name on them
            one-to-one          2 (28.6%)  of those, alone in the export on zip, dob, gender: the link holds both ways
          ambiguous             3 (42.9%)  2 to 4 outside records share their values: a short list of candidate names
          hidden                1 (14.3%)  5 or more outside records share their values
          not found             1 (14.3%)  no outside record shares their values
          missing values                1  records with a missing join value: a missing value never matches, so not found

        outside  (outside.csv)
          records                      14  outside records read
          in the export        12 (85.7%)  their zip, dob, gender appear in the export: the attacker learns they are probably in it
          matching one record  10 (71.4%)  their values single out one export record
          highest presence              1  δ = min(1, export / outside records sharing the values): the chance such a person is in the export, if the outside file covers everyone
          certainly present     4 (28.6%)  outside records with δ = 1: as many export records as outside records share their values
          missing values                1  outside records with a missing join value, never matched

        join columns  (values normalised; --exact compares exact bytes)
          zip = ZIP Code    synonyms; ZIP codes with leading zeros, postcodes upper case; 0 export and 1 outside spellings changed
          dob = birth date  synonyms; dates to ISO yyyy-mm-dd (a/b/yyyy read month first); 0 export and 4 outside spellings changed
          gender = sex      synonyms; gender codes to female / male / non-binary; 2 export and 4 outside spellings changed

        """)
  }

  @Test func colourOnlyWhenAsked() throws {
    let report = try LinkFixture.linkage().report
    #expect(!LinkTextReport(useColor: false).render(report).contains("\u{1B}"))
    #expect(LinkTextReport(useColor: true).render(report).contains("\u{1B}[31m"))
  }

  @Test func namesFromTheInputAreEscaped() throws {
    var report = try LinkFixture.linkage().report
    report.outsideFile = "evil\u{1B}[2J.csv"
    report.link.on = ["zip|`x`"]
    #expect(!LinkTextReport(useColor: false).render(report).contains("\u{1B}"))
    let markdown = LinkMarkdownReport.render(report)
    #expect(markdown.contains("Joined on: zip\\|\\`x\\`\n"))
    #expect(!markdown.contains("\u{1B}"))
  }

  @Test func jsonKeys() throws {
    let report = try LinkFixture.linkage(LinkOptions(maximumReidentified: 0.5)).report
    let json = JSONReport.render([report], asArray: false)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "schema_version", "file", "outside_file", "normalised", "link", "bounds", "verdict",
        "warnings",
      ])
    let link = try #require(object["link"] as? [String: Any])
    #expect(
      Set(link.keys) == [
        "on", "columns", "records", "records_excluded", "records_with_missing_value",
        "reidentified",
        "reidentified_one_to_one", "ambiguous", "hidden", "not_found", "outside_records",
        "outside_in_export",
        "outside_matching_one_record", "outside_with_missing_value", "presence",
      ])
    let column = try #require((link["columns"] as? [[String: Any]])?.first)
    #expect(
      Set(column.keys) == [
        "column", "outside_column", "pairing", "rule", "normalisation", "respelled",
        "outside_respelled",
      ])
    #expect(object["verdict"] as? String == "pass")
  }
}
