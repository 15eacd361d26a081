/// Counts, per export class, the outside records that share its values, and tallies the outside
/// records that cannot match: a missing value, or a value no export record has.
struct OutsideCount {
  /// m_j, outside records with the values of export class j.
  var matches: [Int32]
  /// The first outside record (from 0) with the values of class j, or -1.
  var firstRecord: [Int32]
  /// Outside records with a missing join value.
  var withMissingValue = 0
  /// Outside records whose values no export record has (one value absent, or the combination).
  var notInExport = 0

  init(classes: Int) {
    matches = Array(repeating: 0, count: classes)
    firstRecord = Array(repeating: -1, count: classes)
  }

  /// Counts `recordCount` outside records: `columns[c]` their codes in column c, `maps[c]` the
  /// export code of each such code (or `OutsideCodes.missing` / `.absent`).
  mutating func add(
    _ columns: [CodeColumn], _ maps: [[Int32]], recordCount: Int, index: ClassKeyIndex
  ) {
    var key = [Int32](repeating: 0, count: columns.count)
    for record in 0..<recordCount {
      var isMissing = false
      var isAbsent = false
      for column in columns.indices {
        let code = maps[column][Int(columns[column][record])]
        key[column] = code
        if code == OutsideCodes.missing { isMissing = true } else if code < 0 { isAbsent = true }
      }
      if isMissing {
        withMissingValue += 1
        notInExport += 1
        continue
      }
      guard !isAbsent, let id = index.classID(of: key) else {
        notInExport += 1
        continue
      }
      matches[Int(id)] += 1
      if firstRecord[Int(id)] < 0 { firstRecord[Int(id)] = Int32(record) }
    }
  }
}
