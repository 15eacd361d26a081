/// The equivalence classes of a dataset over some quasi-identifier columns: which class each
/// record falls in, and how large each class is.
///
/// Built in one pass over the code columns: the codes of a record form its class key, a hash
/// table over keys gives the class id. Class ids follow the order of first appearance.
public struct Partition: Sendable {
  /// The class of each record (indexed from 0), or -1 for a record left out of the analysis.
  public let classOfRecord: [Int32]
  /// The size f_j of each class j.
  public let classSizes: [Int]
  /// The first record (from 0) of each class, which holds the class's key codes.
  public let representative: [Int]
  /// Records left out (a missing quasi-identifier under `MissingValuePolicy.exclude`).
  public let excludedCount: Int

  /// The partition of records by the codes in `columns` (all of the same length).
  /// `isMissing[c][code]` says which codes of column c are missing values, for `policy`;
  /// `distinctValues[c]` (the dictionary sizes) lets keys be packed into 64 bits.
  public init(
    columns: [[Int32]], isMissing: [[Bool]] = [], policy: MissingValuePolicy = .value,
    distinctValues: [Int]? = nil
  ) {
    let recordCount = columns.first?.count ?? 0
    var classOfRecord = [Int32](repeating: -1, count: recordCount)
    var classSizes: [Int] = []
    var representative: [Int] = []
    var excluded = 0
    let excludes = policy == .exclude && isMissing.contains { $0.contains(true) }
    let counts = distinctValues ?? columns.map { Int(($0.max() ?? 0) + 1) }
    func place(_ record: Int, _ result: (id: Int32, isNew: Bool)) {
      if result.isNew {
        classSizes.append(0)
        representative.append(record)
      }
      classSizes[Int(result.id)] += 1
      classOfRecord[record] = result.id
    }
    func isExcluded(_ record: Int) -> Bool {
      guard excludes else { return false }
      for column in columns.indices where isMissing[column][Int(columns[column][record])] {
        return true
      }
      return false
    }
    if let packing = PackedKeys(distinctValues: counts) {
      var index = PackedClassIndex()
      for record in 0..<recordCount {
        if isExcluded(record) {
          excluded += 1
          continue
        }
        var key: UInt64 = 0
        for column in columns.indices {
          key |= UInt64(UInt32(bitPattern: columns[column][record])) << packing.shifts[column]
        }
        place(record, index.insert(key))
      }
    } else {
      var index = ClassIndex(width: columns.count)
      var key = [Int32](repeating: 0, count: columns.count)
      for record in 0..<recordCount {
        if isExcluded(record) {
          excluded += 1
          continue
        }
        for column in columns.indices { key[column] = columns[column][record] }
        place(record, index.insert(key))
      }
    }
    self.classOfRecord = classOfRecord
    self.classSizes = classSizes
    self.representative = representative
    self.excludedCount = excluded
  }

  /// u, the number of classes.
  public var classCount: Int { classSizes.count }
  /// n, the records in classes (excluded records not counted).
  public var recordCount: Int { classOfRecord.count - excludedCount }
  /// The size of the class of `record`, or 0 for an excluded record.
  public func classSize(ofRecord record: Int) -> Int {
    let id = classOfRecord[record]
    return id < 0 ? 0 : classSizes[Int(id)]
  }
  public var histogram: ClassSizeHistogram { ClassSizeHistogram(classSizes: classSizes) }
}
