import Testing

@testable import ReidRisk

/// Linkage figures on `LinkFixture`, computed by hand.
@Suite struct LinkageTests {
  @Test func exportSide() throws {
    let link = try LinkFixture.linkage().report.link
    // 7 export records; m(A) = 2 (v1, v2), m(B) = 1, m(C) = 1, m(D) = 3, m(E) = 0, m(F) = 5
    #expect(link.records == 7)
    // re-identified: B's m3 and C's m4 (one outside match each) = 2, both alone in the export
    #expect(link.reidentified == 2)
    #expect(link.reidentifiedOneToOne == 2)
    // ambiguous: A's 2 records (m = 2) + D's 1 record (m = 3) = 3
    #expect(link.ambiguous == 3)
    // hidden: F's 1 record (m = 5)
    #expect(link.hidden == 1)
    // not found: E's m6 (missing ZIP); 7 − 2 − 3 − 1 = 1
    #expect(link.notFound == 1)
    #expect(link.recordsWithMissingValue == 1)
    #expect(link.on == ["zip", "dob", "gender"])
  }

  @Test func outsideSide() throws {
    let link = try LinkFixture.linkage().report.link
    #expect(link.outsideRecords == 14)
    // in the export: v1, v2 (A) + v3 (B) + v4–v6 (D) + v9 (C) + v10–v14 (F) = 2 + 1 + 3 + 1 + 5 = 12
    #expect(link.outsideInExport == 12)
    // v8 has no ZIP
    #expect(link.outsideWithMissingValue == 1)
    // matching one export record: classes of export size 1: B 1 + C 1 + D 3 + F 5 = 10
    #expect(link.outsideMatchingOneRecord == 10)
    // δ = min(1, f/m): A 2/2 = 1, B 1/1, C 1/1, D 1/3, F 1/5 → highest 1;
    // certain (f ≥ m): A's 2 + B's 1 + C's 1 = 4 outside records
    #expect(link.presence.highest == 1)
    #expect(link.presence.outsideRecordsCertain == 4)
  }

  @Test func perRecordMatches() throws {
    let linkage = try LinkFixture.linkage()
    // m1 … m7 in file order: A, A, B, C, D, E, F
    #expect((0..<7).map(linkage.outsideMatches(ofRecord:)) == [2, 2, 1, 1, 3, 0, 5])
  }

  @Test func exactBytesMatchLess() throws {
    let link = try LinkFixture.linkage(LinkOptions(normalises: false)).report.link
    // exact: only v9 (= C) and v10–v14 (= F) are spelled as in the export
    #expect(link.reidentified == 1)  // m4
    #expect(link.hidden == 1)  // m7
    #expect(link.ambiguous == 0)
    #expect(link.notFound == 5)
    #expect(link.outsideInExport == 6)
    #expect(link.columns.allSatisfy { $0.rule == .exact })
  }

  @Test func excludedRecordsAreLeftOut() throws {
    let link = try LinkFixture.linkage(LinkOptions(missingPolicy: .exclude)).report.link
    // m6 left out: 6 records, none of them not found
    #expect(link.records == 6)
    #expect(link.recordsExcluded == 1)
    #expect(link.notFound == 0)
  }

  @Test func normalisationIsListed() throws {
    let columns = try LinkFixture.linkage().report.link.columns
    #expect(columns.map(\.rule) == [.zip, .date, .gender])
    // outside spellings changed: ZIP "2139" (1); dates "03/07/1980", "7 Mar 1980", "12/25/1975",
    // "15.06.1985" (4); sex "F", "M", "m", "Male" (4; "female" is already normal)
    #expect(columns.map(\.outsideRespelled) == [1, 4, 4])
    // export: gender "F" and "M" become "female" and "male"
    #expect(columns.map(\.respelled) == [0, 0, 2])
  }

  @Test func boundOnReidentifiedShare() throws {
    let report = try LinkFixture.linkage(LinkOptions(maximumReidentified: 0.25)).report
    // 2 / 7 = 0.2857 > 0.25
    #expect(!report.isWithinBounds)
    #expect(report.bounds.first?.option == "--max-reidentified")
    let loose = try LinkFixture.linkage(LinkOptions(maximumReidentified: 0.3)).report
    #expect(loose.isWithinBounds)
  }
}
