/// The outside file's values in the export's code space: for each distinct value of an outside
/// column, the code of the same (normalised) value in the export's normalised dictionary.
///
/// Costs one normalisation and one `existingCode` look-up per distinct outside value; records
/// are then translated with an array look-up each. The outside values themselves are never
/// kept beyond the outside column's own dictionary.
struct OutsideCodes {
  /// A value missing in the outside record (empty, whitespace or a `--na` token).
  static let missing: Int32 = -2
  /// A value that no export record has.
  static let absent: Int32 = -1

  /// export code of each outside code, or `missing` / `absent`.
  let map: [Int32]
  /// Distinct outside values whose spelling the normaliser changed.
  let respelled: Int

  init(
    outside column: EncodedColumn, export: NormalisedColumn, missingTokens: [String]
  ) {
    let isMissing = column.missingCodes(tokens: missingTokens)
    var map = [Int32](repeating: Self.absent, count: column.dictionary.count)
    var respelled = 0
    for code in 0..<Int32(column.dictionary.count) {
      let raw = column.dictionary.bytes(of: code)
      let value = export.normaliser.normalise(raw)
      if isMissing[Int(code)] || value.isEmpty {
        map[Int(code)] = Self.missing
        continue
      }
      if !value.elementsEqual(raw) { respelled += 1 }
      map[Int(code)] =
        value.withUnsafeBytes { export.column.dictionary.existingCode(of: $0) } ?? Self.absent
    }
    self.map = map
    self.respelled = respelled
  }
}
