/// How many people in the population are unique on the quasi-identifiers, estimated from the
/// file's class-size histogram by three models and the decision rule of Dankar et al. (2012).
///
/// Sample uniques are records alone in their class in the file; a sample unique is a danger
/// mainly when it is also unique in the population, which the file alone cannot tell when it
/// is a sample (π < 1). The models extrapolate from the histogram: Pitman and Zayatz always
/// give a number when they converge, SNB often has no admissible fit. Each costs O(distinct
/// class sizes), whatever n and N. With π = 1 every model returns u₁ or close to it: the file is
/// the population. See `docs/models/population-uniqueness.md`.
public struct PopulationUniqueness: Sendable, Equatable, Codable {
  /// u₁, the sample uniques.
  public let sampleUniques: Int
  public let pitman: PopulationUniquenessEstimate
  public let zayatz: PopulationUniquenessEstimate
  public let snb: PopulationUniquenessEstimate
  public let dankar: DankarDecision
  /// The estimated probability that a sample unique is also a population unique:
  /// π · (population uniques) / u₁ from the Dankar choice, capped to [0, 1]; nil without sample
  /// uniques or an estimate.
  ///
  /// Each of the PU population uniques is in the file with probability π, and is then a sample
  /// unique, so π·PU of the u₁ sample uniques are expected to be population uniques. With
  /// u₁ = 100, π = 0.1 and 400 population uniques: 0.1 × 400 / 100 = 0.4. This is Zayatz's
  /// P. At π = 1 it is PU / u₁.
  public let sampleUniqueIsPopulationUniqueProbability: Double?

  public init(histogram: ClassSizeHistogram, population: Population) {
    let uniques = histogram.classes(ofSize: 1)
    let pitman = PopulationUniquenessEstimate(pitman: histogram, population: population)
    let zayatz = PopulationUniquenessEstimate(zayatz: histogram, population: population)
    let snb = PopulationUniquenessEstimate(snb: histogram, population: population)
    let dankar = DankarDecision(
      sampleUniques: uniques, samplingFraction: population.samplingFraction, pitman: pitman,
      zayatz: zayatz, snb: snb)
    self.sampleUniques = uniques
    self.pitman = pitman
    self.zayatz = zayatz
    self.snb = snb
    self.dankar = dankar
    if uniques > 0, let chosen = dankar.uniques {
      let expected = population.samplingFraction * chosen / Double(uniques)
      self.sampleUniqueIsPopulationUniqueProbability = min(max(expected, 0), 1)
    } else {
      self.sampleUniqueIsPopulationUniqueProbability = nil
    }
  }

  enum CodingKeys: String, CodingKey {
    case sampleUniques = "sample_uniques"
    case pitman, zayatz, snb, dankar
    case sampleUniqueIsPopulationUniqueProbability =
      "sample_unique_is_population_unique_probability"
  }

  /// Writes nil as JSON null, so the object always has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sampleUniques, forKey: .sampleUniques)
    try container.encode(pitman, forKey: .pitman)
    try container.encode(zayatz, forKey: .zayatz)
    try container.encode(snb, forKey: .snb)
    try container.encode(dankar, forKey: .dankar)
    try container.encode(
      sampleUniqueIsPopulationUniqueProbability, forKey: .sampleUniqueIsPopulationUniqueProbability)
  }
}
