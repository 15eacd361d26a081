/// What a scan measures about why records are unique (`--msu`, `--msu-max-size`,
/// `--attribute-risk`).
public struct UniquenessSettings: Sendable, Equatable {
  /// Whether to search the minimal sample uniques; attribute risk comes with them.
  public var msu: Bool
  /// The largest MSU size searched (`--msu-max-size`); nil: every size when there are at most
  /// `defaultColumnLimit` quasi-identifiers.
  public var maxSize: Int?
  /// Whether to measure attribute risk (on with `msu`).
  public var attributeRisk: Bool
  /// The search method; nil: `MinimalSampleUniques.Method.preferred`.
  public var method: MinimalSampleUniques.Method?

  public init(
    msu: Bool = true, maxSize: Int? = nil, attributeRisk: Bool = false,
    method: MinimalSampleUniques.Method? = nil
  ) {
    self.msu = msu
    self.maxSize = maxSize
    self.attributeRisk = attributeRisk
    self.method = method
  }

  /// Without `--msu-max-size`, MSUs of every size are searched up to this many
  /// quasi-identifiers; past it the search must be bounded (2⁸ − 1 = 255 sets).
  public static let defaultColumnLimit = 8

  /// The size searched when the quasi-identifiers were suggested (no `--qi`).
  public static let suggestedMaxSize = 3

  /// MSUs up to size 3, for a scan without `--qi`.
  public static let suggested = UniquenessSettings(msu: true, maxSize: suggestedMaxSize)

  /// Whether attribute risk is measured.
  public var measuresAttributeRisk: Bool { msu || attributeRisk }

  /// M for `columnCount` quasi-identifiers, or why there is none: more than
  /// `defaultColumnLimit` of them and no `maxSize`.
  public func maximumSize(columnCount: Int) -> Result<Int, UniquenessError> {
    if let maxSize { return .success(min(maxSize, columnCount)) }
    guard columnCount <= Self.defaultColumnLimit else {
      return .failure(.sizeNeeded(columns: columnCount))
    }
    return .success(columnCount)
  }
}

/// Why a search for minimal sample uniques cannot run.
public enum UniquenessError: Error, Equatable, CustomStringConvertible {
  case sizeNeeded(columns: Int)
  case tooManyColumns(columns: Int)

  public var description: String {
    switch self {
    case .sizeNeeded(let columns):
      return "--msu on \(columns) quasi-identifiers needs --msu-max-size (at most"
        + " \(UniquenessSettings.defaultColumnLimit) are searched at every size), e.g."
        + " --msu-max-size 3"
    case .tooManyColumns(let columns):
      return "--msu searches at most 64 quasi-identifiers, not \(columns); name fewer with --qi"
    }
  }
}
