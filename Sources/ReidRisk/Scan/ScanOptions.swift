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
  /// How large the population is that the file was drawn from.
  public var population: PopulationSize
  /// Sensitive columns whose values a class may disclose.
  public var sensitiveAttributes: [String]
  /// The smallest acceptable number of distinct sensitive values in a class (`--l`).
  public var l: Int?
  /// The largest acceptable distance of a class's sensitive values from the file's (`--t`).
  public var t: Double?
  /// A survey-weight column: each record stands for this many people (`--weight`).
  public var weightColumn: String?
  /// Whether quasi-identifier values are normalised before grouping (`--normalise`): "F" and
  /// "female", "3/7/1980" and "1980-03-07" become one value, as a linking attacker would make them.
  public var normalises = false
  /// Outside sources to test by the columns they publish (`--scenarios`).
  public var scenarios: [AttackScenario] = []
  /// How quasi-identifiers are coarsened before grouping, keyed by their name in
  /// `quasiIdentifiers` (`--qi birth_date:year,zip:3` gives `["birth_date": .year, "zip":
  /// .width(3)]`); a quasi-identifier without an entry is grouped as it is.
  public var generalizations: [String: Generalization] = [:]
  /// Minimal sample uniques and attribute risk (`--msu`, `--attribute-risk`); nil: off, or the
  /// suggested settings when the quasi-identifiers are suggested.
  public var uniqueness: UniquenessSettings?

  public init(
    quasiIdentifiers: [String], idColumn: String? = nil, missingTokens: [String] = [],
    missingPolicy: MissingValuePolicy = .value, threshold: Double = 0.2, k: Int = 5,
    bounds: Bounds = Bounds(), population: PopulationSize = .file,
    sensitiveAttributes: [String] = [], l: Int? = nil, t: Double? = nil,
    weightColumn: String? = nil
  ) {
    self.quasiIdentifiers = quasiIdentifiers
    self.idColumn = idColumn
    self.missingTokens = missingTokens
    self.missingPolicy = missingPolicy
    self.threshold = threshold
    self.k = k
    self.bounds = bounds
    self.population = population
    self.sensitiveAttributes = sensitiveAttributes
    self.l = l
    self.t = t
    self.weightColumn = weightColumn
  }

  /// The columns the reader must keep: the quasi-identifiers, the id column, the sensitive
  /// columns and the weight column.
  public var requestedColumns: [String] {
    var columns = quasiIdentifiers
    for extra in [idColumn].compactMap({ $0 }) + sensitiveAttributes
      + [weightColumn].compactMap({ $0 })
    where !columns.contains(extra) {
      columns.append(extra)
    }
    return columns
  }

  /// Whether the quasi-identifiers are to be suggested from the file's columns (no `--qi`).
  public var suggestsQuasiIdentifiers: Bool { quasiIdentifiers.isEmpty }

  /// The columns to read from a file with `header`: every column when the quasi-identifiers
  /// are to be suggested, else the requested columns and those the scenarios need.
  public func columns(for header: Header) -> [String] {
    if suggestsQuasiIdentifiers { return header.names }
    let resolved = scenarios.map { $0.resolve(in: header) }
    return requestedColumns
      + ResolvedScenario.additionalColumns(resolved, header: header, requested: requestedColumns)
  }

  /// The l that shortfalls are counted against: `--l`, else the `--min-l` bound.
  var effectiveL: Int? { l ?? bounds.minimumL }
  /// The t that shortfalls are counted against: `--t`, else the `--max-t` bound.
  var effectiveT: Double? { t ?? bounds.maximumT }

  /// The class sizes below which `records_in_small_classes` counts records.
  public static let smallClassBounds = [2, 3, 5, 10, 11, 20]
}

/// The population the file was drawn from, as the user gave it.
public enum PopulationSize: Sendable, Equatable {
  /// The file is the whole population (π = 1).
  case file
  /// N people.
  case size(Int)
  /// The file is this fraction π of the population.
  case samplingFraction(Double)
}
