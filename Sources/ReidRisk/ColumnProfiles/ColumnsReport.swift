/// The profile of every column of a file, with the suggested quasi-identifiers: the value the
/// `columns` command renders.
///
/// JSON: `{schema_version, file, records, columns: [ColumnProfile], suggested_quasi_identifiers,
/// direct_identifiers, warnings}`, keys sorted; documented in `docs/columns.md`.
public struct ColumnsReport: Sendable, Encodable {
  public static let schemaVersion = 1

  public var schemaVersion = ColumnsReport.schemaVersion
  public var file: String
  public var records: Int
  public var columns: [ColumnProfile]
  public var suggestedQuasiIdentifiers: [String]
  public var directIdentifiers: [String]
  public var warnings: [String]

  /// The bound past which figures were estimated, when profiling was bounded (not in JSON:
  /// each estimated column says so itself).
  public var bound: ProfileBound?

  public init(file: String, dataset: Dataset, missingTokens: [String] = []) {
    self.init(
      file: file, dataset: dataset,
      profiles: ColumnProfile.profiles(of: dataset, missingTokens: missingTokens))
  }

  /// The report of `profiles`, made from the values of `dataset`'s file (whose records and
  /// skipped records it gives) in bounded memory (`ProfileTallies`) or not.
  public init(
    file: String, dataset: Dataset, profiles: [ColumnProfile], bound: ProfileBound? = nil
  ) {
    self.file = file
    self.bound = bound
    records = dataset.recordCount
    columns = profiles
    suggestedQuasiIdentifiers = ColumnProfile.suggestedQuasiIdentifiers(columns)
    directIdentifiers = ColumnProfile.directIdentifiers(columns)
    warnings =
      dataset.skippedRecords.first.map { first in
        [
          "skipped \(dataset.skippedRecords.count) records whose field count differs from the header's"
            + " (first: record \(first.record), line \(first.line))"
        ]
      } ?? []
  }

  /// The line that says what "≈" means, when some column's figures are estimates: "≈
  /// estimated: past 65,536 distinct values (or 4 MiB of them) a column's distinct count comes
  /// from a HyperLogLog sketch (±0.8% at one standard error) and its unique share from a
  /// sample of its values (±0.6 points)"; nil when every figure is exact.
  public var estimateNote: String? {
    guard columns.contains(where: \.isEstimated) else { return nil }
    let bound = self.bound ?? .default
    let error = Formatting.percent(HyperLogLog.relativeStandardError)
    // the sample's standard error: at most 0.5 / √(capacity / 2), in tenths of a point
    let tenths = Int((5 / Double(DistinctSample.defaultCapacity / 2).squareRoot() * 100).rounded())
    return "≈ estimated: past \(Formatting.count(bound.values)) distinct values"
      + " (or \(bound.bytes >> 20) MiB of them) a column's distinct count comes from a"
      + " HyperLogLog sketch (±\(error) at one standard error) and its unique share from a"
      + " sample of its values (±\(tenths / 10).\(tenths % 10) points); the other figures"
      + " are exact"
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case file, records, columns, warnings
    case suggestedQuasiIdentifiers = "suggested_quasi_identifiers"
    case directIdentifiers = "direct_identifiers"
  }
}
