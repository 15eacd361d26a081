import Foundation
import Testing

/// The hash seed is drawn per run; the reports never depend on it.
@Suite struct HashSeedEndToEndTests {
  @Test func reportsDoNotDependOnTheHashSeed() throws {
    let members = LinkEndToEndTests.sampleData.appendingPathComponent("members.csv").path
    let folder = try BinaryRun.temporaryFolder()
    var outputs: [String] = []
    var flags: [String] = []
    for seed in ["1", "18446744073709551557"] {
      let flagsFile = folder.appendingPathComponent("flags-\(seed).csv")
      let run = try BinaryRun.run(
        BinaryRun.reidrisk,
        [
          "scan", members, "--qi", "zip,birth_date,gender,job_title", "--format", "json",
          "--flags", flagsFile.path,
        ],
        environment: ["REIDRISK_HASH_SEED": seed])
      #expect(run.status == 0 || run.status == 1)
      outputs.append(run.standardOutput)
      flags.append(try String(contentsOf: flagsFile, encoding: .utf8))
    }
    #expect(outputs[0] == outputs[1])
    #expect(flags[0] == flags[1])
    #expect(flags[0].split(separator: "\n").count > 100)
    #expect(outputs[0].contains("\"equivalence_classes\""))
  }

  @Test func maxDistinctEndsWithAClearError() throws {
    let members = LinkEndToEndTests.sampleData.appendingPathComponent("members.csv").path
    let run = try BinaryRun.reidrisk(["scan", members, "--qi", "zip", "--max-distinct", "10"])
    #expect(run.status == 2)
    #expect(run.standardError.contains("has more than 10 distinct values"))
  }
}
