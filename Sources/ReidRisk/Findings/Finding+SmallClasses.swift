extension Finding {
  /// Findings for the records of `partition` whose class is smaller than `k`, in file order.
  /// `values` adds the quasi-identifier values (`--show-values`).
  static func smallClassRecords(
    dataset: Dataset, partition: Partition, quasiIdentifiers: [EncodedColumn],
    idColumn: EncodedColumn?, k: Int, showValues: Bool
  ) -> [Finding] {
    let names = quasiIdentifiers.map(\.name)
    var flags: [Finding] = []
    var reasons: [Int: String] = [:]  // one string per class size, shared by its records
    for record in partition.classOfRecord.indices {
      let size = partition.classSize(ofRecord: record)
      guard size > 0, size < k else { continue }
      flags.append(
        Finding(
          record: dataset.recordNumber(ofRecord: record),
          line: dataset.lines.line(ofRecord: record), classSize: size, risk: 1 / Double(size),
          reason: reasons[size] ?? {
            let reason = Finding.reason(size: size, k: k, columns: names)
            reasons[size] = reason
            return reason
          }(),
          id: idColumn.map { $0.dictionary.string(of: $0.codes[record]) },
          values: showValues
            ? quasiIdentifiers.map { $0.dictionary.string(of: $0.codes[record]) } : nil))
    }
    return flags
  }
}
