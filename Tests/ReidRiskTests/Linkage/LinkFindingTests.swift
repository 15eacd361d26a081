import Testing

@testable import ReidRisk

/// The re-identified records and their flags file.
@Suite struct LinkFindingTests {
  @Test func findingsNameTheOutsideRecord() throws {
    let findings = try LinkFixture.linkage().findings()
    // m3 (record 3, line 4) ↔ v3 (record 3, line 4); m4 (record 4, line 5) ↔ v9 (record 9, line 10)
    #expect(findings.map(\.record) == [3, 4])
    #expect(findings.map(\.line) == [4, 5])
    #expect(findings.map(\.outsideRecord) == [3, 9])
    #expect(findings.map(\.outsideLine) == [4, 10])
    #expect(findings.map(\.id) == ["m3", "m4"])
    #expect(findings.allSatisfy { $0.outsideValues == nil && $0.values == nil })
  }

  @Test func valuesOnlyWhenAsked() throws {
    let findings = try LinkFixture.linkage().findings(showValues: true)
    #expect(findings[0].outsideValues == ["v3", "Carl Three"])
    #expect(findings[0].values == ["10001", "1975-12-25", "M"])
  }

  @Test func flagsCSV() throws {
    let findings = try LinkFixture.linkage().findings()
    let csv = LinkFlagsCSV.render(
      findings, idColumn: "member_id", outsideIdColumns: ["voter_id", "name"],
      joinColumns: ["zip", "dob", "gender"],
      showValues: false)
    #expect(
      csv == """
        record,line,outside_record,outside_line,class_size,reason,member_id
        3,4,3,4,1,"one outside record shares zip, dob, gender, and no other export record does",m3
        4,5,9,10,1,"one outside record shares zip, dob, gender, and no other export record does",m4

        """)
  }

  @Test func flagsCSVWithValuesNeutralisesFormulas() {
    let finding = LinkFinding(
      record: 1, line: 2, outsideRecord: 5, outsideLine: 6, classSize: 2,
      reason: LinkFinding.reason(classSize: 2, columns: ["zip"]), id: nil,
      outsideValues: ["=HYPERLINK(1)"],
      values: ["02139"])
    let csv = LinkFlagsCSV.render(
      [finding], idColumn: nil, outsideIdColumns: ["name"], joinColumns: ["zip"], showValues: true)
    #expect(
      csv == """
        record,line,outside_record,outside_line,class_size,reason,outside_name,zip
        1,2,5,6,2,one outside record shares zip with this record and 1 other export record,'=HYPERLINK(1),02139

        """)
  }
}
