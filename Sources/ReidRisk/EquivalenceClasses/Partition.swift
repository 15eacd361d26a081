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
  /// `isMissing[c][code]` says which codes of column c are missing values, for `policy`.
  public init(columns: [[Int32]], isMissing: [[Bool]] = [], policy: MissingValuePolicy = .value) {
    let recordCount = columns.first?.count ?? 0
    var index = ClassIndex(width: columns.count)
    var classOfRecord = [Int32](repeating: -1, count: recordCount)
    var classSizes: [Int] = []
    var representative: [Int] = []
    var excluded = 0
    var key = [Int32](repeating: 0, count: columns.count)
    let excludes = policy == .exclude && !isMissing.isEmpty
    recordLoop: for record in 0..<recordCount {
      for column in columns.indices {
        let code = columns[column][record]
        if excludes && isMissing[column][Int(code)] {
          excluded += 1
          continue recordLoop
        }
        key[column] = code
      }
      let (id, isNew) = index.insert(key)
      if isNew {
        classSizes.append(0)
        representative.append(record)
      }
      classSizes[Int(id)] += 1
      classOfRecord[record] = id
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
