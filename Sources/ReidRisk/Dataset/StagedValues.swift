/// The values of the requested fields of a run of records, as a lane copied them, handed over
/// instead of interned (profiling: `ValueSink`). Record-major: value `i` of a record is
/// value `record · width + i`, the fields in header order.
///
/// Example: two records `a,1` and `b,2` with both fields requested: bytes "a1b2", ends
/// [1, 2, 3, 4], width 2, records 2.
struct StagedValues: Sendable {
  var bytes: [UInt8] = []
  /// Value `i` spans `bytes[ends[i − 1] ..< ends[i]]` (from 0 for the first).
  var ends: [Int] = []
  /// Values per record.
  var width: Int
  var records: Int { width == 0 ? 0 : ends.count / width }

  init(width: Int) { self.width = width }

  /// Appends the first `values` values of `arena`, whose ends are `ends`.
  mutating func append(
    _ arena: UnsafeRawBufferPointer, ends: UnsafeBufferPointer<Int>, values: Int
  ) {
    guard values > 0 else { return }
    let base = bytes.count
    let used = ends[values - 1]
    bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: arena[..<used]))
    self.ends.reserveCapacity(self.ends.count + values)
    for index in 0..<values { self.ends.append(base + ends[index]) }
  }

  /// Calls `body` with the value of `position` in each record, in order.
  func forEachValue(at position: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
    bytes.withUnsafeBytes { bytes in
      ends.withUnsafeBufferPointer { ends in
        var value = position
        while value < ends.count {
          let start = value == 0 ? 0 : ends[value - 1]
          body(UnsafeRawBufferPointer(rebasing: bytes[start..<ends[value]]))
          value += width
        }
      }
    }
  }
}

/// Takes the values of the requested fields, run by run in file order, in place of the codes
/// a `Dataset` would hold (`ProfileTallies`).
protocol ValueSink: AnyObject {
  /// The header is read: the values will be those of header `columns`, in that order.
  func start(header: Header, columns: [Int])
  func take(_ runs: [StagedValues])
}
