/// What generalization did to one quasi-identifier, for reports: `{column, level, type,
/// distinct_before, distinct_after, not_applicable_records, not_applicable_values}`.
///
/// `birth_date` at `:year` with 10,699 distinct dates, 72 distinct years after, and 14 records
/// whose value is no `YYYY-MM-DD` date: `not_applicable_records` 14 ("14 values of birth_date
/// are not dates and were kept as they are").
public struct GeneralizationNote: Sendable, Encodable, Equatable {
  public var column: String
  /// The level as written after the colon: "year", "3", "band:10", "*".
  public var level: String
  /// The column's inferred type, which decided what the level means.
  public var type: ValueType
  public var distinctBefore: Int
  public var distinctAfter: Int
  /// Records whose non-missing value the level did not apply to, kept as they were.
  public var notApplicableRecords: Int
  /// Distinct values the level did not apply to.
  public var notApplicableValues: Int
  /// What the values the level did not apply to are not: "not dates", "not integers".
  public var notApplicableKind: String

  public init(
    column: String, level: String, type: ValueType, distinctBefore: Int, distinctAfter: Int,
    notApplicableRecords: Int, notApplicableValues: Int, notApplicableKind: String
  ) {
    self.column = column
    self.level = level
    self.type = type
    self.distinctBefore = distinctBefore
    self.distinctAfter = distinctAfter
    self.notApplicableRecords = notApplicableRecords
    self.notApplicableValues = notApplicableValues
    self.notApplicableKind = notApplicableKind
  }

  init?(_ grouped: Scan.GroupedColumn) {
    guard let generalized = grouped.generalization else { return nil }
    self.init(generalized)
  }

  public init(_ generalized: GeneralizedColumn) {
    self.init(
      column: generalized.column.name, level: generalized.level.description,
      type: generalized.type, distinctBefore: generalized.distinctBefore,
      distinctAfter: generalized.column.dictionary.count,
      notApplicableRecords: generalized.notApplicableRecords,
      notApplicableValues: generalized.notApplicableValues,
      notApplicableKind: generalized.notApplicableKind)
  }

  /// One line for reports: "year: 10,699 distinct values became 72; 14 values are not dates
  /// and were kept as they are".
  public var summary: String {
    var text =
      ":\(level) (\(type.rawValue.replacingOccurrencesOfUnderscore)): "
      + "\(Formatting.count(distinctBefore)) distinct values became \(Formatting.count(distinctAfter))"
    if notApplicableRecords > 0 {
      text +=
        "; \(Formatting.count(notApplicableRecords)) values of \(column) are \(notApplicableKind)"
        + " and were kept as they are"
    }
    return text
  }

  enum CodingKeys: String, CodingKey {
    case column, level, type
    case notApplicableKind = "not_applicable_kind"
    case distinctBefore = "distinct_before"
    case distinctAfter = "distinct_after"
    case notApplicableRecords = "not_applicable_records"
    case notApplicableValues = "not_applicable_values"
  }
}

extension String {
  fileprivate var replacingOccurrencesOfUnderscore: String {
    String(map { $0 == "_" ? " " : $0 })
  }
}
