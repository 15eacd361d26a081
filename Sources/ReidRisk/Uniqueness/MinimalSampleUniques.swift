/// The minimal sample uniques (MSUs) of every record: the smallest sets of quasi-identifier
/// columns on which the record is alone.
///
/// S is an MSU of record r when no other record shares r's values on every column of S, and r
/// is not alone on any S minus one column (then on no proper subset either: a record alone on a
/// set is alone on every superset). A record whose whole combination occurs twice or more has
/// none. Sets are searched up to `maximumSize` columns.
///
/// Example, columns (zip, gender, age):
///
///     record  zip  gender  age
///     0       A    F       30
///     1       A    M       30
///     2       B    M       40
///     3       B    M       30
///
/// Record 0 is alone on {gender} (the only F): MSU {gender}. Record 2 is alone on {age} (the
/// only 40): MSU {age}. Record 1 shares zip A with 0, M with 2 and 3, 30 with 0 and 3; it is
/// alone on {zip, gender} = (A, M), while (A, 30) is shared with 0 and (M, 30) with 3: MSU
/// {zip, gender}. Record 3: (B, M) is shared with 2, (M, 30) with 1, (B, 30) is alone: MSU
/// {zip, age}. Four MSUs, one per record.
///
/// Source: Elliot, Manning and Ford (2002), "A computational algorithm for handling the special
/// uniques problem"; Manning, Haglin and Keane (2008), "A recursive search algorithm for
/// statistical disclosure assessment" (SUDA2); sdcMicro's `suda2`.
public struct MinimalSampleUniques: Sendable {
  /// How the sets are searched; both give the same MSUs (the tests check it).
  public enum Method: String, Sendable, CaseIterable {
    /// Every set of columns, each partition refined from its parent's (`SubsetLattice`), the
    /// records alone on a set found by word-wise bit operations.
    case lattice
    /// SUDA2's recursion: MSUs of the records holding one value of a column, from the
    /// sub-table of those records on the later columns (`MSURecursion`).
    case recursion

    /// The faster method, from `BENCHMARKS.md` (section "MSUs"): the lattice on every shape
    /// measured (1M records: 5 columns at every size, 10 up to size 4), unless its bit sets,
    /// one of n/8 bytes per set of columns, would pass `latticeMemoryLimit`; then the
    /// recursion, whose memory does not grow with the number of sets.
    public static func preferred(columnCount: Int, maximumSize: Int, recordCount: Int)
      -> Method
    {
      let sets = ColumnSet.latticeSize(columnCount: columnCount, maximumSize: maximumSize)
      let bytes = sets.multipliedReportingOverflow(by: (recordCount + 63) / 64 * 8)
      return !bytes.overflow && bytes.partialValue <= latticeMemoryLimit ? .lattice : .recursion
    }

    /// The most memory the lattice's bit sets may take: 64 MiB. Its walk holds as much again
    /// in partitions, per core; the recursion holds 4 bytes a record per core. At 1M records
    /// the 11 columns a scan without `--qi` suggests, up to size 3, take 231 sets of 125,000
    /// bytes (29 MB): the lattice; at 10M the wide file's 10 up to size 3 would take 175 sets
    /// of 1.25 MB (219 MB): the recursion, within the 400 MiB that issue 14 allows.
    public static let latticeMemoryLimit = 64 << 20
  }

  /// m, the quasi-identifiers searched.
  public let columnCount: Int
  /// M, the largest MSU size searched.
  public let maximumSize: Int
  /// The MSUs of record r are `sets[offsets[r]..<offsets[r + 1]]`, smallest first, then in QI
  /// order (`ColumnSet`'s order).
  let offsets: [Int]
  let sets: [ColumnSet]
  /// The classes and pairs of every set of columns the lattice walked (empty for the
  /// recursion), for attribute risk.
  var subsetFigures: [SubsetFigures] = []

  /// The MSUs of the records whose codes are `columns` (one array per quasi-identifier, all of
  /// one length; `distinct[c]` codes in column c), up to `maximumSize` columns.
  /// The lattice walks sets of up to `walkedSize` columns (at least `maximumSize`), keeping
  /// their figures for attribute risk.
  public init(
    columns: [[Int32]], distinct: [Int], maximumSize: Int, method: Method? = nil,
    walkedSize: Int = 0
  ) {
    self.init(
      columns: columns.map(CodeColumn.init(wide:)), distinct: distinct,
      maximumSize: maximumSize, method: method, walkedSize: walkedSize)
  }

  /// The same, the codes read at their stored width.
  public init(
    columns: [CodeColumn], distinct: [Int], maximumSize: Int, method: Method? = nil,
    walkedSize: Int = 0
  ) {
    var lists = MSULists()
    let figures = Self.search(
      columns: columns, distinct: distinct, maximumSize: maximumSize, method: method,
      walkedSize: walkedSize, into: &lists)
    self.init(
      columnCount: columns.count, maximumSize: min(maximumSize, columns.count),
      offsets: lists.offsets, sets: lists.sets)
    subsetFigures = figures
  }

  /// Searches the MSUs of up to `maximumSize` columns and hands each record's to `sink`, in
  /// record order; returns the figures of the sets the lattice walked (up to `walkedSize`
  /// columns; none for the recursion). `method` nil: the preferred one.
  static func search<Sink: MSUSink>(
    columns: [CodeColumn], distinct: [Int], maximumSize: Int, method: Method?,
    walkedSize: Int, into sink: inout Sink
  ) -> [SubsetFigures] {
    let size = min(maximumSize, columns.count)
    let chosen =
      method
      ?? .preferred(
        columnCount: columns.count, maximumSize: size, recordCount: columns.first?.count ?? 0)
    switch chosen {
    case .lattice:
      return byLattice(
        columns: columns, distinct: distinct, maximumSize: size,
        walkedSize: min(max(walkedSize, size), columns.count), into: &sink)
    case .recursion:
      byRecursion(columns: columns, distinct: distinct, maximumSize: size, into: &sink)
      return []
    }
  }

  init(columnCount: Int, maximumSize: Int, offsets: [Int], sets: [ColumnSet]) {
    self.columnCount = columnCount
    self.maximumSize = maximumSize
    self.offsets = offsets
    self.sets = sets
  }

  /// n, the records searched.
  public var recordCount: Int { offsets.count - 1 }

  /// The number of MSUs over all records.
  public var count: Int { sets.count }

  /// The MSUs of `record` (from 0), smallest first, then in QI order.
  public func msus(ofRecord record: Int) -> ArraySlice<ColumnSet> {
    sets[offsets[record]..<offsets[record + 1]]
  }

  /// The smallest MSU of `record`, the first in QI order when several are smallest.
  public func smallestMSU(ofRecord record: Int) -> ColumnSet? {
    offsets[record] < offsets[record + 1] ? sets[offsets[record]] : nil
  }
}
