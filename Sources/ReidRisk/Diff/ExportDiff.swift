/// Compares two versions of an export on the same quasi-identifiers.
///
/// Example: old classes {A: 2, B: 3}, new classes {A: 1, B: 3, C: 1} with k = 3. Class A went
/// from 2 records to 1 (became unique, and it was already below k); C is new and unique; B is
/// unchanged. With ids, the record of A that is still there counts as "became unique".
public enum ExportDiff {
  /// The diff of `old` and `new`, both read with `options.requestedColumns`; records are
  /// matched by `options.idColumn` when it is set.
  public static func compare(
    old: Dataset, oldFile: String, new: Dataset, newFile: String, options: ScanOptions
  ) throws(ScanError) -> DiffReport {
    let oldScan = try Scan(dataset: old, file: oldFile, options: options)
    let newScan = try Scan(dataset: new, file: newFile, options: options)
    let oldKeys = ClassKeys(
      dataset: old, partition: oldScan.partition, quasiIdentifiers: options.quasiIdentifiers)
    let newKeys = ClassKeys(
      dataset: new, partition: newScan.partition, quasiIdentifiers: options.quasiIdentifiers)
    var report = DiffReport(
      old: oldFile, new: newFile, quasiIdentifiers: newScan.report.quasiIdentifiers,
      idColumn: options.idColumn,
      before: .init(oldScan.report), after: .init(newScan.report), records: nil,
      classes: classChanges(
        oldKeys.sizes(oldScan.partition), newKeys.sizes(newScan.partition), k: options.k),
      notes: [])
    if let id = options.idColumn, let oldIDs = old.column(named: id),
      let newIDs = new.column(named: id)
    {
      report.records = recordChanges(
        old: (oldIDs, oldScan.partition), new: (newIDs, newScan.partition))
      if let records = report.records, records.duplicateIDs > 0 {
        report.notes.append(
          "\(records.duplicateIDs) ids appear more than once in a version; the first record with each id was compared"
        )
      }
    } else {
      report.notes.append(
        "records are not matched across the versions (no --id column): changes are counted per"
          + " equivalence class, by quasi-identifier values; give --id to count records that became unique"
      )
    }
    return report
  }

  static func classChanges(_ old: [[UInt8]: Int], _ new: [[UInt8]: Int], k: Int)
    -> DiffReport.ClassChanges
  {
    var changes = DiffReport.ClassChanges()
    for (key, size) in new {
      let before = old[key]
      if size == 1 {
        if let before, before >= 2 { changes.becameUnique += 1 }
        if before == nil { changes.newUnique += 1 }
      }
      if let before, before >= k, size < k { changes.fellBelowK += 1 }
    }
    for (key, _) in old where new[key] == nil { changes.disappeared += 1 }
    return changes
  }

  static func recordChanges(
    old: (ids: EncodedColumn, partition: Partition), new: (ids: EncodedColumn, partition: Partition)
  ) -> DiffReport.RecordChanges {
    var changes = DiffReport.RecordChanges()
    // the old class size of each id code's first record (0: excluded)
    var oldSizeByID = [Int?](repeating: nil, count: old.ids.dictionary.count)
    for (record, code) in old.ids.codes.enumerated() {
      if oldSizeByID[Int(code)] != nil {
        changes.duplicateIDs += 1
        continue
      }
      oldSizeByID[Int(code)] = old.partition.classSize(ofRecord: record)
    }
    var seen = [Bool](repeating: false, count: new.ids.dictionary.count)
    var matchedOld = [Bool](repeating: false, count: old.ids.dictionary.count)
    for (record, code) in new.ids.codes.enumerated() {
      if seen[Int(code)] {
        changes.duplicateIDs += 1
        continue
      }
      seen[Int(code)] = true
      let size = new.partition.classSize(ofRecord: record)
      let bytes = new.ids.dictionary.bytes(of: code)
      let oldCode = bytes.withUnsafeBytes { old.ids.dictionary.existingCode(of: $0) }
      guard let oldCode, let before = oldSizeByID[Int(oldCode)] else {
        changes.added += 1
        if size == 1 { changes.addedUnique += 1 }
        continue
      }
      matchedOld[Int(oldCode)] = true
      changes.matched += 1
      switch (before == 1, size == 1) {
      case (false, true): changes.becameUnique += 1
      case (true, true): changes.stayedUnique += 1
      case (true, false): changes.noLongerUnique += 1
      case (false, false): break
      }
    }
    changes.removed = oldSizeByID.indices.filter { oldSizeByID[$0] != nil && !matchedOld[$0] }.count
    return changes
  }
}
