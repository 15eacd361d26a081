import Foundation
import Testing

@testable import ReidRisk
@testable import ReidRiskCLI

/// The terminal: colour choice, width, wrapping at 60 and 120 columns, and the checksum the
/// report files.
@Suite struct TerminalTests {
  @Test(arguments: [
    // (choice, to a file, TTY, NO_COLOR, expected)
    (ColorChoice.auto, false, true, nil as String?, true),
    (.auto, false, true, "", true),  // an empty NO_COLOR does not count (no-color.org)
    (.auto, false, true, "1", false),
    (.auto, false, false, nil, false),  // piped
    (.auto, true, true, nil, false),  // to a file
    (.always, false, false, "1", true),  // CI logs
    (.never, false, true, nil, false),
  ])
  func colorChoice(
    choice: ColorChoice, toFile: Bool, isTTY: Bool, noColor: String?, expected: Bool
  ) {
    var environment = ["TERM": "xterm-256color"]
    environment["NO_COLOR"] = noColor
    #expect(
      choice.useColor(writingToFile: toFile, isTTY: isTTY, environment: environment) == expected)
  }

  @Test func dumbTerminalHasNoColourOnAuto() {
    #expect(
      !ColorChoice.auto.useColor(writingToFile: false, isTTY: true, environment: ["TERM": "dumb"]))
  }

  @Test func columnsVariable() {
    #expect(TerminalWidth.columns(["COLUMNS": "120"]) == 120)
    #expect(TerminalWidth.columns(["COLUMNS": "abc"]) == nil)
    #expect(TerminalWidth.columns(["COLUMNS": "5"]) == nil)
    #expect(TerminalWidth.columns([:]) == nil)
  }

  static func report() throws -> ScanReport {
    // zip, gender: (A,F)×3, (B,M)×1, (C,F)×1 → k = 1
    let reader = DatasetReader(
      file: "a-rather-long-file-name-for-wrapping.csv",
      request: DatasetRequest(columns: ["zip", "gender"], delimiter: nil, isStrict: true))
    let bytes = Array("zip,gender\nA,F\nA,F\nA,F\nB,M\nC,F\n".utf8)
    try bytes.withUnsafeBytes { try reader.consume($0) }
    let dataset = try reader.finish()
    return try Scan(
      dataset: dataset, file: "a-rather-long-file-name-for-wrapping.csv",
      options: ScanOptions(quasiIdentifiers: ["zip", "gender"], bounds: Bounds([.minK: 5]))
    ).report
  }

  @Test(arguments: [60, 90, 120])
  func textWrapsToTheWidth(width: Int) throws {
    let report = try Self.report()
    let text = TextReport(useColor: false, width: width).render(report)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines { #expect(line.count <= width, "\(line.count) > \(width): \(line)") }
    // the meaning column: 2 + the longest name + 2 + the longest value + 2
    let figures = report.figures
    let column =
      2 + (figures.map(\.name.count).max() ?? 0) + 2 + (figures.map(\.value.count).max() ?? 0) + 2
    // a continuation of a wrapped meaning starts under the meaning column
    let kLine = try #require(lines.firstIndex { $0.hasPrefix("  k ") })
    let meaning = "the smallest class: some records share their zip, gender with no other record"
    if width - column < 24 {
      // too narrow a meaning column: the meaning goes on the lines below, indented by 6
      #expect(lines[kLine + 1].hasPrefix("      the smallest class"))
    } else if column + meaning.count > width {
      let next = lines[kLine + 1]
      #expect(next.prefix(column).allSatisfy { $0 == " " })
      #expect(next.dropFirst(column).first != " ")
    } else {
      #expect(lines[kLine].hasSuffix(meaning))
    }
  }

  @Test func notWrappedWithoutAWidth() throws {
    let text = TextReport(useColor: false).render(try Self.report())
    #expect(
      text.contains("the smallest class: some records share their zip, gender with no other record")
    )
    #expect(text.split(separator: "\n").contains { $0.count > 120 })
  }

  @Test func wrappingBreaksAtSpaces() {
    // "the smallest class: every record" at 12: "the smallest" (12), "class: every" (12), "record"
    #expect(
      TextWrapping.lines("the smallest class: every record", width: 12) == [
        "the smallest", "class: every", "record",
      ])
    // a word longer than the width is cut
    #expect(TextWrapping.lines("abcdefgh ij", width: 3) == ["abc", "def", "gh", "ij"])
    #expect(TextWrapping.hanging("aaa bbb ccc", width: 7, indent: 2) == "aaa bbb\n  ccc")
  }

  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func sha256KnownVectors(message: String, digest: String) {
    // FIPS 180-2 appendix B.1 and B.2, and the empty message
    var hash = SHA256()
    hash.update(Array(message.utf8))
    #expect(hash.hexDigest() == digest)
    #expect(hash.count == message.utf8.count)
  }

  @Test func sha256OfAMillionAsInOddPieces() {
    // FIPS 180-2 appendix B.3: one million "a", fed in pieces of 1 to 1000 bytes across blocks
    var hash = SHA256()
    var fed = 0
    var piece = 1
    while fed < 1_000_000 {
      let size = min(piece, 1_000_000 - fed)
      hash.update([UInt8](repeating: 0x61, count: size))
      fed += size
      piece = piece % 1000 + 7
    }
    #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func usageProblems() {
    let none: (String) -> Bool = { _ in false }
    #expect(
      UsageCheck.problem(["chek"], fileExists: none)
        == "'chek' is not a subcommand (did you mean 'check'?); the subcommands are scan, check,"
        + " report, diff, link, columns, suggest, generalize, merge")
    #expect(
      UsageCheck.problem(["colums", "x.csv"], fileExists: none)?.contains("'columns'") == true)
    // a file named like a word, when it exists, is scanned
    #expect(UsageCheck.problem(["chek"], fileExists: { _ in true }) == nil)
    #expect(UsageCheck.problem(["members.csv", "--qi", "zip"], fileExists: none) == nil)
    #expect(UsageCheck.problem(["scan", "x.csv"], fileExists: none) == nil)
    #expect(UsageCheck.problem(["--help"], fileExists: none) == nil)
    #expect(
      UsageCheck.problem(["diff", "a.csv", "b.csv", "--qi", "zip", "--fail-under-k", "5"])?
        .hasPrefix("diff does not take --fail-under-k:") == true)
    #expect(
      UsageCheck.problem(["diff", "a.csv", "b.csv", "--max-risk=0.2"])?
        .hasPrefix("diff does not take --max-risk:") == true)
    // every bound option of BoundOptions is known to the check
    let help = BoundOptions.helpMessage(columns: 200)
    for flag in UsageCheck.boundFlags {
      #expect(help.contains(flag), "\(flag) is not a bound option")
    }
  }

  @Test func helpExamplesFitEightyColumns() {
    for command in [Reidrisk.self] + Reidrisk.configuration.subcommands {
      let discussion = command.configuration.discussion
      for line in discussion.split(separator: "\n") where line.hasPrefix("  reidrisk ") {
        #expect(line.count <= 80, "\(command._commandName): \(line.count) columns: \(line)")
      }
    }
    let help = Reidrisk.helpMessage(columns: 80)
    for line in help.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
  }
}
