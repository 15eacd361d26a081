import ArgumentParser
import ReidRisk

/// `scan`'s options for why records are unique: minimal sample uniques and attribute risk.
struct UniquenessOptions: ParsableArguments {
  @Flag(
    help: ArgumentHelp(
      """
      Find each record's minimal sample uniques: the smallest sets of quasi-identifiers on \
      which it is alone, which columns they involve and the SUDA scores. On when --qi is not \
      given (sizes up to 3).
      """))
  var msu = false

  @Option(
    name: .customLong("msu-max-size"),
    help: ArgumentHelp(
      """
      The largest set of columns searched for minimal sample uniques (implies --msu). Default: \
      every size with up to 8 quasi-identifiers; more need this option.
      """,
      valueName: "size"))
  var msuMaxSize: Int?

  @Flag(
    help: ArgumentHelp(
      """
      Report how well each set of quasi-identifiers tells records apart (distinction and \
      separation; every set up to 10 quasi-identifiers, pairs and triples past that). On with \
      --msu.
      """))
  var attributeRisk = false

  @Option(name: .customLong("msu-method"), help: .hidden)
  var msuMethod: MinimalSampleUniques.Method?

  /// The settings these options ask for; nil when none was given.
  var settings: UniquenessSettings? {
    if msu || msuMaxSize != nil || msuMethod != nil {
      return UniquenessSettings(
        msu: true, maxSize: msuMaxSize, attributeRisk: attributeRisk, method: msuMethod)
    }
    return attributeRisk ? UniquenessSettings(msu: false, attributeRisk: true) : nil
  }

  func validate() throws {
    if let msuMaxSize, msuMaxSize < 1 {
      throw ValidationError("--msu-max-size must be at least 1, e.g. --msu-max-size 3")
    }
  }
}

extension MinimalSampleUniques.Method: ExpressibleByArgument {}
