/// A quasi-identifier column after generalization: a new dictionary of generalized values and
/// each record's code in it, with the values the level did not apply to counted.
///
/// Built on the dictionary: each distinct value is generalized once, then every record's code
/// is mapped through one array look-up (`codeMap`), never a string per record. A missing value
/// (the empty cell, a `--na` token) stays as it is and is not counted, except under `:*`.
///
/// With ages 37, 41, 37, "n/a" (a `--na` token) and "unknown" at `:10`: the dictionary 37, 41,
/// n/a, unknown becomes 30-39, 40-49, n/a, unknown; one record ("unknown") was not an
/// integer: `notApplicableRecords` 1, `notApplicableValues` 1.
public struct GeneralizedColumn: Sendable {
  public let column: EncodedColumn
  public let level: Generalization
  /// The column's inferred type, which decided what `level` means.
  public let type: ValueType
  /// Records whose non-missing value the level did not apply to, kept as they were.
  public let notApplicableRecords: Int
  /// Distinct values the level did not apply to.
  public let notApplicableValues: Int
  /// Distinct values before generalizing.
  public let distinctBefore: Int
  /// What the values the level did not apply to are not: "not dates", "not timestamps",
  /// "not integers", "not valid UTF-8 text".
  public let notApplicableKind: String
  /// What the level meant on this column: applied to another file's column of the same
  /// quasi-identifier (a superset), it gives values comparable with these.
  let rule: GeneralizationRule
}

/// The generalization of one dictionary: the new dictionary, the new code of each old code,
/// and which old codes the level did not apply to.
struct DictionaryGeneralization: Sendable {
  let dictionary: ValueDictionary
  let codeMap: [Int32]
  let notApplicable: [Bool]

  init(_ source: ValueDictionary, rule: GeneralizationRule, isMissing: [Bool]) {
    var dictionary = ValueDictionary()
    var codeMap = [Int32](repeating: 0, count: source.count)
    var notApplicable = [Bool](repeating: false, count: source.count)
    for code in 0..<Int32(source.count) {
      let value = source.bytes(of: code)
      let index = Int(code)
      if isMissing[index] && !rule.replacesMissingValues {
        codeMap[index] = value.withUnsafeBytes { dictionary.code(of: $0) }
      } else if let generalized = rule.apply(value) {
        codeMap[index] = generalized.withUnsafeBytes { dictionary.code(of: $0) }
      } else {
        notApplicable[index] = true
        codeMap[index] = value.withUnsafeBytes { dictionary.code(of: $0) }
      }
    }
    self.dictionary = dictionary
    self.codeMap = codeMap
    self.notApplicable = notApplicable
  }
}

extension EncodedColumn {
  /// `missingCodes(tokens:)`, without copying each value when there are no tokens (a column
  /// of timestamps to the second has about as many distinct values as records).
  func missingValues(tokens: [String]) -> [Bool] {
    guard tokens.isEmpty else { return missingCodes(tokens: tokens) }
    return (0..<Int32(dictionary.count)).map { dictionary.bytes(of: $0).isEmpty }
  }

  /// How many records hold each code.
  func recordsPerCode() -> [Int] {
    codes.recordsPerCode(distinct: dictionary.count)
  }

  /// The column's type as `reidrisk columns` infers it from the values (and, for ZIP codes and
  /// epoch timestamps, the header).
  func inferredType(counts: [Int], isMissing: [Bool]) -> ValueType {
    ValueInference(
      dictionary: dictionary, counts: counts, isMissing: isMissing,
      isZipHeader: ColumnConcept(header: name) == .zip,
      isTimeHeader: HeaderWords(name).namesTime
    ).type
  }

  /// This column's values mapped by `rule` (another file's resolution of the same level).
  func generalized(by rule: GeneralizationRule, missingTokens: [String]) -> EncodedColumn {
    let mapping = DictionaryGeneralization(
      dictionary, rule: rule, isMissing: missingValues(tokens: missingTokens))
    let newCodes = codes.mapped(through: mapping.codeMap, distinct: mapping.dictionary.count)
    return EncodedColumn(
      requestedName: requestedName, name: name, index: index, dictionary: mapping.dictionary,
      codes: newCodes)
  }

  /// This column generalized to `level`, which must fit its inferred type; `missingTokens` are
  /// the `--na` tokens (exact bytes).
  public func generalized(_ level: Generalization, missingTokens: [String] = [])
    throws(GeneralizationError) -> GeneralizedColumn
  {
    let counts = recordsPerCode()
    let isMissing = missingValues(tokens: missingTokens)
    let type = inferredType(counts: counts, isMissing: isMissing)
    let rule = try GeneralizationRule(level, column: name, type: type)
    let mapping = DictionaryGeneralization(dictionary, rule: rule, isMissing: isMissing)
    let newCodes = codes.mapped(through: mapping.codeMap, distinct: mapping.dictionary.count)
    var records = 0
    var values = 0
    for code in counts.indices where mapping.notApplicable[code] {
      records += counts[code]
      values += 1
    }
    return GeneralizedColumn(
      column: EncodedColumn(
        requestedName: requestedName, name: name, index: index, dictionary: mapping.dictionary,
        codes: newCodes),
      level: level, type: type, notApplicableRecords: records, notApplicableValues: values,
      distinctBefore: dictionary.count, notApplicableKind: rule.notApplicableKind(type),
      rule: rule)
  }
}
