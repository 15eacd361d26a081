import Foundation
import Testing

/// `reidrisk link`, run as a user would: stdout, stderr, exit code, files written.
@Suite struct LinkEndToEndTests {
  /// The export and outside file of the core tests' `LinkFixture`: 7 export records, 2 of them
  /// re-identified (m3 ↔ v3, m4 ↔ v9), 3 ambiguous, 1 hidden, 1 not found.
  static let export = """
    member_id,zip,dob,gender
    m1,02139,1980-03-07,F
    m2,02139,1980-03-07,F
    m3,10001,1975-12-25,M
    m4,10001,1990-01-01,F
    m5,94110,1985-06-15,M
    m6,,1970-01-01,F
    m7,30309,1960-02-29,F

    """

  static let outside = """
    voter_id,name,ZIP Code,birth date,sex
    v1,Ann One,2139,03/07/1980,female
    v2,Bea Two,02139,7 Mar 1980,F
    v3,Carl Three,10001,12/25/1975,M
    v4,Dan Four,94110,1985-06-15,m
    v5,Ed Five,94110,1985-06-15,Male
    v6,Fred Six,94110,15.06.1985,M
    v7,Gus Seven,60614,1980-03-07,F
    v8,Hal Eight,,1970-01-01,F
    v9,Ida Nine,10001,1990-01-01,F
    v10,Jo Ten,30309,1960-02-29,F
    v11,Kim Eleven,30309,1960-02-29,F
    v12,Lu Twelve,30309,1960-02-29,F
    v13,Mo Thirteen,30309,1960-02-29,F
    v14,Ned Fourteen,30309,1960-02-29,F

    """

