/// A profile of one column: what its values are, how varied, how often missing, and the part it
/// plays in re-identification, with the evidence.
///
/// JSON: `{name, type, role, evidence, distinct, unique_fraction, missing_fraction}`.
public struct ColumnProfile: Sendable, Encodable, Equatable {
  public var name: String
  public var type: ValueType
  public var role: ColumnRole
  /// Why the role: what the header or the values showed.
  public var evidence: String
  /// Distinct values, missing values included.
  public var distinct: Int
  /// The share of records whose (non-missing) value no other record has. With values a, a, b,
  /// c and a missing one: b and c are unique, 2 / 5 = 0.4.
  public var uniqueFraction: Double
  /// The share of records whose value is missing (empty or a `--na` token).
  public var missingFraction: Double

  /// Whether `distinct` and `uniqueFraction` are estimates: the column held more distinct
  /// values than profiling keeps exactly (`ProfileBound`). JSON: `distinct_estimated` and
  /// `unique_fraction_estimated`, both `true`, present only then.
  public var isEstimated = false

  enum CodingKeys: String, CodingKey {
    case name, type, role, evidence, distinct
    case uniqueFraction = "unique_fraction"
    case missingFraction = "missing_fraction"
    case distinctEstimated = "distinct_estimated"
    case uniqueFractionEstimated = "unique_fraction_estimated"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(type, forKey: .type)
    try container.encode(role, forKey: .role)
    try container.encode(evidence, forKey: .evidence)
    try container.encode(distinct, forKey: .distinct)
    try container.encode(uniqueFraction, forKey: .uniqueFraction)
    try container.encode(missingFraction, forKey: .missingFraction)
    if isEstimated {
      try container.encode(true, forKey: .distinctEstimated)
      try container.encode(true, forKey: .uniqueFractionEstimated)
    }
  }

  /// The profile of `column` over its records. One pass over the codes, then the distinct
  /// values (at most 10,000 of them) are examined.
  public init(column: EncodedColumn, missingTokens: [String] = []) {
    let counts = column.codes.recordsPerCode(distinct: column.dictionary.count)
    self.init(
      name: column.name, dictionary: column.dictionary, counts: counts,
      records: column.codes.count, missingTokens: missingTokens)
  }

  /// The profile of a column read in bounded memory (`ColumnTally`): exact below its bound,
  /// else with the distinct count and the unique share estimated.
  init(name: String, tally: ColumnTally, missingTokens: [String]) {
    self.init(
      name: name, dictionary: tally.dictionary, counts: tally.counts, records: tally.records,
      missingTokens: missingTokens,
      overflow: tally.overflow.map {
        (records: $0.records, missing: $0.missingRecords, uniques: tally.overflowUniques)
      })
    distinct = tally.distinct
    isEstimated = tally.isEstimated
  }

  /// The profile from `counts[code]`, the records holding each value of `dictionary`, of
  /// `records` records; `overflow`: the records, missing records and estimated unique values
  /// outside the dictionary, when it was frozen at its bound.
  private init(
    name: String, dictionary: ValueDictionary, counts: [Int], records: Int,
    missingTokens: [String],
    overflow: (records: Int, missing: Int, uniques: Int)? = nil
  ) {
    let isMissing = Self.missingCodes(dictionary, tokens: missingTokens)
    var missing = overflow?.missing ?? 0
    var unique = overflow?.uniques ?? 0
    for code in counts.indices {
      if isMissing[code] { missing += counts[code] } else if counts[code] == 1 { unique += 1 }
    }
    let inference = ValueInference(
      dictionary: dictionary, counts: counts, isMissing: isMissing,
      isZipHeader: ColumnConcept(header: name) == .zip,
      isTimeHeader: HeaderWords(name).namesTime)
    let uniqueFraction = records == 0 ? 0 : min(1, Double(unique) / Double(records))
    let decision = ColumnRoleDecision(
      header: name, type: inference, uniqueFraction: uniqueFraction)
    self.name = name
    type = inference.type
    role = decision.role
    evidence = decision.evidence
    distinct = dictionary.count
    self.uniqueFraction = uniqueFraction
    missingFraction = records == 0 ? 0 : Double(missing) / Double(records)
  }

  /// Whether each code of `dictionary` stands for a missing value: empty, or one of `tokens`.
  private static func missingCodes(_ dictionary: ValueDictionary, tokens: [String]) -> [Bool] {
    let tokenBytes = Set(tokens.map { Array($0.utf8) })
    return (0..<Int32(dictionary.count)).map { code in
      let value = dictionary.bytes(of: code)
      return value.isEmpty || tokenBytes.contains(Array(value))
    }
  }

  public init(
    name: String, type: ValueType, role: ColumnRole, evidence: String, distinct: Int,
    uniqueFraction: Double, missingFraction: Double
  ) {
    self.name = name
    self.type = type
    self.role = role
    self.evidence = evidence
    self.distinct = distinct
    self.uniqueFraction = uniqueFraction
    self.missingFraction = missingFraction
  }

  /// The profiles of every column of `dataset`, in its order.
  public static func profiles(of dataset: Dataset, missingTokens: [String] = []) -> [ColumnProfile]
  {
    dataset.columns.map { ColumnProfile(column: $0, missingTokens: missingTokens) }
  }

  /// The quasi-identifier columns of `profiles`, in file order, as `--qi` entries: the list a
  /// scan without `--qi` uses ("registered_at:hour": a timestamp with a level).
  public static func suggestedQuasiIdentifiers(_ profiles: [ColumnProfile]) -> [String] {
    suggestedSpecs(profiles).map(\.description)
  }

  /// The suggested quasi-identifiers with their suggested level: timestamps at `:hour`, since a
  /// time to the second is nearly always unique and the hour still says when.
  public static func suggestedSpecs(_ profiles: [ColumnProfile]) -> [QuasiIdentifierSpec] {
    profiles.filter { $0.role == .quasiIdentifier }.map {
      QuasiIdentifierSpec(name: $0.name, generalization: $0.type == .timestamp ? .hour : nil)
    }
  }

  /// The direct-identifier columns of `profiles`, in file order.
  public static func directIdentifiers(_ profiles: [ColumnProfile]) -> [String] {
    profiles.filter { $0.role == .directIdentifier }.map(\.name)
  }

  /// The role a header name alone suggests (for files whose values are not read, e.g. the
  /// outside file's identifying columns in a linkage): direct identifier, sensitive,
  /// quasi-identifier or other.
  public static func role(ofHeader name: String) -> ColumnRole {
    let words = HeaderWords(name)
    if words.directIdentifier != nil { return .directIdentifier }
    if words.sensitive != nil { return .sensitive }
    if words.quasiIdentifier != nil { return .quasiIdentifier }
    return .other
  }
}

extension ColumnProfile {
  /// `figure` as a report shows it: "≈ 1,234,567" when the column's figures are estimates.
  func approximate(_ figure: String) -> String { isEstimated ? "≈ " + figure : figure }
}
