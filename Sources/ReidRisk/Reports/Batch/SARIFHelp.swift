/// How to fix a file that breaks each SARIF rule: the second half of a rule's `help`, beside
/// the bound's meaning from `BoundKind`.
enum SARIFHelp {
  static let remedies: [String: String] = [
    "min_k":
      "coarsen the quasi-identifiers (birth date to year, ZIP to its first 3 digits, age to a"
      + " 10-year band), drop one, or suppress the records that `reidrisk scan --flags` lists.",
    "max_risk":
      "raise k: coarsen or drop a quasi-identifier, or suppress the records in the smallest"
      + " classes (`reidrisk scan --flags` lists them).",
    "max_records_at_risk":
      "coarsen the quasi-identifiers until fewer classes are smaller than 1 / threshold, or"
      + " suppress the flagged records.",
    "max_uniques":
      "coarsen or drop a quasi-identifier, or suppress the sample uniques that"
      + " `reidrisk scan --flags` lists.",
    "max_population_uniques":
      "give the population size or sampling fraction so a model can estimate, then coarsen"
      + " the quasi-identifiers until fewer people are estimated unique.",
    "min_l":
      "coarsen the quasi-identifiers so that classes merge and hold more distinct sensitive"
      + " values, or generalise the sensitive column.",
    "max_t":
      "merge classes (coarser quasi-identifiers) so that each class's sensitive values look"
      + " more like the whole file's, or generalise the sensitive column.",
    "read_error":
      "fix the record and line the message names (a misplaced quote, a wrong field count, a"
      + " missing column), or set lenient: true in the rule to skip malformed records.",
  ]

  /// The remedy for a rule id; a generic one for an id without an entry.
  static func remedy(for id: String) -> String {
    remedies[id]
      ?? "change the file so that the figure meets the policy's limit, or change the limit."
  }
}
