import Foundation
import Testing

/// `scan --msu`, `--msu-max-size` and `--attribute-risk`, run as a user would.
@Suite struct UniquenessEndToEndTests {
  /// The four records of the MSU worked example (zip, gender, age), with an id.
  static let members = "id,zip,gender,age\nm1,A,F,30\nm2,A,M,30\nm3,B,M,40\nm4,B,M,30\n"

  @Test func msuInJSONAndFlags() throws {
    let file = try EndToEndTests.temporaryFile("members.csv", Self.members)
    let flags = URL(fileURLWithPath: file).deletingLastPathComponent()
      .appendingPathComponent("flags.csv").path
    let run = try EndToEndTests.run([
      "scan", file, "--qi", "zip,gender,age", "--msu", "--id", "id", "--flags", flags,
      "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let msu = try #require(object["msu"] as? [String: Any])
    // One MSU per record: {gender}, {zip, gender}, {age}, {zip, age}.
    #expect(msu["msus"] as? Int == 4)
    #expect((object["attribute_risk"] as? [Any])?.count == 7)
    let csv = try String(contentsOfFile: flags, encoding: .utf8)
    #expect(csv.contains("unique on zip + gender"))
    #expect(csv.hasPrefix("record,line,class_size,risk,reason,id,msus,smallest_msu,suda_score"))
  }

  @Test func textSection() throws {
    let file = try EndToEndTests.temporaryFile("members.csv", Self.members)
    let run = try EndToEndTests.run(["scan", file, "--qi", "zip,gender,age", "--msu-max-size", "1"])
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("which columns single people out"))
    #expect(run.standardOutput.contains("searched up to 1 of 3 columns"))
  }

  /// Nine quasi-identifiers need a size: a one-line error, exit 2.
  @Test func nineColumnsWithoutASize() throws {
    let header = (0..<9).map { "c\($0)" }.joined(separator: ",")
    let file = try EndToEndTests.temporaryFile(
      "wide.csv", header + "\n" + "0,1,0,1,0,1,0,1,0\n1,0,1,0,1,0,1,0,1\n")
    let run = try EndToEndTests.run(["scan", file, "--qi", header, "--msu"])
    #expect(run.status == 2)
    #expect(run.standardError.contains("needs --msu-max-size"))
    #expect(run.standardError.split(separator: "\n").count == 1)
  }

  @Test func sizeMustBePositive() throws {
    let file = try EndToEndTests.temporaryFile("members.csv", Self.members)
    let run = try EndToEndTests.run(["scan", file, "--qi", "zip", "--msu-max-size", "0"])
    #expect(run.status == 2)
    #expect(
      run.standardError.contains("--msu-max-size is \"0\"; expected a whole number of at least 1"))
  }

  /// `report --msu` puts the section, with its contributions chart, in the HTML page.
  @Test func htmlReport() throws {
    let file = try EndToEndTests.temporaryFile("members.csv", Self.members)
    let page = URL(fileURLWithPath: file).deletingLastPathComponent()
      .appendingPathComponent("report.html").path
    let run = try EndToEndTests.run([
      "report", file, "--qi", "zip,gender,age", "--msu", "--output", page,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.contains("Which columns single people out"))
    #expect(html.contains("Contribution of each column to the MSUs"))
  }
}
