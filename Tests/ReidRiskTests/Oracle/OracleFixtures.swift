import Foundation
import Testing

/// The oracle figures the tests compare with, copied into the package from the shared oracle
/// folder (`Tests/Fixtures/oracle`, provenance in its README), so a fresh clone runs them.
enum OracleFixtures {
  /// `Tests/Fixtures/oracle` in this package.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/oracle").standardizedFileURL

  /// The JSON files of one tool's folder (`arx`, `pycanon`, `suda2`, `lattice`), sorted; empty
  /// when the folder is missing, which `OracleFixtureTests` turns into a failure.
  static func files(_ tool: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent(tool).path)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
  }

  static func url(_ tool: String, _ file: String) -> URL {
    folder.appendingPathComponent(tool).appendingPathComponent(file)
  }
}

/// A parameterized oracle suite over an empty folder would pass with no cases; this one fails
/// instead, naming the folder.
@Suite struct OracleFixtureTests {
  @Test(arguments: ["arx", "pycanon", "suda2", "lattice"])
  func folderHoldsCases(tool: String) {
    #expect(
      !OracleFixtures.files(tool).isEmpty,
      "no oracle cases in \(OracleFixtures.folder.path)/\(tool): the fixtures are missing")
  }

  @Test func inputsArePresent() {
    for input in ["members-5000.csv", "members-1000-sample.csv"] {
      #expect(
        FileManager.default.fileExists(
          atPath: OracleFixtures.folder.appendingPathComponent("inputs/\(input)").path),
        "the oracle input \(input) is missing")
    }
  }
}
