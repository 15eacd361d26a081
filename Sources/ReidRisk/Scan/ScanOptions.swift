/// What a scan measures and how: the columns, missing values, thresholds and bounds.
public struct ScanOptions: Sendable {
  /// Quasi-identifier column names, as given.
  public var quasiIdentifiers: [String]
  /// A column whose value identifies a record in the flags (e.g. member_id).
  public var idColumn: String?
  /// Cell values that mean "missing", beside the empty cell.
  public var missingTokens: [String]
  public var missingPolicy: MissingValuePolicy
  /// The prosecutor risk above which a record is "at risk".
  public var threshold: Double
  /// Records in classes smaller than this are flagged.
  public var k: Int
  public var bounds: Bounds

  public init(
    quasiIdentifiers: [String], idColumn: String? = nil, missingTokens: [String] = [],
    missingPolicy: MissingValuePolicy = .value, threshold: Double = 0.2, k: Int = 5,
    bounds: Bounds = Bounds()
  ) {
    self.quasiIdentifiers = quasiIdentifiers
    self.idColumn = idColumn
    self.missingTokens = missingTokens
    self.missingPolicy = missingPolicy
    self.threshold = threshold
    self.k = k
    self.bounds = bounds
  }

  /// The columns the reader must keep: the quasi-identifiers, then the id column.
  public var requestedColumns: [String] {
    quasiIdentifiers + (idColumn.map { [$0] } ?? [])
  }

  /// The class sizes below which `records_in_small_classes` counts records.
  public static let smallClassBounds = [2, 3, 5, 10, 11, 20]
}
