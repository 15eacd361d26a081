import ReidRisk

extension EngineFlags {
  /// The flags CSV of the records the flags query returns, checked against `counts`.
  static func csv(
    _ queries: ClassCountsQueries, client: any EngineClient, counts: ClassCounts,
    layer: ScanSettings, idColumn: String
  ) throws(EngineError) -> String {
    let k = layer.k ?? 5
    guard let query = queries.flags(below: k) else { return "" }
    let flags = EngineFlags(
      counts: counts, k: k, missingPolicy: layer.missing ?? .value,
      quasiIdentifiers: queries.quasiIdentifiers.map(\.name))
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
