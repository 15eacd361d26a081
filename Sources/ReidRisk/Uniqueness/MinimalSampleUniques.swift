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

    /// The most memory the lattice's bit sets may take: 256 MiB.
    public static let latticeMemoryLimit = 256 << 20
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
    let size = min(maximumSize, columns.count)
    let chosen =
      method
      ?? .preferred(
        columnCount: columns.count, maximumSize: size, recordCount: columns.first?.count ?? 0)
    switch chosen {
    case .lattice:
      self = Self.byLattice(
        columns: columns, distinct: distinct, maximumSize: size,
        walkedSize: min(max(walkedSize, size), columns.count))
    case .recursion:
      self = Self.byRecursion(columns: columns, distinct: distinct, maximumSize: size)
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

  /// Gathers (record, MSU) pairs, in any order, into per-record lists in `ColumnSet` order.
  static func gathering(
    _ found: [(record: Int32, set: ColumnSet)], recordCount: Int, columnCount: Int,
    maximumSize: Int
  ) -> MinimalSampleUniques {
    var offsets = [Int](repeating: 0, count: recordCount + 1)
    for pair in found { offsets[Int(pair.record) + 1] += 1 }
    for record in 0..<recordCount { offsets[record + 1] += offsets[record] }
    var next = offsets
    var sets = [ColumnSet](repeating: ColumnSet(bits: 0), count: found.count)
    for pair in found {
      sets[next[Int(pair.record)]] = pair.set
      next[Int(pair.record)] += 1
    }
    for record in 0..<recordCount where offsets[record + 1] - offsets[record] > 1 {
      sets[offsets[record]..<offsets[record + 1]].sort()
    }
    return MinimalSampleUniques(
      columnCount: columnCount, maximumSize: maximumSize, offsets: offsets, sets: sets)
  }
}
