/// What one attack scenario finds in a file: JSON `{name, source, columns, missing_columns,
/// applicable, records, unique, in_small_classes, k, smallest_class}`.
public struct ScenarioResult: Sendable, Encodable, Equatable {
  public var name: String
  public var source: String
  /// The file's columns the scenario uses ("birth_date (year)" for a derived year).
  public var columns: [String]
  /// The scenario's columns the file lacks.
  public var missingColumns: [String]
  /// Whether the file has any of the scenario's columns; when not, the counts are 0.
  public var isApplicable: Bool
  /// Records counted (records left out for a missing value under `--missing exclude` are not).
  public var records: Int
  /// Records alone in their class on the columns: the source singles them out.
  public var unique: Int
  /// Records in classes smaller than `k`.
  public var inSmallClasses: Int
  public var k: Int
  /// The smallest class on the columns; 0 when not applicable.
  public var smallestClass: Int

  /// The share of records the scenario singles out; 0 for no records.
  public var uniqueFraction: Double { records == 0 ? 0 : Double(unique) / Double(records) }

  init(_ resolved: ResolvedScenario, partition: Partition?, k: Int) {
    name = resolved.scenario.name
    source = resolved.scenario.source
    columns = resolved.columns.map(\.label)
    missingColumns = resolved.missing
    isApplicable = partition != nil
    self.k = k
    let histogram = partition?.histogram
    records = histogram?.recordCount ?? 0
    unique = histogram?.bins.first { $0.size == 1 }?.records ?? 0
    inSmallClasses = histogram?.bins.filter { $0.size < k }.reduce(0) { $0 + $1.records } ?? 0
    smallestClass = histogram?.smallestClass ?? 0
  }

  enum CodingKeys: String, CodingKey {
    case name, source, columns, records, unique, k
    case missingColumns = "missing_columns"
    case isApplicable = "applicable"
    case inSmallClasses = "in_small_classes"
    case smallestClass = "smallest_class"
  }
}
