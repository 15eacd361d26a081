/// The population-uniqueness estimate chosen by the decision rule of Dankar et al. (2012), as
/// ARX applies it, with the model and the reason in words.
///
/// - no sample uniques: 0 population uniques, no model;
/// - π ≤ 0.1: Pitman, or Zayatz when Pitman is unavailable;
/// - π > 0.1: the smaller of Zayatz and SNB when SNB is available, else Zayatz.
///
/// With π = 0.05, Pitman 120.4 and Zayatz 130.0, the rule picks Pitman: 120.4. When Zayatz and
/// SNB agree to within 10⁻⁶ (relative; at π = 1 both are u₁, SNB up to its solver's accuracy),
/// the rule picks Zayatz, which is exact, where ARX picks whichever floating-point rounding
/// makes smaller. Source: Dankar, El Emam, Neisa, Roffey, "Estimating the re-identification risk
/// of clinical data sets", BMC Med Inform Decis Mak 12:66 (2012); ARX
/// `RiskModelPopulationUniqueness`. JSON: `{"model", "reason", "uniques", "fraction"}`.
public struct DankarDecision: Sendable, Equatable, Codable {
  /// The model chosen, or nil when there are no sample uniques or no model is available.
  public let model: PopulationUniquenessModel?
  /// Why this model, in words.
  public let reason: String
  /// The chosen estimate of population uniques, or nil when no model is available.
  public let uniques: Double?
  /// `uniques` / N, or nil.
  public let fraction: Double?

  public init(
    sampleUniques: Int, samplingFraction: Double, pitman: PopulationUniquenessEstimate,
    zayatz: PopulationUniquenessEstimate, snb: PopulationUniquenessEstimate
  ) {
    let fraction = PopulationUniquenessEstimate.format(samplingFraction)
    if sampleUniques == 0 {
      self.init(nil, "no sample uniques, so no population uniques", uniques: 0, fraction: 0)
    } else if samplingFraction <= 0.1 {
      let rule = "sampling fraction \(fraction) ≤ 0.1"
      if pitman.isAvailable {
        self.init(.pitman, "\(rule): Pitman", pitman)
      } else if zayatz.isAvailable {
        self.init(.zayatz, "\(rule): Pitman, unavailable (\(pitman.reason)), so Zayatz", zayatz)
      } else {
        self.init(nil, "\(rule), but neither Pitman nor Zayatz is available", uniques: nil)
      }
    } else {
      let rule = "sampling fraction \(fraction) > 0.1"
      switch (zayatz.uniques, snb.uniques) {
      case (let z?, let s?) where abs(z - s) <= 1e-6 * max(z, s):
        self.init(.zayatz, "\(rule): Zayatz and SNB agree, Zayatz is exact", zayatz)
      case (let z?, let s?):
        let smaller = z < s ? "Zayatz" : "SNB"
        self.init(
          z < s ? .zayatz : .snb, "\(rule): the smaller of Zayatz and SNB, \(smaller)",
          z < s ? zayatz : snb)
      case (_?, nil):
        self.init(.zayatz, "\(rule): SNB unavailable (\(snb.reason)), so Zayatz", zayatz)
      case (nil, _?):
        self.init(.snb, "\(rule): Zayatz unavailable (\(zayatz.reason)), so SNB", snb)
      case (nil, nil):
        self.init(nil, "\(rule), but neither Zayatz nor SNB is available", uniques: nil)
      }
    }
  }

  private init(
    _ model: PopulationUniquenessModel?, _ reason: String, uniques: Double?,
    fraction: Double? = nil
  ) {
    self.model = model
    self.reason = reason
    self.uniques = uniques
    self.fraction = fraction
  }

  private init(
    _ model: PopulationUniquenessModel, _ reason: String, _ estimate: PopulationUniquenessEstimate
  ) {
    self.init(model, reason, uniques: estimate.uniques, fraction: estimate.fraction)
  }

  /// Writes nil as JSON null, so the object always has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(model, forKey: .model)
    try container.encode(reason, forKey: .reason)
    try container.encode(uniques, forKey: .uniques)
    try container.encode(fraction, forKey: .fraction)
  }
}
