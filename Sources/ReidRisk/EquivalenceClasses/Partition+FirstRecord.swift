extension Partition {
  /// The first record (from 0, in file order) whose class is smaller than `k`, or nil: the
  /// record SARIF points a broken k bound at. Stops at the first such record, so it reads few
  /// class ids when small classes are common and all of them only when there is none.
  ///
  /// Classes of records 0…3: 0, 0, 1, 0 with sizes 3 and 1, k = 2: record 2.
  func firstRecord(inClassesSmallerThan k: Int) -> Int? {
    for (record, id) in classOfRecord.enumerated() where id >= 0 && riskSizes[Int(id)] < k {
      return record
    }
    return nil
  }
}
