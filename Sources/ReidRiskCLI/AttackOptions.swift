import ArgumentParser
import Foundation
import ReidRisk

/// How an attacker with outside data would compare values, and which outside sources to test.
struct AttackOptions: ParsableArguments {
  @Flag(
    help: """
      Normalise quasi-identifier values before grouping, as a linking attacker would: case and \
      spaces, dates to ISO, ZIP codes that lost a leading zero, gender codes.
      """)
  var normalise = false

  @Flag(
    help: """
      Test the built-in attack scenarios (voter roll, professional profile, social profile) on \
      the columns each source publishes that the file has.
      """)
  var scenarios = false

  @Option(
    help: ArgumentHelp(
      "A YAML file of scenarios to test beside the built-in ones (implies --scenarios).",
      valueName: "file"))
  var scenarioFile: String?

  /// The scenarios to test: none, the built-in ones, or those plus the file's.
  func attackScenarios() throws(ReportedError) -> [AttackScenario] {
    guard scenarios || scenarioFile != nil else { return [] }
    guard let scenarioFile else { return AttackScenario.withBuiltIn([]) }
    let text = try TextFile.read(scenarioFile, what: "the scenario file")
    do {
      return AttackScenario.withBuiltIn(try ScenarioFile.parse(text, file: scenarioFile))
    } catch {
      throw ReportedError(message: error.description)
    }
  }
}
