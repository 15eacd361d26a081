/// The normalisation of one column: its rule, and what the rule learnt from the column's values
/// (the order of numeric dates, whether ZIP codes are five digits).
///
/// Built from dictionaries (distinct values), so choosing and applying it costs time in the
/// distinct values, not in the records. In a linkage both files' columns give evidence, so that
/// both are read the same way.
public struct ColumnNormaliser: Sendable, Equatable {
  public var rule: NormalisationRule
  /// How "a/b/yyyy" dates are read (the date rule only).
  public var dateOrder: DateOrder
  /// Whether 3- and 4-digit values get their leading zeros back (the ZIP rule only).
  public var padsZipCodes: Bool

  public init(
    rule: NormalisationRule, dateOrder: DateOrder = .monthFirst, padsZipCodes: Bool = true
  ) {
    self.rule = rule
    self.dateOrder = dateOrder
    self.padsZipCodes = padsZipCodes
  }

  /// At most this many distinct values of a column are examined to choose a rule.
  static let evidenceLimit = 10_000

  /// The normaliser for a column named `header` holding the values of `dictionaries`: the
  /// rule of its concept ("dob" → date), else the date rule when at least 90% of the distinct
  /// values examined are dates, else the text rule.
  public static func infer(header: String, dictionaries: [ValueDictionary]) -> ColumnNormaliser {
    let values = dictionaries.flatMap { dictionary in
      (0..<Int32(min(dictionary.count, evidenceLimit))).map { dictionary.bytes(of: $0) }
    }.filter { !TextNormalisation.collapseWhitespace($0).isEmpty }
    var rule = ColumnConcept(header: header)?.rule ?? .text
    if rule == .text && !values.isEmpty {
      let dates = values.count {
        CalendarDate(parsing: TextNormalisation.collapseWhitespace($0)) != nil
      }
      if dates * 10 >= values.count * 9 { rule = .date }
    }
    return ColumnNormaliser(
      rule: rule,
      dateOrder: rule == .date
        ? DateOrder.evidence(in: values.map(TextNormalisation.collapseWhitespace)) : .monthFirst,
      padsZipCodes: rule == .zip ? ZipNormalisation.padsToFive(evidence: values) : true)
  }

  /// The value in its normal spelling.
  public func normalise(_ value: some Collection<UInt8>) -> [UInt8] {
    switch rule {
    case .exact:
      return Array(value)
    case .text:
      return TextNormalisation.normalise(value)
    case .date:
      let trimmed = TextNormalisation.collapseWhitespace(value)
      if let date = CalendarDate(parsing: trimmed, order: dateOrder) {
        return Array(date.description.utf8)
      }
      return TextNormalisation.normalise(trimmed)
    case .zip:
      return ZipNormalisation.normalise(value, padsToFive: padsZipCodes)
    case .gender:
      return GenderNormalisation.normalise(value)
    }
  }

  /// The rule in a few words, with what it learnt: "dates to ISO yyyy-mm-dd (a/b/yyyy read
  /// month first)".
  public var summary: String {
    switch rule {
    case .date:
      return rule.summary
        + (dateOrder == .dayFirst ? " (a/b/yyyy read day first)" : " (a/b/yyyy read month first)")
    case .zip:
      return padsZipCodes
        ? rule.summary : "postcodes upper case (not 5-digit ZIP codes: no zeros added)"
    default:
      return rule.summary
    }
  }
}
