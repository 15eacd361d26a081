extension BoundCheck {
  /// The policy key of the bound (`min_k` for the check `k`): the SARIF rule id and the name
  /// every check output gives it.
  public var key: String { BoundKind.forCheck(id)?.key ?? id }

  /// The figure the bound was compared with, or nil when none could be computed (no
  /// population model gave an estimate): JSON writes `null` then, never a string.
  public var foundValue: Double? { value.isFinite ? value : nil }

  /// Why `foundValue` is nil, in a few words; nil when there is a value.
  public var missingValueReason: String? {
    guard foundValue == nil else { return nil }
    return id == "population_uniques"
      ? "no population model gave an estimate" : "the figure could not be computed"
  }

  enum ReportCodingKeys: String, CodingKey {
    case id, key, option, limit, value, holds, rule
    case valueReason = "value_reason"
  }

  /// The JSON form: numbers are numbers, and a figure that could not be computed is `null`
  /// with `value_reason` beside it.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ReportCodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(key, forKey: .key)
    try container.encode(option, forKey: .option)
    try container.encode(limit, forKey: .limit)
    try container.encode(foundValue, forKey: .value)
    try container.encodeIfPresent(missingValueReason, forKey: .valueReason)
    try container.encode(holds, forKey: .holds)
    try container.encode(rule, forKey: .rule)
  }
}
