/// The equivalence classes of a dataset over some quasi-identifier columns: which class each
/// record falls in, and how large each class is.
///
/// Built in one pass over the code columns: the codes of a record form its class key, a hash
/// table over keys gives the class id. Class ids are deterministic: in order of first
/// appearance, within each of the two shards of `PackedPartitioning` on large files.
public struct Partition: Sendable {
  /// The class of each record (indexed from 0), or -1 for a record left out of the analysis.
  public let classOfRecord: [Int32]
  /// The size f_j of each class j: the records holding exactly its values.
  public let classSizes: [Int]
  /// The number of records an attacker cannot tell apart from a member of class j: f_j, or
  /// under `MissingValuePolicy.wildcard` the records whose values agree with the class's
  /// wherever both are present. Risk, k and the histogram use these.
  public let riskSizes: [Int]
  /// Records left out (a missing quasi-identifier under `MissingValuePolicy.exclude`).
  public let excludedCount: Int

  /// The partition of records by the codes in `columns` (all of the same length).
  /// `isMissing[c][code]` says which codes of column c are missing values, for `policy`;
  /// `distinctValues[c]` (the dictionary sizes) lets keys be packed into 64 bits. `seed` keys
  /// the hash tables; the partition does not depend on it.
  public init(
    columns: [[Int32]], isMissing: [[Bool]] = [], policy: MissingValuePolicy = .value,
    distinctValues: [Int]? = nil, seed: HashSeed = .processDefault
  ) {
    self.init(
      columns: columns.map(CodeColumn.init(wide:)), isMissing: isMissing, policy: policy,
      distinctValues: distinctValues, seed: seed)
  }

  /// The partition of records by the codes in `columns`, stored at any width.
  public init(
    columns: [CodeColumn], isMissing: [[Bool]] = [], policy: MissingValuePolicy = .value,
    distinctValues: [Int]? = nil, seed: HashSeed = .processDefault
  ) {
    let recordCount = columns.first?.count ?? 0
    let excludes = policy == .exclude && isMissing.contains { $0.contains(true) }
    let counts = distinctValues ?? columns.map { Int($0.max() ?? 0) + 1 }
    var isExcluded: (@Sendable (Int) -> Bool)?
    if excludes {
      isExcluded = { record in
        columns.indices.contains { isMissing[$0][Int(columns[$0][record])] }
      }
    }
    if let packing = PackedKeys(distinctValues: counts) {
      let classes = PackedPartitioning.classes(
        columns: columns, shifts: packing.shifts, isExcluded: isExcluded, seed: seed)
      classOfRecord = classes.classOfRecord
      classSizes = classes.classSizes
      excludedCount = classes.excluded
    } else {
      var classOfRecord = [Int32](repeating: -1, count: recordCount)
      var classSizes: [Int] = []
      var excluded = 0
      var index = ClassIndex(columns: columns, seed: seed)
      var key = [Int32](repeating: 0, count: columns.count)
      for record in 0..<recordCount {
        if let isExcluded, isExcluded(record) {
          excluded += 1
          continue
        }
        for column in columns.indices { key[column] = columns[column][record] }
        let (id, isNew) = index.insert(key, record: record)
        if isNew { classSizes.append(0) }
        classSizes[Int(id)] += 1
        classOfRecord[record] = id
      }
      self.classOfRecord = classOfRecord
      self.classSizes = classSizes
      self.excludedCount = excluded
    }
    self.riskSizes =
      policy == .wildcard && !isMissing.isEmpty
      ? WildcardSizes.sizes(
        classSizes: classSizes,
        keys: Self.representatives(classOfRecord, classCount: classSizes.count).map { record in
          columns.map { $0[record] }
        },
        isMissing: isMissing)
      : classSizes
  }

  /// The first record (from 0) of each class, which holds the class's key codes. Computed in
  /// one pass when asked, so that a partition does not hold a second array per class.
  public var representative: [Int] {
    Self.representatives(classOfRecord, classCount: classSizes.count)
  }

  private static func representatives(_ classOfRecord: [Int32], classCount: Int) -> [Int] {
    var first = [Int](repeating: -1, count: classCount)
    for (record, id) in classOfRecord.enumerated() where id >= 0 && first[Int(id)] < 0 {
      first[Int(id)] = record
    }
    return first
  }

  /// u, the number of classes.
  public var classCount: Int { classSizes.count }
  /// n, the records in classes (excluded records not counted).
  public var recordCount: Int { classOfRecord.count - excludedCount }
  /// The risk size of the class of `record`, or 0 for an excluded record.
  public func classSize(ofRecord record: Int) -> Int {
    let id = classOfRecord[record]
    return id < 0 ? 0 : riskSizes[Int(id)]
  }

  /// Classes and records by risk size. Without wildcards each bin holds size × classes
  /// records; with them a bin of size s holds the records of the classes whose risk size is s.
  public var histogram: ClassSizeHistogram {
    guard riskSizes != classSizes else { return ClassSizeHistogram(classSizes: classSizes) }
    var bins: [Int: (classes: Int, records: Int)] = [:]
    for (size, records) in zip(riskSizes, classSizes) {
      bins[size, default: (0, 0)].classes += 1
      bins[size, default: (0, 0)].records += records
    }
    return ClassSizeHistogram(
      bins: bins.sorted { $0.key < $1.key }.map {
        ClassSizeHistogram.Bin(size: $0.key, classes: $0.value.classes, records: $0.value.records)
      })
  }
}
