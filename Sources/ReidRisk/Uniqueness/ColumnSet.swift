/// A set of quasi-identifier columns, as bits: column i (in QI order, from 0) is bit i. Up to
/// 64 columns.
///
/// {zip, gender} among (zip, birth_date, gender) is 0b101. Sets of one size are ordered "first
/// in QI order": by their smallest differing column, so {zip, gender} comes before
/// {birth_date, gender}, and {zip, birth_date} before {zip, gender}.
public struct ColumnSet: Sendable, Hashable, Comparable {
  public var bits: UInt64

  public init(bits: UInt64) { self.bits = bits }

  /// The set of the columns at `indices`.
  public init(_ indices: some Sequence<Int>) {
    bits = indices.reduce(0) { $0 | (1 << UInt64($1)) }
  }

  /// The number of columns.
  public var count: Int { bits.nonzeroBitCount }

  public var isEmpty: Bool { bits == 0 }

  /// The column indices, increasing.
  public var indices: [Int] {
    var result: [Int] = []
    var rest = bits
    while rest != 0 {
      result.append(rest.trailingZeroBitCount)
      rest &= rest - 1
    }
    return result
  }

  public func contains(_ column: Int) -> Bool { bits & (1 << UInt64(column)) != 0 }

  /// Whether every column of `self` is in `other`.
  public func isSubset(of other: ColumnSet) -> Bool { bits & ~other.bits == 0 }

  public func inserting(_ column: Int) -> ColumnSet {
    ColumnSet(bits: bits | (1 << UInt64(column)))
  }

  public func removing(_ column: Int) -> ColumnSet {
    ColumnSet(bits: bits & ~(1 << UInt64(column)))
  }

  /// The names of the columns, in QI order.
  public func names(_ columns: [String]) -> [String] { indices.map { columns[$0] } }

  /// Smaller sets first; within a size, the set holding the first column where they differ.
  public static func < (lhs: ColumnSet, rhs: ColumnSet) -> Bool {
    if lhs.count != rhs.count { return lhs.count < rhs.count }
    let differing = lhs.bits ^ rhs.bits
    guard differing != 0 else { return false }
    return lhs.bits & (differing & (~differing &+ 1)) != 0
  }

  /// The number of sets of 1 to `maximumSize` columns out of `columnCount`: Σ C(m, s).
  static func latticeSize(columnCount: Int, maximumSize: Int) -> Int {
    var total = 0
    var choose = 1
    for size in 0..<min(maximumSize, columnCount) {
      choose = choose * (columnCount - size) / (size + 1)
      total += choose
    }
    return total
  }

  /// Every set of 1 to `maximumSize` columns out of `columnCount`, in set-enumeration order
  /// (depth first, columns increasing: {0}, {0,1}, {0,1,2}, …, {0,2}, …, {1}, …).
  static func lattice(columnCount: Int, maximumSize: Int) -> [ColumnSet] {
    var result: [ColumnSet] = []
    func visit(_ set: ColumnSet, from first: Int) {
      guard set.count < maximumSize else { return }
      for column in first..<columnCount {
        let child = set.inserting(column)
        result.append(child)
        visit(child, from: column + 1)
      }
    }
    visit(ColumnSet(bits: 0), from: 0)
    return result
  }
}
