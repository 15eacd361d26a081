extension Dataset {
  /// Drops the quasi-identifier columns that `grouped` replaced by a normalised or generalized
  /// copy, unless another role reads them as they are: a sensitive attribute, the id or the
  /// weight column, or an attack scenario (which groups on columns of its own choosing). The
  /// scan groups, flags and shows values on the copies, so the columns as read would only hold
  /// memory: at 10M records a timestamp generalized to the hour keeps 40 MB of 4-byte codes
  /// beside the copy's 20 MB of 2-byte ones. Freed only when this dataset holds the last
  /// reference (the caller passed it on, `consume`).
  mutating func release(
    replacedBy grouped: [Scan.GroupedColumn], keeping roles: ScanColumns, options: ScanOptions
  ) {
    guard options.scenarios.isEmpty else { return }
    let kept = Set(
      (roles.sensitive + [roles.id, roles.weight].compactMap { $0 }).map(\.index))
    let replaced = Set(
      grouped.filter { options.normalises || $0.generalization != nil }.map(\.column.index)
    ).subtracting(kept)
    columns.removeAll { replaced.contains($0.index) }
  }
}
