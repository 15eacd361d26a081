extension Partition {
  /// A partition given by each record's class (-1: left out, e.g. suppressed) and the class
  /// sizes, as a lattice node's classes are found without grouping the records again.
  init(classOfRecord: [Int32], classSizes: [Int]) {
    self.classOfRecord = classOfRecord
    self.classSizes = classSizes
    self.riskSizes = classSizes
    self.excludedCount = classOfRecord.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
  }
}
