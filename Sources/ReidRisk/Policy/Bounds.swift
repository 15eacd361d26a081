/// Limits a file must stay within: the gates of `scan` and of a policy. A broken bound makes
/// the command exit 1 after writing its report.
public struct Bounds: Sendable, Equatable, Codable {
  /// Fail when k (the smallest class) is below this.
  public var minimumK: Int?
  /// Fail when the highest prosecutor risk (1 / k) is above this.
  public var maximumRisk: Double?
  /// Fail when the share of records at risk (above the threshold) is above this.
  public var maximumRecordsAtRisk: Double?
  /// Fail when the share of sample uniques is above this.
  public var maximumUniques: Double?
  /// Fail when the estimated share of the population that is unique is above this.
  public var maximumPopulationUniques: Double?
  /// Fail when a sensitive column's distinct l-diversity is below this.
  public var minimumL: Int?
  /// Fail when a sensitive column's t-closeness is above this.
  public var maximumT: Double?

  public init(
    minimumK: Int? = nil, maximumRisk: Double? = nil, maximumRecordsAtRisk: Double? = nil,
    maximumUniques: Double? = nil, maximumPopulationUniques: Double? = nil,
    minimumL: Int? = nil, maximumT: Double? = nil
  ) {
    self.minimumK = minimumK
    self.maximumRisk = maximumRisk
    self.maximumRecordsAtRisk = maximumRecordsAtRisk
    self.maximumUniques = maximumUniques
    self.maximumPopulationUniques = maximumPopulationUniques
    self.minimumL = minimumL
    self.maximumT = maximumT
  }

  public var isEmpty: Bool { self == Bounds() }
}

/// One bound checked against a file's figure.
public struct BoundCheck: Sendable, Equatable, Codable {
  /// A stable id: `k`, `highest_risk`, `records_at_risk`, `sample_uniques`.
  public var id: String
  /// The option that set it, e.g. `--fail-under-k`.
  public var option: String
  public var limit: Double
  public var value: Double
  public var holds: Bool
  /// The bound in words, e.g. "k must be at least 5".
  public var rule: String
}

extension Bounds {
  /// Checks each bound that is set against a file's figures. The population-uniqueness bound
  /// fails when no model gives an estimate: an unknown figure cannot be shown to be safe.
  func checks(
    k: Int, prosecutor: AttackerRisk, uniqueFraction: Double,
    populationUniques: DankarDecision? = nil, sensitive: [SensitiveAttributeSummary] = []
  ) -> [BoundCheck] {
    var checks: [BoundCheck] = []
    if let minimumK {
      checks.append(
        BoundCheck(
          id: "k", option: "--fail-under-k", limit: Double(minimumK), value: Double(k),
          holds: k >= minimumK, rule: "k must be at least \(minimumK)"))
    }
    if let maximumRisk {
      checks.append(
        BoundCheck(
          id: "highest_risk", option: "--max-risk", limit: maximumRisk,
          value: prosecutor.highestRisk, holds: prosecutor.highestRisk <= maximumRisk,
          rule: "the highest record risk must be at most \(maximumRisk)"))
    }
    if let maximumRecordsAtRisk {
      checks.append(
        BoundCheck(
          id: "records_at_risk", option: "--max-records-at-risk", limit: maximumRecordsAtRisk,
          value: prosecutor.recordsAtRiskFraction,
          holds: prosecutor.recordsAtRiskFraction <= maximumRecordsAtRisk,
          rule: "the share of records at risk must be at most \(maximumRecordsAtRisk)"))
    }
    if let maximumUniques {
      checks.append(
        BoundCheck(
          id: "sample_uniques", option: "--max-uniques", limit: maximumUniques,
          value: uniqueFraction, holds: uniqueFraction <= maximumUniques,
          rule: "the share of sample uniques must be at most \(maximumUniques)"))
    }
    if let maximumPopulationUniques {
      let fraction = populationUniques?.fraction
      checks.append(
        BoundCheck(
          id: "population_uniques", option: "--max-population-uniques",
          limit: maximumPopulationUniques, value: fraction ?? .nan,
          holds: fraction.map { $0 <= maximumPopulationUniques } ?? false,
          rule: "the estimated share of the population that is unique must be at most"
            + " \(maximumPopulationUniques)"
            + (fraction == nil ? " (no model gave an estimate)" : "")))
    }
    for summary in sensitive {
      if let minimumL {
        checks.append(
          BoundCheck(
            id: "l_diversity", option: "--min-l", limit: Double(minimumL),
            value: Double(summary.distinctL), holds: summary.distinctL >= minimumL,
            rule: "every class must hold at least \(minimumL) distinct values of \(summary.column)")
        )
      }
      if let maximumT {
        checks.append(
          BoundCheck(
            id: "t_closeness", option: "--max-t", limit: maximumT, value: summary.tCloseness,
            holds: summary.tCloseness <= maximumT,
            rule: "every class's \(summary.column) must be within t = \(maximumT) of the file's"))
      }
    }
    return checks
  }
}
