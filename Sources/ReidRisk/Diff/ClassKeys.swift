/// The quasi-identifier values of each equivalence class of a scan, as one byte string per
/// class, so that classes can be matched across two versions of an export by their values.
///
/// A key is each value's length (4 bytes) followed by its bytes, column after column, so that
/// ("ab", "c") and ("a", "bc") never collide.
struct ClassKeys {
  /// The key of each class, indexed by class id.
  let keys: [[UInt8]]

  init(dataset: Dataset, partition: Partition, quasiIdentifiers: [String]) {
    let columns = quasiIdentifiers.compactMap { dataset.column(named: $0) }
    keys = partition.representative.map { record in
      var key: [UInt8] = []
      for column in columns {
        let value = column.dictionary.bytes(of: column.codes[record])
        withUnsafeBytes(of: UInt32(value.count).littleEndian) { key.append(contentsOf: $0) }
        key.append(contentsOf: value)
      }
      return key
    }
  }

  /// Class size by key.
  func sizes(_ partition: Partition) -> [[UInt8]: Int] {
    var sizes: [[UInt8]: Int] = [:]
    sizes.reserveCapacity(keys.count)
    for (id, key) in keys.enumerated() { sizes[key] = partition.classSizes[id] }
    return sizes
  }
}
