import Foundation
import Testing

/// `columns` and `scan` without `--qi` on a file past the profiling bound (65,536 distinct
/// values in a column), run as a user would.
@Suite struct BoundedProfileEndToEndTests {
  /// 70,000 records: member_id all distinct (past the bound), zip 700 values, gender 2.
  static let file: String = {
    var text = "member_id,zip,gender\n"
    for record in 0..<70_000 {
      text += "M\(String(format: "%07d", record)),\(String(format: "%05d", 1_000 + record % 700)),"
      text += record % 3 == 0 ? "F\n" : "M\n"
    }
    return text
  }()

  static func folder() throws -> URL {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(["big.csv": Self.file], in: folder)
    return folder
  }

  static func json(_ run: BinaryRun) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
  }

  @Test func columnsMarksTheEstimatedColumnOnly() throws {
    let run = try BinaryRun.reidrisk(
      ["columns", "big.csv", "--format", "json"], in: try Self.folder())
    #expect(run.status == 0)
    let columns = try #require(try Self.json(run)["columns"] as? [[String: Any]])
    #expect(columns[0]["distinct_estimated"] as? Bool == true)
    #expect(columns[0]["unique_fraction_estimated"] as? Bool == true)
    let distinct = try #require(columns[0]["distinct"] as? Int)
    // 65,536 exact + the sketch's estimate of 4,464 (±0.8%: about 36)
    #expect(abs(distinct - 70_000) < 200)
    // zip: 700 values, 100 records each; exact
    #expect(columns[1]["distinct"] as? Int == 700)
    #expect(columns[1]["distinct_estimated"] == nil)
    #expect(columns[1]["unique_fraction"] as? Double == 0)
  }

  @Test func columnsTextSaysAbout() throws {
    let run = try BinaryRun.reidrisk(["columns", "big.csv"], in: try Self.folder())
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("≈ estimated: past 65,536 distinct values"))
    let line = try #require(
      run.standardOutput.split(separator: "\n").first { $0.hasPrefix("  member_id") })
    #expect(line.contains("≈ "))
  }

  /// Without `--qi`, the scan groups on exact codes of the suggested columns: its figures are
  /// those of a scan given them (and the suggested MSU search), the note aside; from standard
  /// input too.
  @Test func scanWithoutQuasiIdentifiersGroupsExactly() throws {
    let folder = try Self.folder()
    let suggested = try BinaryRun.reidrisk(["scan", "big.csv", "--format", "json"], in: folder)
    let given = try BinaryRun.reidrisk(
      ["scan", "big.csv", "--qi", "zip,gender", "--msu-max-size", "3", "--format", "json"],
      in: folder)
    #expect(suggested.status == given.status)
    var withoutNote = try Self.json(suggested)
    var expected = try Self.json(given)
    #expect(withoutNote["quasi_identifiers"] as? [String] == ["zip", "gender"])
    // zip × gender: 700 · 2 classes of 35,000 / 1,400 = 50 records on average, all exact
    #expect(withoutNote["equivalence_classes"] as? Int == expected["equivalence_classes"] as? Int)
    withoutNote["warnings"] = nil
    expected["warnings"] = nil
    #expect(
      NSDictionary(dictionary: withoutNote).isEqual(to: expected),
      "the scan without --qi differs from the scan given its suggestion")
    let piped = try BinaryRun.run(
      BinaryRun.reidrisk, ["scan", "-", "--format", "json"], in: folder, input: Self.file)
    #expect(piped.standardOutput == suggested.standardOutput.replacing("big.csv", with: "-"))
  }
}
