/// The file-level MSU figures (`MSUSummary`), counted record by record as a search hands the
/// MSUs over: per size, per column, the combinations of one and two columns, the total weight.
///
/// The sums are taken in record order, then in each record's MSU order, so that the shares
/// (Σ weights, in floating point) come out the same however the MSUs are stored. On two records
/// with MSUs {zip} and {zip, gender} (m = 3, M = 3: weights 2 for size 1, 1 for size 2): zip in
/// both, weight 2 + 1 = 3 of 3, contribution 1; gender 1 of 3; sizes 1 and 2 one MSU and one
/// record each.
struct MSUTotals: MSUSink, Sendable {
  let columnCount: Int
  let maximumSize: Int
  private let weights: [Double]
  private var msusOfSize: [Int]
  private var recordsOfSize: [Int]
  private var columnMSUs: [Int]
  private var columnWeight: [Double]
  private var totalWeight = 0.0
  private var small: [ColumnSet: Int] = [:]
  private var recordsWithMSU = 0
  /// MSUs over all records.
  private(set) var count = 0

  init(columnCount: Int, maximumSize: Int) {
    self.columnCount = columnCount
    self.maximumSize = maximumSize
    let scoring = SUDAScoring(columnCount: columnCount, maximumSize: maximumSize)
    weights = (0...maximumSize).map { scoring.weight(ofSize: $0) }
    msusOfSize = [Int](repeating: 0, count: maximumSize + 1)
    recordsOfSize = msusOfSize
    columnMSUs = [Int](repeating: 0, count: columnCount)
    columnWeight = [Double](repeating: 0, count: columnCount)
  }

  mutating func add(_ msus: UnsafeBufferPointer<ColumnSet>) {
    guard let first = msus.first else { return }
    recordsWithMSU += 1
    recordsOfSize[first.count] += 1
    count += msus.count
    for set in msus {
      msusOfSize[set.count] += 1
      let weight = weights[set.count]
      totalWeight += weight
      var rest = set.bits
      while rest != 0 {
        let column = rest.trailingZeroBitCount
        columnMSUs[column] += 1
        columnWeight[column] += weight
        rest &= rest - 1
      }
      if set.count <= 2 { small[set, default: 0] += 1 }
    }
  }

  /// The summary, with `names` the quasi-identifiers in QI order.
  func summary(names: [String], samplingFraction: Double) -> MSUSummary {
    MSUSummary(
      maxSize: maximumSize, quasiIdentifiers: names, msus: count,
      bySize: (1...max(maximumSize, 1)).filter { $0 <= maximumSize }.map {
        MSUSummary.SizeCount(size: $0, msus: msusOfSize[$0], records: recordsOfSize[$0])
      },
      columns: names.indices.map {
        MSUSummary.ColumnContribution(
          column: names[$0], msus: columnMSUs[$0],
          contribution: totalWeight > 0 ? columnWeight[$0] / totalWeight : 0)
      },
      recordsWithMSU: recordsWithMSU,
      combinations: small.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        .map { MSUSummary.Combination(columns: $0.key.names(names), records: $0.value) },
      samplingFraction: samplingFraction)
  }
}
