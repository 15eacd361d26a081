/// The flags of a scan whose classes an engine counted: for each record the flags query
/// returns (`id`, `key`, `missing`), its class's size from the class counts, and a row when
/// that class is smaller than k. Records with a missing quasi-identifier are left out under
/// `--missing exclude`, as the CSV path leaves them out of the classes.
///
/// The CSV has the columns of `scan --flags` but `record` and `line` (an engine has no record
/// numbers): `class_size,risk,reason,ID`. With k = 5, a record in a class of 2 gives
/// `2,0.5,"one of 2 records sharing zip, gender (fewer than k = 5)",M00000007`.
public struct EngineFlags: Sendable {
  private let sizeOfKey: [String: Int]
  private let k: Int
  private let excludesMissing: Bool
  private let columns: [String]

  /// Flags against `counts` (whose classes the same queries counted).
  public init(
    counts: ClassCounts, k: Int, missingPolicy: MissingValuePolicy, quasiIdentifiers: [String]
  ) {
    var sizes: [String: Int] = [:]
    sizes.reserveCapacity(counts.classCount)
    for index in 0..<counts.classCount {
      sizes[counts.keyHex(ofClass: index) + ":\(counts.masks[index])"] = counts.counts[index]
    }
    sizeOfKey = sizes
    self.k = k
    excludesMissing = missingPolicy == .exclude
    columns = quasiIdentifiers
  }

  /// The header line, with the id column's name.
  public func header(idColumn: String) -> String {
    ["class_size", "risk", "reason", idColumn].map(FlagsCSV.cell).joined(separator: ",") + "\n"
  }

  /// The line of the record `id` in the class `key` with mask `missing`, or nil when it is
  /// not flagged (or its class is not among the counts: the engine's two results disagree).
  public func line(id: String, key: String, missing: UInt64) -> String? {
    guard !(excludesMissing && missing != 0), let size = sizeOfKey[key + ":\(missing)"],
      size < k
    else { return nil }
    let cells = [
      "\(size)", Formatting.ratio(1 / Double(size)),
      Finding.reason(size: size, k: k, columns: columns), id,
    ]
    return cells.map(FlagsCSV.cell).joined(separator: ",") + "\n"
  }
}
