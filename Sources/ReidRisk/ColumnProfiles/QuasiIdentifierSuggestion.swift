/// What `scan` does without `--qi`: the quasi-identifiers that column profiling suggests, the
/// note that says so, and a warning when the file holds direct identifiers.
public struct QuasiIdentifierSuggestion: Sendable, Equatable {
  /// The suggested `--qi` columns, in file order (empty when no column looks like one).
  public var quasiIdentifiers: [String]
  /// The suggested levels, keyed by column (timestamps at `:hour`).
  public var generalizations: [String: Generalization]
  /// The suggestion as `--qi` entries.
  public var specs: [QuasiIdentifierSpec]
  /// The columns that name people by themselves.
  public var directIdentifiers: [String]

  /// The suggestion for `dataset`, which must hold every column of the file.
  public init(dataset: Dataset, missingTokens: [String] = []) {
    self.init(profiles: ColumnProfile.profiles(of: dataset, missingTokens: missingTokens))
  }

  public init(profiles: [ColumnProfile]) {
    specs = ColumnProfile.suggestedSpecs(profiles)
    quasiIdentifiers = specs.map(\.name)
    generalizations = Dictionary(
      specs.compactMap { spec in spec.generalization.map { (spec.name, $0) } },
      uniquingKeysWith: { first, _ in first })
    directIdentifiers = ColumnProfile.directIdentifiers(profiles)
  }

  /// "no --qi given: using the suggested quasi-identifiers birth_date, gender, zip (see
  /// reidrisk columns)"; nil when there is none to use.
  public var note: String? {
    guard !quasiIdentifiers.isEmpty else { return nil }
    return "no --qi given: using the suggested quasi-identifiers "
      + specs.map(\.description).joined(separator: ", ") + " (see reidrisk columns FILE)"
  }

  /// "the file holds direct identifiers (email, phone): every record is linkable through them,
  /// whatever the quasi-identifiers; drop them or replace them with random ids before sharing";
  /// nil when it holds none.
  public var warning: String? {
    guard !directIdentifiers.isEmpty else { return nil }
    return "the file holds direct identifiers (" + directIdentifiers.joined(separator: ", ")
      + "): every record is linkable through them, whatever the quasi-identifiers;"
      + " drop them or replace them with random ids before sharing"
  }

  /// The reason when no column looks like a quasi-identifier (the error names the file).
  public static let noneFound =
    "no column looks like a quasi-identifier by its header or values; give --qi"
}
