/// What changed between two versions of an export measured on the same quasi-identifiers:
/// the main figures before and after, and which records or classes became unique.
///
/// With an id column, records are matched across versions by their id and `records` counts
/// those that became unique. Without one, records cannot be matched; `classes` then says which
/// combinations of quasi-identifier values became unique, and `notes` says so.
public struct DiffReport: Sendable, Encodable {
  public static let schemaVersion = 1

  public var old: String
  public var new: String
  public var quasiIdentifiers: [String]
  public var idColumn: String?
  public var before: Figures
  public var after: Figures
  public var records: RecordChanges?
  public var classes: ClassChanges
  public var notes: [String]

  /// The figures compared, for one version.
  public struct Figures: Sendable, Encodable, Equatable {
    public var records: Int
    public var equivalenceClasses: Int
    public var k: Int
    public var sampleUniques: RecordShare
    public var recordsAtRisk: RecordShare
    /// Records in classes smaller than the chosen k.
    public var flagged: Int

    public init(_ report: ScanReport) {
      records = report.records
      equivalenceClasses = report.equivalenceClasses
      k = report.k
      sampleUniques = report.sampleUniques
      recordsAtRisk = RecordShare(records: report.prosecutor.recordsAtRisk, of: report.records)
      flagged = report.flagged.records
    }

    enum CodingKeys: String, CodingKey {
      case records, k, flagged
      case equivalenceClasses = "equivalence_classes"
      case sampleUniques = "sample_uniques"
      case recordsAtRisk = "records_at_risk"
    }
  }

  /// Records matched by id across the versions.
  public struct RecordChanges: Sendable, Encodable, Equatable {
    /// Ids present in both versions.
    public var matched = 0
    /// Matched records alone in their class now, not before: the new exposures.
    public var becameUnique = 0
    /// Matched records unique in both versions.
    public var stayedUnique = 0
    /// Matched records unique before and not now.
    public var noLongerUnique = 0
    /// Records whose id is new, and of them those that are unique.
    public var added = 0
    public var addedUnique = 0
    /// Ids of the old version absent from the new.
    public var removed = 0
    /// Ids that appear more than once in a version (then the first record counts).
    public var duplicateIDs = 0

    enum CodingKeys: String, CodingKey {
      case matched, added, removed
      case becameUnique = "became_unique"
      case stayedUnique = "stayed_unique"
      case noLongerUnique = "no_longer_unique"
      case addedUnique = "added_unique"
      case duplicateIDs = "duplicate_ids"
    }
  }

  /// Classes matched by their quasi-identifier values across the versions.
  public struct ClassChanges: Sendable, Encodable, Equatable {
    /// Value combinations that had 2 or more records before and have 1 now.
    public var becameUnique = 0
    /// Value combinations absent before that have 1 record now.
    public var newUnique = 0
    /// Value combinations that had k or more records before and fewer now (k the chosen k).
    public var fellBelowK = 0
    /// Value combinations present before and absent now.
    public var disappeared = 0

    enum CodingKeys: String, CodingKey {
      case becameUnique = "became_unique"
      case newUnique = "new_unique"
      case fellBelowK = "fell_below_k"
      case disappeared
    }
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case old, new, before, after, records, classes, notes
    case quasiIdentifiers = "quasi_identifiers"
    case idColumn = "id_column"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.schemaVersion, forKey: .schemaVersion)
    try container.encode(old, forKey: .old)
    try container.encode(new, forKey: .new)
    try container.encode(quasiIdentifiers, forKey: .quasiIdentifiers)
    try container.encodeIfPresent(idColumn, forKey: .idColumn)
    try container.encode(before, forKey: .before)
    try container.encode(after, forKey: .after)
    try container.encodeIfPresent(records, forKey: .records)
    try container.encode(classes, forKey: .classes)
    try container.encode(notes, forKey: .notes)
  }
}
