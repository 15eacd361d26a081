/// Everything a scan found about one file: the value every renderer draws from.
///
/// Its JSON form is a documented contract (`docs/json-report.md`): keys are snake_case and
/// sorted, `schema_version` changes when a key changes meaning or goes away.
public struct ScanReport: Sendable, Encodable {
  public static let schemaVersion = 1

  public var schemaVersion = ScanReport.schemaVersion
  /// The file as the user named it ("-" for standard input).
  public var file: String
  /// Records analysed: read, not skipped, not excluded.
  public var records: Int
  /// Records left out because a quasi-identifier was missing (`--missing exclude`).
  public var recordsExcluded: Int
  /// Records skipped by `--lenient` because their field count differed from the header's.
  public var recordsSkipped: Int
  public var quasiIdentifiers: [String]
  public var missing: MissingValues
  public var equivalenceClasses: Int
  public var k: Int
  public var classSizeHistogram: [ClassSizeHistogram.Bin]
  public var sampleUniques: RecordShare
  public var recordsInSmallClasses: [SmallClassShare]
  public var prosecutor: AttackerRisk
  /// The population the file is taken to be drawn from (N, π).
  public var population: Population
  /// Risk when the attacker starts from a person in the population (ARX's journalist model).
  public var journalist: AttackerRisk
  public var marketer: MarketerRisk
  public var populationUniqueness: PopulationUniqueness
  /// sdcMicro's individual risk, with `--weight`.
  public var individualRisk: IndividualRisk?
  public var sensitiveAttributes: [SensitiveAttributeSummary]
  /// How quasi-identifier values were normalised (`--normalise`), one note per column.
  public var normalisation: [NormalisationNote]
  /// The attack scenarios tested (`--scenarios`).
  public var scenarios: [ScenarioResult]
  /// Records in classes smaller than `flagged.k`, which the flags file lists.
  public var flagged: FlaggedRecords
  public var bounds: [BoundCheck]
  public var warnings: [ScanWarning]
  /// How quasi-identifiers were generalized (`--qi birth_date:year`), one note per column.
  public var generalizations: [GeneralizationNote] = []
  /// Whether population class sizes F came from `--superset` or `--population-table`; without
  /// them F = f and the journalist and marketer figures repeat the prosecutor's.
  public var hasPopulationClassSizes = false
  /// Minimal sample uniques (`--msu`, or `scan` without `--qi`).
  public var msu: MSUSummary? = nil
  /// Distinction and separation of sets of quasi-identifiers (`--msu`, `--attribute-risk`).
  public var attributeRisk: [AttributeRisk]? = nil

  /// Whether every bound holds.
  public var isWithinBounds: Bool { bounds.allSatisfy(\.holds) }

  public struct MissingValues: Sendable, Encodable, Equatable {
    public var policy: MissingValuePolicy
    public var tokens: [String]
    /// Records with at least one missing quasi-identifier value.
    public var records: Int
  }

  /// The marketer model's expected share of records re-identified.
  public struct MarketerRisk: Sendable, Encodable, Equatable {
    public var averageRiskPerRecord: Double

    enum CodingKeys: String, CodingKey {
      case averageRiskPerRecord = "average_risk_per_record"
    }
  }

  public struct FlaggedRecords: Sendable, Encodable, Equatable {
    public var k: Int
    public var records: Int
    /// The line of the file where the first record in a class smaller than k starts, nil when
    /// there is none: where SARIF and GitHub annotations point a broken bound.
    public var firstLine: Int? = nil

    enum CodingKeys: String, CodingKey {
      case k, records
      case firstLine = "first_line"
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(k, forKey: .k)
      try container.encode(records, forKey: .records)
      try container.encode(firstLine, forKey: .firstLine)
    }
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case file, records, k, missing, prosecutor, flagged, bounds, warnings
    case population, journalist, marketer
    case populationUniqueness = "population_uniqueness"
    case individualRisk = "individual_risk"
    case sensitiveAttributes = "sensitive_attributes"
    case normalisation, scenarios, generalizations
    case recordsExcluded = "records_excluded"
    case recordsSkipped = "records_skipped"
    case quasiIdentifiers = "quasi_identifiers"
    case equivalenceClasses = "equivalence_classes"
    case classSizeHistogram = "class_size_histogram"
    case sampleUniques = "sample_uniques"
    case recordsInSmallClasses = "records_in_small_classes"
    case verdict
    case populationCaveat = "population_caveat"
    case msu
    case attributeRisk = "attribute_risk"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(file, forKey: .file)
    try container.encode(records, forKey: .records)
    try container.encode(recordsExcluded, forKey: .recordsExcluded)
    try container.encode(recordsSkipped, forKey: .recordsSkipped)
    try container.encode(quasiIdentifiers, forKey: .quasiIdentifiers)
    try container.encode(missing, forKey: .missing)
    try container.encode(equivalenceClasses, forKey: .equivalenceClasses)
    try container.encode(k, forKey: .k)
    try container.encode(classSizeHistogram, forKey: .classSizeHistogram)
    try container.encode(sampleUniques, forKey: .sampleUniques)
    try container.encode(recordsInSmallClasses, forKey: .recordsInSmallClasses)
    try container.encode(prosecutor, forKey: .prosecutor)
    try container.encode(population, forKey: .population)
    try container.encode(journalist, forKey: .journalist)
    try container.encode(marketer, forKey: .marketer)
    try container.encode(populationCaveat, forKey: .populationCaveat)
    try container.encode(populationUniqueness, forKey: .populationUniqueness)
    try container.encode(individualRisk, forKey: .individualRisk)
    try container.encode(sensitiveAttributes, forKey: .sensitiveAttributes)
    try container.encode(normalisation, forKey: .normalisation)
    try container.encode(generalizations, forKey: .generalizations)
    try container.encode(scenarios, forKey: .scenarios)
    try container.encode(flagged, forKey: .flagged)
    try container.encode(bounds, forKey: .bounds)
    try container.encode(isWithinBounds ? "pass" : "fail", forKey: .verdict)
    try container.encode(warnings, forKey: .warnings)
    try container.encodeIfPresent(msu, forKey: .msu)
    try container.encodeIfPresent(attributeRisk, forKey: .attributeRisk)
  }
}

extension ClassSizeHistogram.Bin: Encodable {
  enum CodingKeys: String, CodingKey { case size, classes, records }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(size, forKey: .size)
    try container.encode(classes, forKey: .classes)
    try container.encode(records, forKey: .records)
  }
}
