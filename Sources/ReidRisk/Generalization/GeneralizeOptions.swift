/// What `generalize` writes: which quasi-identifiers at which levels, what happens to the
/// records still in small classes, and which columns are left out.
public struct GeneralizeOptions: Sendable {
  /// The quasi-identifier names, in order.
  public var quasiIdentifiers: [String]
  /// Their levels, keyed by name (a name without one is written as it is).
  public var generalizations: [String: Generalization]
  /// Records in classes smaller than this (after generalizing) are removed, or masked.
  public var suppressBelow: Int?
  /// Keep those records with `*` in every quasi-identifier instead of removing them.
  public var masks: Bool
  /// Columns to leave out.
  public var drop: [String]
  /// Leave out the columns `reidrisk columns` classifies as direct identifiers.
  public var dropsDirectIdentifiers: Bool
  public var missingTokens: [String]

  public init(
    quasiIdentifiers: [String], generalizations: [String: Generalization] = [:],
    suppressBelow: Int? = nil, masks: Bool = false, drop: [String] = [],
    dropsDirectIdentifiers: Bool = false, missingTokens: [String] = []
  ) {
    self.quasiIdentifiers = quasiIdentifiers
    self.generalizations = generalizations
    self.suppressBelow = suppressBelow
    self.masks = masks
    self.drop = drop
    self.dropsDirectIdentifiers = dropsDirectIdentifiers
    self.missingTokens = missingTokens
  }
}
