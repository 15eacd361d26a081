/// How well a set of quasi-identifiers tells records apart (ARX's attribute risk, after
/// Motwani and Xu 2007, "Efficient algorithms for masking and finding quasi-identifiers").
///
/// - distinction = u(S) / n: the distinct value combinations on S per record; 1 when every
///   record is alone on S.
/// - separation = 1 − Σ_j f_j(f_j − 1) / (n(n − 1)): the share of pairs of records that differ
///   on S; 1 when no two records agree on it.
///
/// On gender = (F, F, M, M, M): u = 2, distinction 2/5 = 0.4; agreeing ordered pairs
/// 2·1 + 3·2 = 8 of 5·4 = 20, separation 1 − 8/20 = 0.6 (of the 10 pairs, the 6 F–M pairs
/// differ).
public struct AttributeRisk: Sendable, Encodable, Equatable {
  public var columns: [String]
  public var distinction: Double
  /// Nil for a file of fewer than two records (no pairs).
  public var separation: Double?

  /// Every set of columns is measured up to this many quasi-identifiers (2¹⁰ − 1 = 1,023 sets,
  /// ARX's cap); past it, the single columns, pairs and triples.
  public static let fullLatticeLimit = 10

  /// The figures of every non-empty set of the quasi-identifiers (of at most 3 columns past
  /// `fullLatticeLimit` of them), by size, then in QI order. `columns` holds the codes of each
  /// quasi-identifier, `distinct` their numbers of codes, `names` their names.
  public static func measure(columns: [[Int32]], distinct: [Int], names: [String])
    -> [AttributeRisk]
  {
    measure(columns: columns.map(CodeColumn.init(wide:)), distinct: distinct, names: names)
  }

  /// The same, the codes read at their stored width.
  public static func measure(columns: [CodeColumn], distinct: [Int], names: [String])
    -> [AttributeRisk]
  {
    let (_, figures) = SubsetLattice.walk(
      columns: columns, distinct: distinct, maximumSize: size(columnCount: columns.count),
      uniqueBitsUpTo: 0)
    return measure(figures, recordCount: columns.first?.count ?? 0, names: names)
  }

  /// The largest set measured among `columnCount` quasi-identifiers: all of them up to
  /// `fullLatticeLimit`, else 3.
  public static func size(columnCount: Int) -> Int {
    columnCount <= fullLatticeLimit ? columnCount : 3
  }

  /// The figures of the sets of at most `size(columnCount:)` columns among `figures` (from
  /// a lattice walk over `recordCount` records).
  static func measure(_ figures: [SubsetFigures], recordCount: Int, names: [String])
    -> [AttributeRisk]
  {
    let limit = size(columnCount: names.count)
    let pairs = recordCount.multipliedReportingOverflow(by: recordCount - 1)
    return figures.filter { $0.set.count <= limit }.sorted { $0.set < $1.set }.map { figure in
      AttributeRisk(
        columns: figure.set.names(names),
        distinction: recordCount > 0 ? Double(figure.classes) / Double(recordCount) : 0,
        separation: recordCount >= 2 && !pairs.overflow
          ? 1 - Double(figure.pairs) / Double(pairs.partialValue) : nil)
    }
  }
}