  static func folder() throws -> URL {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["export.csv": export, "outside.csv": outside], in: folder)
    return folder
  }

  static var sampleData: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("sample-data")
  }

  @Test func textReportAndExitZero() throws {
    let run = try BinaryRun.reidrisk(
      ["link", "export.csv", "--against", "outside.csv"], in: try Self.folder())
    #expect(run.status == 0)
    #expect(run.standardError.isEmpty)
    #expect(
      run.standardOutput.hasPrefix("export.csv  linked with  outside.csv  on zip, dob, gender\n"))
    // 2 of 7 = 28.6%
    #expect(run.standardOutput.contains("re-identified         2 (28.6%)"))
    #expect(run.standardOutput.contains("zip = ZIP Code    synonyms; ZIP codes with leading zeros"))
    // no values of the input in the default report
    #expect(!run.standardOutput.contains("Carl"))
    #expect(!run.standardOutput.contains("10001"))
  }

  @Test func jsonLinkObject() throws {
    let run = try BinaryRun.reidrisk(
      ["link", "export.csv", "--against", "outside.csv", "--format", "json"], in: try Self.folder())
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(object["schema_version"] as? Int == 1)
    #expect(object["outside_file"] as? String == "outside.csv")
    let link = try #require(object["link"] as? [String: Any])
    #expect(link["on"] as? [String] == ["zip", "dob", "gender"])
    #expect(link["records"] as? Int == 7)
    #expect(link["reidentified"] as? Int == 2)
    #expect(link["ambiguous"] as? Int == 3)
    #expect(link["hidden"] as? Int == 1)
    #expect(link["not_found"] as? Int == 1)
    #expect(link["outside_records"] as? Int == 14)
    #expect(link["outside_in_export"] as? Int == 12)
  }

  @Test func flagsWithAndWithoutValues() throws {
    let folder = try Self.folder()
    let run = try BinaryRun.reidrisk(
      [
        "link", "export.csv", "--against", "outside.csv", "--id", "member_id", "--flags",
        "linked.csv",
      ], in: folder)
    #expect(run.status == 0)
    let flags = try String(contentsOf: folder.appendingPathComponent("linked.csv"), encoding: .utf8)
    #expect(
      flags == """
        record,line,outside_record,outside_line,class_size,reason,member_id
        3,4,3,4,1,"one outside record shares zip, dob, gender, and no other export record does",m3
        4,5,9,10,1,"one outside record shares zip, dob, gender, and no other export record does",m4

        """)
    let shown = try BinaryRun.reidrisk(
      ["link", "export.csv", "--against", "outside.csv", "--flags", "shown.csv", "--show-values"],
      in: folder)
    #expect(shown.status == 0)
    let values = try String(contentsOf: folder.appendingPathComponent("shown.csv"), encoding: .utf8)
    // the outside columns whose header names a direct identifier: voter_id, name
    #expect(
      values.hasPrefix(
        "record,line,outside_record,outside_line,class_size,reason,outside_voter_id,outside_name,zip,dob,gender\n"
      ))
    #expect(values.contains(",v3,Carl Three,10001,1975-12-25,M\n"))
  }

  @Test func exactComparesBytes() throws {
    let run = try BinaryRun.reidrisk(
      ["link", "export.csv", "--against", "outside.csv", "--exact", "--format", "json"],
      in: try Self.folder())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let link = try #require(object["link"] as? [String: Any])
    // only v9 and v10–v14 are spelled as in the export
    #expect(link["reidentified"] as? Int == 1)
    #expect(object["normalised"] as? Bool == false)
  }

  @Test func boundBrokenExitsOneAfterTheReport() throws {
    let run = try BinaryRun.reidrisk(
      [
        "link", "export.csv", "--against", "outside.csv", "--max-reidentified", "0.1", "--format",
        "markdown",
      ],
      in: try Self.folder())
    #expect(run.status == 1)
    #expect(run.standardOutput.contains("| `--max-reidentified` | 0.2857 | **fail** |"))
  }

  @Test func noSharedColumnsExitsTwoWithTheRemedy() throws {
    let folder = try Self.folder()
    try BinaryRun.write(["other.csv": "a,b\n1,2\n"], in: folder)
    let run = try BinaryRun.reidrisk(["link", "export.csv", "--against", "other.csv"], in: folder)
    #expect(run.status == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(
      run.standardError
        == "reidrisk: export.csv and other.csv share no column name; export.csv has \"member_id\", \"zip\","
        + " \"dob\", \"gender\", other.csv has \"a\", \"b\"; pair columns with --map export_column=outside_column\n"
    )
  }

  @Test func usageErrors() throws {
    let folder = try Self.folder()
    let map = try BinaryRun.reidrisk(
      ["link", "export.csv", "--against", "outside.csv", "--map", "zip"], in: folder)
    #expect(map.status == 2)
    #expect(map.standardError.contains("--map \"zip\" must be export_column=outside_column"))
    let stdin = try BinaryRun.run(
      BinaryRun.reidrisk, ["link", "-", "--against", "outside.csv"], in: folder,
      input: try String(contentsOf: folder.appendingPathComponent("export.csv"), encoding: .utf8))
    #expect(stdin.status == 0)
    #expect(stdin.standardOutput.contains("export  (-)"))
    let unknown = try BinaryRun.reidrisk(
      ["link", "export.csv", "--against", "outside.csv", "--on", "age"], in: folder)
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("export.csv: no column \"age\" in the header"))
  }

  @Test func sampleDataAgainstTheVoterRoll() throws {
    let run = try BinaryRun.reidrisk(
      ["link", "members.csv", "--against", "voter-roll.csv", "--format", "json"],
      in: Self.sampleData)
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let link = try #require(object["link"] as? [String: Any])
    #expect(link["on"] as? [String] == ["birth_date", "gender", "zip"])
    // 8,000 members are in the roll (sample-data/README.md); others match by chance
    #expect(link["reidentified"] as? Int == 8132)
    #expect(link["outside_in_export"] as? Int == 8801)
    // without normalisation "Female" never equals "F": nobody is found
    let exact = try BinaryRun.reidrisk(
      ["link", "members.csv", "--against", "voter-roll.csv", "--exact", "--format", "json"],
      in: Self.sampleData)
    let exactLink = try #require(
      (try JSONSerialization.jsonObject(with: Data(exact.standardOutput.utf8)) as? [String: Any])?[
        "link"]
        as? [String: Any])
    #expect(exactLink["reidentified"] as? Int == 0)
  }

  @Test func helpHasExamples() throws {
    let run = try BinaryRun.reidrisk(["link", "--help"])
    #expect(run.status == 0)
    #expect(
      run.standardOutput.contains(
        "reidrisk link sample-data/members.csv --against sample-data/voter-roll.csv"))
  }
}
