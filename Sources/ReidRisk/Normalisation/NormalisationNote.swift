/// What normalisation did to one column, for reports: `{column, rule, summary, merged_values}`.
public struct NormalisationNote: Sendable, Encodable, Equatable {
  public var column: String
  public var rule: NormalisationRule
  /// The rule in words, with what it learnt from the values.
  public var summary: String
  /// Distinct spellings that became one with another.
  public var mergedValues: Int

  public init(column: String, rule: NormalisationRule, summary: String, mergedValues: Int) {
    self.column = column
    self.rule = rule
    self.summary = summary
    self.mergedValues = mergedValues
  }

  public init(_ normalised: NormalisedColumn) {
    self.init(
      column: normalised.column.name, rule: normalised.normaliser.rule,
      summary: normalised.normaliser.summary, mergedValues: normalised.mergedValues)
  }

  enum CodingKeys: String, CodingKey {
    case column, rule, summary
    case mergedValues = "merged_values"
  }
}
