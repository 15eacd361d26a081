/// The file-level figures of the minimal sample uniques: the `msu` key of the JSON report.
public struct MSUSummary: Sendable, Encodable, Equatable {
  /// M, the largest MSU size searched.
  public var maxSize: Int
  public var quasiIdentifiers: [String]
  /// MSUs over all records.
  public var msus: Int
  /// Per size from 1 to M: MSUs of that size, and records whose smallest MSU has that size.
  public var bySize: [SizeCount]
  /// Per quasi-identifier, in QI order.
  public var columns: [ColumnContribution]
  /// Records with at least one MSU (alone on the quasi-identifiers within M columns).
  public var recordsWithMSU: Int
  /// The MSUs of one and two columns, each with the records it is an MSU of: most records
  /// first, then in QI order.
  public var combinations: [Combination]
  /// π, the sampling fraction DIS-SUDA assumed.
  public var samplingFraction: Double
  /// Whether the text and Markdown reports put this section first (`scan` without `--qi`);
  /// not part of the JSON.
  public var leads = false

  public struct SizeCount: Sendable, Encodable, Equatable {
    public var size: Int
    /// MSUs of this size.
    public var msus: Int
    /// Records whose smallest MSU has this size.
    public var records: Int
  }

  /// A column's share of the risk the MSUs carry.
  public struct ColumnContribution: Sendable, Encodable, Equatable {
    public var column: String
    /// MSUs containing the column.
    public var msus: Int
    /// Σ weights of the MSUs containing it / Σ weights of all MSUs (SUDA's contribution; the
    /// columns' shares add up to more than 1, since an MSU holds several columns).
    public var contribution: Double
  }

  /// A set of columns and the records it singles out as an MSU.
  public struct Combination: Sendable, Encodable, Equatable {
    public var columns: [String]
    public var records: Int
  }

  enum CodingKeys: String, CodingKey {
    case maxSize = "max_size"
    case quasiIdentifiers = "quasi_identifiers"
    case msus
    case bySize = "by_size"
    case columns
    case recordsWithMSU = "records_with_msu"
    case combinations
    case samplingFraction = "sampling_fraction"
  }
}

extension MinimalSampleUniques {
  /// The summary over all records, with `names` the quasi-identifiers in QI order.
  ///
  /// Two records with MSUs {zip} and {zip, gender} (m = 3, M = 3: weights 2·1 = 2 for size 1,
  /// 1 for size 2 and 3): zip is in both MSUs, weight 2 + 1 = 3 of 3: contribution 1; gender
  /// 1 of 3 = 0.333; by size: 1 MSU of size 1 (1 record), 1 of size 2 (1 record).
  public func summary(names: [String], samplingFraction: Double) -> MSUSummary {
    var totals = MSUTotals(columnCount: columnCount, maximumSize: maximumSize)
    sets.withUnsafeBufferPointer { sets in
      for record in 0..<recordCount {
        totals.add(UnsafeBufferPointer(rebasing: sets[offsets[record]..<offsets[record + 1]]))
      }
    }
    return totals.summary(names: names, samplingFraction: samplingFraction)
  }
}
