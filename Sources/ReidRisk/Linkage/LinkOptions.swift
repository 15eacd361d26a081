/// How a linkage compares values and what it reports.
public struct LinkOptions: Sendable {
  /// Bring values to one spelling per column type before comparing (off with `--exact`).
  public var normalises: Bool
  /// Cell values that mean "missing", beside the empty cell, in both files.
  public var missingTokens: [String]
  /// `.exclude` leaves export records with a missing join value out of the counts; `.value`
  /// (and `.wildcard`) counts them as not found. Either way a missing value never matches: an
  /// empty ZIP code in both files says nothing about the person.
  public var missingPolicy: MissingValuePolicy
  /// An export column that identifies a record in the flags (e.g. member_id).
  public var idColumn: String?
  /// Outside columns that identify a person (e.g. name, voter_id), shown in the flags with
  /// `--show-values` only.
  public var outsideIdColumns: [String]
  /// Fail (exit 1) when the share of re-identified export records is above this.
  public var maximumReidentified: Double?

  public init(
    normalises: Bool = true, missingTokens: [String] = [],
    missingPolicy: MissingValuePolicy = .value,
    idColumn: String? = nil, outsideIdColumns: [String] = [], maximumReidentified: Double? = nil
  ) {
    self.normalises = normalises
    self.missingTokens = missingTokens
    self.missingPolicy = missingPolicy
    self.idColumn = idColumn
    self.outsideIdColumns = outsideIdColumns
    self.maximumReidentified = maximumReidentified
  }

  /// The export columns to read: the join columns, then the id column (once, whatever its
  /// spelling).
  public static func exportColumns(_ join: [JoinColumn], options: LinkOptions, header: Header)
    -> [String]
  {
    header.distinctColumns(join.map(\.column) + (options.idColumn.map { [$0] } ?? []))
  }

  /// The outside columns to read: the join columns, then the identifying columns when values
  /// are shown.
  public static func outsideColumns(
    _ join: [JoinColumn], options: LinkOptions, header: Header, showValues: Bool
  ) -> [String] {
    header.distinctColumns(join.map(\.outsideColumn) + (showValues ? options.outsideIdColumns : []))
  }
}
