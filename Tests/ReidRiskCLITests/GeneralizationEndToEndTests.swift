import Foundation
import Testing

/// `scan --qi` with levels, `suggest` and `generalize`, run as a user would.
@Suite struct GeneralizationEndToEndTests {
  // ages 31, 32, 33 (F), 34, 45, 46 (M); zip 02139 ×3, 02141, 10001, 10002
  static let file = #"""
    id,age,gender,zip,note
    1,31,F,02139,"a, b"
    2,32,F,02139,x
    3,33,F,02139,y
    4,34,M,02141,z
    5,45,M,10001,"say ""hi"""
    6,46,M,10002,

    """#

  @Test func scanTakesLevelsAndReportsThem() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["x.csv": Self.file], in: folder)
    // age:10 with zip:1: (30-39, 0) ×4, (40-49, 1) ×2: k = 2
    let run = try BinaryRun.reidrisk(
      ["scan", "x.csv", "--qi", "age:10,zip:1", "--format", "json"], in: folder)
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(object["k"] as? Int == 2)
    let notes = try #require(object["generalizations"] as? [[String: Any]])
    #expect(notes.map { $0["level"] as? String } == ["10", "1"])
    // a level that does not fit: one line, exit 2
    let bad = try BinaryRun.reidrisk(["scan", "x.csv", "--qi", "gender:year"], in: folder)
    #expect(bad.status == 2)
    #expect(bad.standardError.contains("\"gender\" holds categorical values"))
    let unknown = try BinaryRun.reidrisk(["scan", "x.csv", "--qi", "age:yr"], in: folder)
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("unknown generalization level"))
  }

  @Test func suggestPrintsTheMinimalSettings() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["x.csv": Self.file], in: folder)
    let run = try BinaryRun.reidrisk(
      ["suggest", "x.csv", "--qi", "age,gender", "--k", "2", "--format", "json"], in: folder)
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let suggestions = try #require(object["suggestions"] as? [[String: Any]])
    // as in LatticeSearchTests.withoutSuppression
    #expect(suggestions.map { $0["qi"] as? String } == ["age:*,gender", "age:5,gender:*"])
    #expect(object["lattice_size"] as? Int == 10)
    #expect(Set(object.keys) == ["suggestions", "targets", "nodes_evaluated", "lattice_size"])
    // nothing reaches k = 7 on 6 records: exit 1, the closest shown
    let none = try BinaryRun.reidrisk(
      ["suggest", "x.csv", "--qi", "age,gender", "--k", "7"], in: folder)
    #expect(none.status == 1)
    #expect(none.standardOutput.contains("no setting reaches the targets"))
  }

  @Test func generalizeWritesTheSafeFile() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["x.csv": Self.file], in: folder)
    // age:10 → 30-39 ×4, 40-49 ×2; K = 3 removes the two 40-49 records
    let run = try BinaryRun.reidrisk(
      ["generalize", "x.csv", "--qi", "age:10", "--suppress-below", "3", "-o", "safe.csv"],
      in: folder)
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("records suppressed"))
    let safe = folder.appendingPathComponent("safe.csv")
    let text = try String(contentsOf: safe, encoding: .utf8)
    #expect(
      text
        == "id,age,gender,zip,note\n1,30-39,F,02139,\"a, b\"\n2,30-39,F,02139,x\n"
        + "3,30-39,F,02139,y\n4,30-39,M,02141,z\n")
    let mode = try FileManager.default.attributesOfItem(atPath: safe.path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
    // the written file, scanned on the generalized column, gives k = 4
    let scan = try BinaryRun.reidrisk(
      ["scan", "safe.csv", "--qi", "age", "--format", "json"], in: folder)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(scan.standardOutput.utf8)) as? [String: Any])
    #expect(object["k"] as? Int == 4)
  }
}
