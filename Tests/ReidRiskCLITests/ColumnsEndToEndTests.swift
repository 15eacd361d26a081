import Foundation
import Testing

/// `reidrisk columns`, run as a user would.
@Suite struct ColumnsEndToEndTests {
  static let file = """
    member_id,contact,order_ref,zip,notes
    m1,ann@example.org,5d41402abc4b2a76b9719d911017c592,02139,"Allergic to penicillin, asked for a call back after 5pm."
    m2,bob@example.net,7d793037a0760186574b0282f2f435e7,10025,
    m3,cy@mail.example,1f3870be274f6c49b3e31a0c6728957f,02139,"Moved from Boston last year; prefers e-mail, not phone."

    """

  @Test func jsonProfiles() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["x.csv": Self.file], in: folder)
    let run = try BinaryRun.reidrisk(["columns", "x.csv", "--format", "json"], in: folder)
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let columns = try #require(object["columns"] as? [[String: Any]])
    #expect(
      columns.map { $0["name"] as? String } == [
        "member_id", "contact", "order_ref", "zip", "notes",
      ])
    #expect(
      columns.map { $0["role"] as? String } == [
        "direct_identifier", "direct_identifier", "other", "quasi_identifier", "sensitive",
      ])
    #expect(
      columns.map { $0["type"] as? String } == ["code", "email", "digest", "zip", "free_text"])
    // zip: 02139 twice, 10025 once → 2 distinct, 1 of 3 records unique
    #expect(columns[3]["distinct"] as? Int == 2)
    #expect(columns[3]["unique_fraction"] as? Double == 1.0 / 3.0)
    // notes: 1 empty of 3
    #expect(columns[4]["missing_fraction"] as? Double == 1.0 / 3.0)
    for column in columns { #expect(column["evidence"] is String) }
    #expect(object["suggested_quasi_identifiers"] as? [String] == ["zip"])
    #expect(object["direct_identifiers"] as? [String] == ["member_id", "contact"])
    // no values in the report
    #expect(!run.standardOutput.contains("ann@example.org"))
  }

  @Test func sampleMembers() throws {
    let run = try BinaryRun.reidrisk(["columns", "members.csv"], in: LinkEndToEndTests.sampleData)
    #expect(run.status == 0)
    #expect(
      run.standardOutput.contains(
        "suggested: --qi birth_date,age,gender,zip,city,state,company,job_title,join_date,"
          + "registered_at:hour,last_login:hour\n"))
    #expect(
      run.standardOutput.contains(
        "direct identifiers: member_id, first_name, last_name, email, phone"))
  }

  @Test func standardInputIsRead() throws {
    // zip: 1, 1, 2 → 2 distinct of 3; the message names "-", never the temporary copy
    let run = try BinaryRun.run(
      BinaryRun.reidrisk, ["columns", "-"], input: "zip,gender\n1,F\n1,F\n2,M\n")
    #expect(run.status == 0)
    #expect(run.standardOutput.hasPrefix("-  2 columns, 3 records"))
    let empty = try BinaryRun.reidrisk(["columns", "-"])
    #expect(empty.status == 2)
    #expect(
      empty.standardError
        == "reidrisk: -: the file is empty; expected a header line and at least one record\n")
  }
}
