/// Each record's MSU figures without its MSUs: how many it has, its smallest, its SUDA score;
/// and the file-level totals (`MSUTotals`). What a scan's report and flags show, in a byte or
/// two a record instead of 8 bytes an MSU.
///
/// Records share a few kinds of figures (smallest MSU, number of MSUs, score), so each kind is
/// kept once and a record holds its kind's number, 0 for no MSU, in a `CodeColumn` (1 byte a
/// record up to 255 kinds). Records given {zip}; nothing; {gender}, {zip, age}; {zip} (m = 3,
/// M = 3: weights 2, 1, 1) get kinds 1, 0, 2, 1: kind 1 is ({zip}, 1 MSU, score 2), kind 2
/// ({gender}, 2 MSUs, score 2 + 1 = 3).
struct RecordMSUFigures: MSUSink, Sendable {
  let scoring: SUDAScoring
  private(set) var totals: MSUTotals
  /// The kind of each record's figures: 0 for none, k for `kinds[k - 1]`.
  private var kindOfRecord = CodeColumn()
  private var kinds: [Kind] = []
  private var kindIndex: [Kind: Int32] = [:]

  /// One kind of record figures.
  struct Kind: Hashable, Sendable {
    var smallest: ColumnSet
    var msus: Int
    /// The SUDA score's bits (a Double, hashed exactly).
    var scoreBits: UInt64
  }

  init(columnCount: Int, maximumSize: Int) {
    scoring = SUDAScoring(columnCount: columnCount, maximumSize: maximumSize)
    totals = MSUTotals(columnCount: columnCount, maximumSize: maximumSize)
  }

  mutating func add(_ msus: UnsafeBufferPointer<ColumnSet>) {
    totals.add(msus)
    guard let smallest = msus.first else {
      kindOfRecord.append(0)
      return
    }
    let kind = Kind(
      smallest: smallest, msus: msus.count, scoreBits: scoring.score(msus).bitPattern)
    if let known = kindIndex[kind] {
      kindOfRecord.append(known)
    } else {
      kinds.append(kind)
      let number = Int32(kinds.count)
      kindIndex[kind] = number
      kindOfRecord.append(number)
    }
  }

  /// n, the records handed over.
  var recordCount: Int { kindOfRecord.count }

  /// The figures of `record`, nil when it has no MSU.
  func kind(ofRecord record: Int) -> Kind? {
    let number = Int(kindOfRecord[record])
    return number > 0 ? kinds[number - 1] : nil
  }

  /// The SUDA score of `record`: the sum of its MSUs' weights, 0 with none.
  func score(ofRecord record: Int) -> Double {
    kind(ofRecord: record).map { Double(bitPattern: $0.scoreBits) } ?? 0
  }

  /// Drops the look-up table of kinds, needed only while records are added.
  mutating func finish() { kindIndex = [:] }
}
