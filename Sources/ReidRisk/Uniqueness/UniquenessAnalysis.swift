/// Why records are unique: their minimal sample uniques (MSUs), SUDA and DIS-SUDA scores, and
/// the file-level summary, on the quasi-identifier columns a scan groups on.
///
/// Keeps what the reports and flags show (the summary; per record the number of MSUs, the
/// smallest and the score, `RecordMSUFigures`), not every MSU of every record: for those,
/// `MinimalSampleUniques`.
public struct UniquenessAnalysis: Sendable {
  public let scoring: SUDAScoring
  public let dis: DISSUDA
  public private(set) var summary: MSUSummary
  /// The quasi-identifiers, in QI order.
  public let names: [String]
  /// Attribute risk from the lattice's own walk, when asked for (`attributeRisk: true`) and
  /// the lattice searched the MSUs; nil otherwise.
  public let attributeRisk: [AttributeRisk]?
  /// Each record's figures, by position among the records searched.
  private let figures: RecordMSUFigures
  /// The position among the records searched of each record of the dataset, -1 for a record
  /// left out; nil when every record was searched.
  private let positions: [Int32]?

  /// MSUs of the records whose codes are `columns` (`distinct` codes each), named `names`, up
  /// to `maximumSize` columns; `included`, when given, says which records take part (the
  /// others, left out by `--missing exclude`, have no MSU and share with no one). U1 and U2
  /// for DIS-SUDA are counted on all the columns (`classSizes`, the sizes of the classes on
  /// all of them, when already known); π is `samplingFraction`.
  public init(
    columns: [[Int32]], distinct: [Int], names: [String], maximumSize: Int,
    samplingFraction: Double, included: [Bool]? = nil,
    method: MinimalSampleUniques.Method? = nil, attributeRisk: Bool = false,
    classSizes: [Int]? = nil
  ) {
    self.init(
      columns: columns.map(CodeColumn.init(wide:)), distinct: distinct, names: names,
      maximumSize: maximumSize, samplingFraction: samplingFraction, included: included,
      method: method, attributeRisk: attributeRisk, classSizes: classSizes)
  }

  /// The same, the codes read at their stored width (no 4-byte copy).
  public init(
    columns: [CodeColumn], distinct: [Int], names: [String], maximumSize: Int,
    samplingFraction: Double, included: [Bool]? = nil,
    method: MinimalSampleUniques.Method? = nil, attributeRisk: Bool = false,
    classSizes: [Int]? = nil
  ) {
    var searched = columns
    var positions: [Int32]?
    if let included, included.contains(false) {
      var map = [Int32](repeating: -1, count: included.count)
      var next: Int32 = 0
      for (record, isIn) in included.enumerated() where isIn {
        map[record] = next
        next += 1
      }
      searched = columns.map { $0.filtered(included) }
      positions = map
    }
    let size = min(maximumSize, columns.count)
    var figures = RecordMSUFigures(columnCount: columns.count, maximumSize: size)
    let walked = MinimalSampleUniques.search(
      columns: searched, distinct: distinct, maximumSize: size, method: method,
      walkedSize: attributeRisk ? AttributeRisk.size(columnCount: columns.count) : 0,
      into: &figures)
    figures.finish()
    self.attributeRisk =
      attributeRisk && !walked.isEmpty
      ? AttributeRisk.measure(walked, recordCount: figures.recordCount, names: names)
      : nil
    let sizes = classSizes ?? Partition(columns: searched, distinctValues: distinct).classSizes
    self.scoring = figures.scoring
    self.figures = figures
    self.positions = positions
    self.names = names
    self.dis = DISSUDA(
      scores: (0..<figures.recordCount).lazy.map { figures.score(ofRecord: $0) },
      uniques: sizes.count { $0 == 1 }, pairs: 2 * sizes.count { $0 == 2 },
      samplingFraction: samplingFraction, columnCount: columns.count)
    self.summary = figures.totals.summary(names: names, samplingFraction: samplingFraction)
  }

  /// Whether the reports put the MSU section first (`MSUSummary.leads`).
  public var leads: Bool {
    get { summary.leads }
    set { summary.leads = newValue }
  }

  /// The figures of the record at `index` (from 0, as in the dataset).
  public func record(_ index: Int) -> RecordUniqueness {
    let position = positions.map { Int($0[index]) } ?? index
    guard position >= 0, let kind = figures.kind(ofRecord: position) else {
      return RecordUniqueness(msus: 0, smallest: nil, sudaScore: 0, disScore: 0)
    }
    let score = Double(bitPattern: kind.scoreBits)
    return RecordUniqueness(
      msus: kind.msus, smallest: kind.smallest, sudaScore: score,
      disScore: dis.score(suda: score))
  }
}

/// One record's MSU figures.
public struct RecordUniqueness: Sendable, Equatable {
  /// Its MSUs, up to the size searched.
  public var msus: Int
  /// Its smallest MSU, the first in QI order when several are smallest; nil with none.
  public var smallest: ColumnSet?
  /// The sum of its MSUs' weights (`SUDAScoring`); 0 with none.
  public var sudaScore: Double
  /// `DISSUDA.score(suda:)`; 0 with none.
  public var disScore: Double
}
