/// The equivalence classes of an export as counts, without its values: for each class the MD5
/// digest of each quasi-identifier's value, which of them are missing, and how many records it
/// holds; and, per sensitive column, how many records of each class hold each (hashed) value.
///
/// What an engine returns for `scan --class-sizes` and `scan --emit-class-counts` writes
/// (docs/class-counts.md). Every figure the CSV path computes from class sizes and (class,
/// value) counts comes out the same from it. Example, on zip and gender: the records
/// (1000, F), (1000, F), (2000, ) give two classes, key md5("1000") md5("F") with mask 0 and
/// count 2, and key md5("2000") md5("") with mask 0b10 = 2 (gender missing) and count 1.
public struct ClassCounts: Sendable {
  /// The settings the counts were made with, from the file's `# ` lines; nil when it has none.
  public var metadata: ClassCountsMetadata?
  /// q, the quasi-identifiers per key.
  public let quasiIdentifierCount: Int
  /// The digest of quasi-identifier i of class j at `digests[j * q + i]`.
  public internal(set) var digests: [MD5Digest] = []
  /// The missing mask of each class: bit i set when quasi-identifier i is missing.
  public internal(set) var masks: [UInt64] = []
  /// f_j, the records of each class.
  public internal(set) var counts: [Int] = []
  /// The (class, value) counts of each sensitive column, in the order they first appear.
  public internal(set) var sensitive: [SensitiveClassCounts] = []

  /// No classes yet, keys of `quasiIdentifierCount` digests.
  public init(quasiIdentifierCount: Int, metadata: ClassCountsMetadata? = nil) {
    self.quasiIdentifierCount = quasiIdentifierCount
    self.metadata = metadata
  }

  /// u, the number of classes.
  public var classCount: Int { counts.count }

  /// n, the records of all classes (including those a `--missing exclude` leaves out).
  public var recordCount: Int { counts.reduce(0, +) }

  /// The digests of class `index`.
  public func key(ofClass index: Int) -> ArraySlice<MD5Digest> {
    digests[index * quasiIdentifierCount..<(index + 1) * quasiIdentifierCount]
  }
}

/// The records of each class holding each value of one sensitive column.
public struct SensitiveClassCounts: Sendable, Equatable {
  /// One (class, value) count.
  public struct Entry: Sendable, Equatable {
    /// The class, an index into `ClassCounts.counts`.
    public var classIndex: Int
    /// The MD5 digest of the value's text (NULL hashed as the empty text).
    public var value: MD5Digest
    /// The value's dense rank (from 1) among the column's numbers, when the column is numeric
    /// (for the ordered t-closeness distance); nil for a text column or a missing value.
    public var rank: Int?
    /// The records of the class holding the value.
    public var count: Int
  }

  /// The column's name.
  public let column: String
  public internal(set) var entries: [Entry] = []

  public init(column: String, entries: [Entry] = []) {
    self.column = column
    self.entries = entries
  }
}

/// What the `# ` lines of a class-counts file say: the settings that decide the classes.
///
/// ```
/// # reidrisk class counts 1
/// # quasi_identifiers: zip:3,birth_date:year,gender
/// # na: N/A
/// # normalise: false
/// # missing: value
/// ```
/// The quasi-identifiers are written as `--qi` takes them, generalizations included; `na` and
/// `normalise` change which values are missing or equal; `missing` is what the file was scanned
/// with, for the record (the counts hold every class, so any policy can be applied to them).
public struct ClassCountsMetadata: Sendable, Equatable {
  /// The format's version, 1.
  public var version: Int
  public var quasiIdentifiers: [QuasiIdentifierSpec]
  public var missingTokens: [String]
  public var normalises: Bool
  public var missingPolicy: MissingValuePolicy?

  public init(
    version: Int = ClassCountsMetadata.version, quasiIdentifiers: [QuasiIdentifierSpec],
    missingTokens: [String] = [], normalises: Bool = false,
    missingPolicy: MissingValuePolicy? = nil
  ) {
    self.version = version
    self.quasiIdentifiers = quasiIdentifiers
    self.missingTokens = missingTokens
    self.normalises = normalises
    self.missingPolicy = missingPolicy
  }

  /// The version this reidrisk writes and reads.
  public static let version = 1

  /// Whether counts with `self` and `other` can be added: the same quasi-identifiers,
  /// generalizations, missing tokens and normalisation (`missingPolicy` does not change the
  /// classes).
  public func sameClasses(as other: ClassCountsMetadata) -> Bool {
    quasiIdentifiers == other.quasiIdentifiers && missingTokens == other.missingTokens
      && normalises == other.normalises
  }
}
