/// The flags of a scan whose classes an engine counted: for each record the flags query
/// returns (`id`, `key`, `missing`), a row when its class is flagged, with the class's size
/// and the reason a file's flags give (`Scan.classFlags(of:)`: smaller than k, or short of l
/// or t on a sensitive column). Under `--missing exclude` a record with a missing
/// quasi-identifier is in no class, as in the CSV path, so it is never flagged.
///
/// The CSV has the columns of `scan --flags` but `record` and `line` (an engine has no record
/// numbers): `class_size,risk,reason,ID`. With k = 5, a record in a class of 2 gives
/// `2,0.5,"one of 2 records sharing zip, gender (fewer than k = 5)",M00000007`.
public struct EngineFlags: Sendable {
  private let flagOfKey: [String: ClassFlag]
  /// The keys of the classes of k records or more that are flagged (short of l or t), which
  /// the flags query must return besides the classes smaller than k.
  public let keysAtLeastK: [String]

  /// Flags of `counts` (whose classes the same queries counted): `flags` holds each class's
  /// flag, in the order of `counts` (`Scan.classFlags(of:)`), k the class size asked for.
  public init(counts: ClassCounts, flags: [ClassFlag?], k: Int) {
    var flagOfKey: [String: ClassFlag] = [:]
    var keysAtLeastK: [String] = []
    for (index, flag) in flags.enumerated() {
      guard let flag, index < counts.classCount else { continue }
      let key = counts.keyHex(ofClass: index)
      flagOfKey[key + ":\(counts.masks[index])"] = flag
      if counts.counts[index] >= k { keysAtLeastK.append(key) }
    }
    self.flagOfKey = flagOfKey
    self.keysAtLeastK = keysAtLeastK
  }

  /// The header line, with the id column's name.
  public func header(idColumn: String) -> String {
    ["class_size", "risk", "reason", idColumn].map(FlagsCSV.cell).joined(separator: ",") + "\n"
  }

  /// The line of the record `id` in the class `key` with mask `missing`, or nil when it is
  /// not flagged (or its class is not among the counts: the engine's two results disagree).
  public func line(id: String, key: String, missing: UInt64) -> String? {
    guard let flag = flagOfKey[key + ":\(missing)"] else { return nil }
    let cells = [
      "\(flag.size)", Formatting.ratio(1 / Double(flag.size)), flag.reason, id,
    ]
    return cells.map(FlagsCSV.cell).joined(separator: ",") + "\n"
  }
}
