/// A column with its values in their normal spelling: a new dictionary of normalised values and
/// each record's code in it, plus the map from old codes to new.
///
/// Every missing value (the empty cell, a cell of whitespace, a `--na` token) becomes the empty
/// value, so the normalised column's missing values are its empty cells.
public struct NormalisedColumn: Sendable {
  public let column: EncodedColumn
  public let normaliser: ColumnNormaliser
  /// The new code of each old code.
  public let codeMap: [Int32]
  /// Distinct values before normalisation.
  public let distinctBefore: Int
  /// Distinct values whose spelling changed ("BOSTON" → "boston"); missing values not counted.
  public let respelled: Int

  /// How many distinct spellings became one with another: distinct values before minus after.
  public var mergedValues: Int { distinctBefore - column.dictionary.count }
}

extension EncodedColumn {
  /// This column normalised by `normaliser`; `missingTokens` are the `--na` tokens, compared as
  /// exact bytes before normalisation. Costs one normalisation per distinct value and one
  /// array look-up per record.
  public func normalised(by normaliser: ColumnNormaliser, missingTokens: [String] = [])
    -> NormalisedColumn
  {
    let mapped = mapped(missingTokens: missingTokens, normaliser.normalise)
    return NormalisedColumn(
      column: mapped.column, normaliser: normaliser, codeMap: mapped.codeMap,
      distinctBefore: dictionary.count, respelled: mapped.respelled)
  }

  /// This column with each distinct value replaced by `transform(value)` and each missing value
  /// by the empty value; the codes of equal results merge.
  func mapped(missingTokens: [String], _ transform: (ArraySlice<UInt8>) -> [UInt8]) -> (
    column: EncodedColumn, codeMap: [Int32], respelled: Int
  ) {
    let isMissing = missingCodes(tokens: missingTokens)
    var newDictionary = ValueDictionary()
    var codeMap = [Int32](repeating: 0, count: dictionary.count)
    var respelled = 0
    for code in 0..<Int32(dictionary.count) {
      let raw = dictionary.bytes(of: code)
      let value = isMissing[Int(code)] ? [] : transform(raw)
      if !value.isEmpty && !value.elementsEqual(raw) { respelled += 1 }
      codeMap[Int(code)] = newDictionary.code(of: value)
    }
    let newCodes = codes.mapped(through: codeMap, distinct: newDictionary.count)
    let column = EncodedColumn(
      requestedName: requestedName, name: name, index: index, dictionary: newDictionary,
      codes: newCodes)
    return (column, codeMap, respelled)
  }

  /// This column normalised by the normaliser its header and values call for.
  public func normalised(missingTokens: [String] = []) -> NormalisedColumn {
    normalised(by: .infer(header: name, dictionaries: [dictionary]), missingTokens: missingTokens)
  }
}
