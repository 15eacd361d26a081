/// Which records a scan flags, and why: records in classes smaller than k, records whose
/// class falls short of l or t on a sensitive column, and records an attack scenario singles
/// out (alone on the columns that outside source publishes).
struct FindingRule {
  let partition: Partition
  let k: Int
  let sensitive: [SensitiveAttributeRisk]
  let scenarios: ScenarioEvaluation?

  /// Whether class `id` is flagged as a whole (small, or short on a sensitive column).
  func isFlagged(classId id: Int) -> Bool {
    partition.riskSizes[id] < k || sensitive.contains { $0.shortfall(ofClass: id) != nil }
  }

  /// The records flagged: those of flagged classes, and those singled out by a scenario.
  var flaggedRecords: Int {
    var total = 0
    var isClassFlagged = [Bool](repeating: false, count: scenarios == nil ? 0 : classCount)
    for id in partition.classSizes.indices where isFlagged(classId: id) {
      total += partition.classSizes[id]
      if scenarios != nil { isClassFlagged[id] = true }
    }
    if let scenarios {
      for (record, id) in partition.classOfRecord.enumerated() where id >= 0 {
        if !isClassFlagged[Int(id)] && !scenarios.scenarios(singlingOut: record).isEmpty {
          total += 1
        }
      }
    }
    return total
  }

  private var classCount: Int { partition.classSizes.count }

  /// Why class `id` is flagged as a whole ("one of 3 records sharing zip, gender (fewer than
  /// k = 5)", then each sensitive column's shortfall, joined by "; "), or nil when it is not.
  func reason(ofClass id: Int, columns: [String], showValues: Bool) -> String? {
    guard isFlagged(classId: id) else { return nil }
    let size = partition.riskSizes[id]
    var parts = size < k ? [Finding.reason(size: size, k: k, columns: columns)] : []
    parts += sensitive.compactMap { $0.reason(forClass: id, showValues: showValues) }
    return parts.joined(separator: "; ")
  }

  /// The findings in file order. `showValues` adds the quasi-identifier values and lets the
  /// sensitive reasons name values.
  func findings(
    dataset: Dataset, quasiIdentifiers: [EncodedColumn], idColumn: EncodedColumn?,
    showValues: Bool, uniqueness: UniquenessAnalysis? = nil
  ) -> [Finding] {
    let names = quasiIdentifiers.map(\.name)
    // One reason string per flagged class, shared by its records.
    let classReasons: [String?] = partition.classSizes.indices.map { id in
      reason(ofClass: id, columns: names, showValues: showValues)
    }
    var findings: [Finding] = []
    let explainer = uniqueness.map {
      UniquenessExplainer($0, quasiIdentifiers: quasiIdentifiers, k: k, showValues: showValues)
    }
    for record in partition.classOfRecord.indices {
      let id = Int(partition.classOfRecord[record])
      guard id >= 0 else { continue }
      let reasons = [classReasons[id], scenarios?.flagNote(record: record)].compactMap { $0 }
      guard !reasons.isEmpty else { continue }
      let size = partition.riskSizes[id]
      findings.append(
        Finding(
          record: dataset.recordNumber(ofRecord: record),
          line: dataset.lines.line(ofRecord: record), classSize: size, risk: 1 / Double(size),
          reason: reasons.joined(separator: "; "),
          id: idColumn.map { $0.dictionary.string(of: $0.codes[record]) },
          values: showValues
            ? quasiIdentifiers.map { $0.dictionary.string(of: $0.codes[record]) } : nil))
      explainer?.explain(&findings[findings.count - 1], record: record)
    }
    return findings
  }
}
