import ArgumentParser

/// The two settings every measuring command shares: when a record is at risk, and which
/// records are flagged.
struct RiskOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The record risk (1 / class size) above which a record counts as at risk.", valueName: "risk")
  )
  var threshold: Double = 0.2

  @Option(help: ArgumentHelp("Records in classes smaller than this are flagged.", valueName: "k"))
  var k: Int = 5

  func validate() throws {
    if !(threshold > 0 && threshold <= 1) {
      throw ValidationError("--threshold must be in (0, 1], e.g. 0.2")
    }
    if k < 1 { throw ValidationError("--k must be at least 1") }
  }
}
