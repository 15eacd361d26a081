import ReidRisk

extension EngineFlags {
  /// The flags CSV of the records the flags query returns, for the classes `flags` flags
  /// (`Scan.classFlags(of: counts)`, in the order of `counts`); past `keyLimit` classes of k
  /// or more flagged, the query returns every record and the flagged are kept here.
  static func csv(
    _ queries: ClassCountsQueries, client: any EngineClient, counts: ClassCounts,
    flags classFlags: [ClassFlag?], layer: ScanSettings, idColumn: String,
    keyLimit: Int = ClassCountsQueries.largestKeyList
  ) throws(EngineError) -> String {
    let k = layer.k ?? 5
    let flags = EngineFlags(counts: counts, flags: classFlags, k: k)
    guard let query = queries.flags(below: k, alsoKeys: flags.keysAtLeastK, keyLimit: keyLimit)
    else { return "" }
    var text = flags.header(idColumn: idColumn)
    try client.run(query) { (fields) throws(EngineError) in
      guard let mask = UInt64(fields[2] ?? "") else {
        throw EngineError(
          engine: client.engine, kind: .result, detail: "a missing mask that is no whole number",
          remedy: "that the engine ran the query reidrisk wrote")
      }
      if let line = flags.line(id: fields[0] ?? "", key: fields[1] ?? "", missing: mask) {
        text += line
      }
    }
    return text
  }
}
