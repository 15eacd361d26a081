import Foundation

/// The models that estimate, from the file's class-size histogram, how many people are unique
/// in the population on the quasi-identifiers.
public enum PopulationUniquenessModel: String, Sendable, Codable, CaseIterable {
  /// Pitman's two-parameter model fitted by maximum likelihood (Hoshino 2001).
  case pitman
  /// Zayatz's hypergeometric estimate (1991).
  case zayatz
  /// The slide negative binomial model (Chen & Keller-McNulty 1998).
  case snb
}

/// One model's estimate of the number of population uniques: people whose quasi-identifier
/// values no one else in the population shares.
///
/// A model that fails (no convergence, parameters outside the model, an estimate outside
/// (0, N]) is unavailable, with `uniques` nil and the reason in words: never a silent 0, which
/// would read as "no one is unique". A file without sample uniques has 0 population uniques
/// under every model, available. JSON: `{"available", "uniques", "fraction", "reason"}`.
public struct PopulationUniquenessEstimate: Sendable, Equatable, Codable {
  /// Whether the model produced an estimate.
  public let isAvailable: Bool
  /// The estimated number of population uniques, or nil when unavailable.
  public let uniques: Double?
  /// `uniques` / N, the share of the population that is unique, or nil when unavailable.
  public let fraction: Double?
  /// How the estimate was obtained ("maximum likelihood: θ = 939.1, α = 0.47"), or why it is
  /// unavailable ("did not converge from any of 17 start values (26 iterations in all)").
  public let reason: String

  /// An available estimate of `uniques` population uniques among `populationSize` people.
  init(uniques: Double, populationSize: Double, reason: String) {
    self.isAvailable = true
    self.uniques = uniques
    self.fraction = populationSize > 0 ? uniques / populationSize : 0
    self.reason = reason
  }

  /// An unavailable estimate.
  init(unavailable reason: String) {
    self.isAvailable = false
    self.uniques = nil
    self.fraction = nil
    self.reason = reason
  }

  /// An estimate of `value` population uniques when it is a number in (0, N], else unavailable.
  init(checking value: Double, populationSize: Double, reason: String) {
    guard value.isFinite, value > 0, value <= populationSize else {
      self.init(
        unavailable:
          "estimate \(Self.format(value)) outside (0, N] for N = \(Self.format(populationSize)); "
          + reason)
      return
    }
    self.init(uniques: value, populationSize: populationSize, reason: reason)
  }

  /// The estimate for a file without sample uniques: 0.
  static func noSampleUniques(populationSize: Double) -> Self {
    Self(uniques: 0, populationSize: populationSize, reason: "no sample uniques")
  }

  /// A number in reasons: six significant digits.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : value > 0 ? "∞" : "−∞" }
    return String(format: "%.6g", value)
  }

  enum CodingKeys: String, CodingKey {
    case isAvailable = "available"
    case uniques
    case fraction
    case reason
  }

  /// Writes nil as JSON null, so every estimate has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(isAvailable, forKey: .isAvailable)
    try container.encode(uniques, forKey: .uniques)
    try container.encode(fraction, forKey: .fraction)
    try container.encode(reason, forKey: .reason)
  }
}
