/// The columns a scan measures, resolved once from the dataset the reader returned, by role:
/// after this the scan holds columns, never names. A name the dataset does not hold is an error
/// listing every such name at once (the reader refuses unknown columns before, so this guards a
/// dataset read for other options), never a column silently left out.
struct ScanColumns {
  /// Emptied by `Scan` once grouped, so that the columns it replaced can be freed.
  var quasiIdentifiers: [EncodedColumn]
  let sensitive: [EncodedColumn]
  let id: EncodedColumn?
  let weight: EncodedColumn?

  init(dataset: Dataset, options: ScanOptions, file: String) throws(ScanError) {
    var missing: [String] = []
    func resolve(_ name: String) -> EncodedColumn? {
      guard let column = dataset.column(named: name) else {
        missing.append(name)
        return nil
      }
      return column
    }
    quasiIdentifiers = options.quasiIdentifiers.compactMap(resolve)
    sensitive = options.sensitiveAttributes.compactMap(resolve)
    id = options.idColumn.flatMap(resolve)
    weight = options.weightColumn.flatMap(resolve)
    guard missing.isEmpty else {
      throw ScanError(
        file: file,
        reason: "the records read hold no column \(MessageText.list(missing)); read the file"
          + " with these columns requested")
    }
  }

  /// The columns of a population source, in the order of `names` (the quasi-identifiers).
  static func resolve(_ names: [String], in source: Dataset, file: String) throws(ScanError)
    -> [EncodedColumn]
  {
    var columns: [EncodedColumn] = []
    var missing: [String] = []
    for name in names {
      if let column = source.column(named: name) {
        columns.append(column)
      } else {
        missing.append(name)
      }
    }
    guard missing.isEmpty else {
      throw ScanError(
        file: file,
        reason: "the population's records hold no column \(MessageText.list(missing)); give a"
          + " superset or population table with every quasi-identifier")
    }
    return columns
  }
}
