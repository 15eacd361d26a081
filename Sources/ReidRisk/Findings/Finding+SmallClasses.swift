extension Finding {
  /// Findings for the records of `partition` whose class is smaller than `k` or falls short of
  /// l or t on a sensitive column, in file order. `showValues` adds the quasi-identifier values
  /// and lets sensitive reasons name values.
  static func records(
    dataset: Dataset, partition: Partition, quasiIdentifiers: [EncodedColumn],
    idColumn: EncodedColumn?, k: Int, sensitive: [SensitiveAttributeRisk], showValues: Bool
  ) -> [Finding] {
    let names = quasiIdentifiers.map(\.name)
    // One reason string per class that is flagged, shared by its records.
    var reasons: [String?] = partition.classSizes.indices.map { id in
      let size = partition.riskSizes[id]
      var parts = size < k ? [Finding.reason(size: size, k: k, columns: names)] : []
      parts += sensitive.compactMap { $0.reason(forClass: id, showValues: showValues) }
      return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
    var flags: [Finding] = []
    for record in partition.classOfRecord.indices {
      let id = Int(partition.classOfRecord[record])
      guard id >= 0, let reason = reasons[id] else { continue }
      let size = partition.riskSizes[id]
      flags.append(
        Finding(
          record: dataset.recordNumber(ofRecord: record),
          line: dataset.lines.line(ofRecord: record), classSize: size, risk: 1 / Double(size),
          reason: reason,
          id: idColumn.map { $0.dictionary.string(of: $0.codes[record]) },
          values: showValues
            ? quasiIdentifiers.map { $0.dictionary.string(of: $0.codes[record]) } : nil))
    }
    reasons.removeAll()
    return flags
  }
}
