import Foundation
import Testing

/// `scan` with the population and sensitive-attribute options, run as a user would.
@Suite struct ScanModelsEndToEndTests {
  static let members =
    "member_id,zip,gender,tier\nm1,02139,F,Gold\nm2,02139,F,Gold\nm3,02139,M,Free\nm4,10001,F,Free\nm5,10001,F,Gold\n"

  @Test func populationAndSensitiveInJSON() throws {
    let file = try EndToEndTests.temporaryFile("members.csv", Self.members)
    let run = try EndToEndTests.run([
      "scan", file, "--qi", "zip,gender", "--population", "50", "--sensitive", "tier", "--l", "2",
      "--format", "json",
    ])
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    // π = 5 / 50
    let population = try #require(object["population"] as? [String: Any])
    #expect(population["sampling_fraction"] as? Double == 0.1)
    for key in ["journalist", "marketer", "population_uniqueness", "sensitive_attributes"] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let uniqueness = try #require(object["population_uniqueness"] as? [String: Any])
    for model in ["pitman", "zayatz", "snb", "dankar"] { #expect(uniqueness[model] != nil) }
    let sensitive = try #require((object["sensitive_attributes"] as? [[String: Any]])?.first)
    // {02139,F}: Gold, Gold → 1 value; {02139,M}: 1; {10001,F}: Free, Gold → 2: distinct l = 1
    #expect(sensitive["distinct_l"] as? Int == 1)
    #expect(sensitive["records_below_l"] as? Int == 3)
  }

  @Test func sensitiveBoundBreaksWithExitOne() throws {
    let file = try EndToEndTests.temporaryFile("members.csv", Self.members)
    let run = try EndToEndTests.run([
      "scan", file, "--qi", "zip,gender", "--sensitive", "tier", "--min-l", "2",
    ])
    #expect(run.status == 1)
    #expect(
      run.standardOutput.contains("FAIL  every class must hold at least 2 distinct values of tier"))
  }

  @Test func conflictingPopulationOptionsAreAUsageError() throws {
    let run = try EndToEndTests.run([
      "scan", "x.csv", "--qi", "zip", "--population", "10", "--sampling-fraction", "0.5",
    ])
    #expect(run.status == 2)
    #expect(run.standardError.contains("give --population or --sampling-fraction, not both"))
  }

  @Test func populationSmallerThanTheFileIsAnInputError() throws {
    let file = try EndToEndTests.temporaryFile("members.csv", Self.members)
    let run = try EndToEndTests.run(["scan", file, "--qi", "zip", "--population", "3"])
    #expect(run.status == 2)
    #expect(
      run.standardError.contains("population size '3' is smaller than the 5 records in the file"))
  }
}
