import Foundation

extension PopulationUniquenessEstimate {
  /// Population uniques under Zayatz's model (1991): the share of sample uniques that are
  /// population uniques is estimated from how likely a class of each size is to be drawn
  /// exactly once.
  ///
  /// With H(K) the hypergeometric probability that drawing n of N people yields exactly one of
  /// K marked ones, H(K) = K·C(N − K, n − 1) / C(N, n), the conditional probability that a
  /// sample unique is a population unique is P = u₁·H(1) / Σ_i u_i·H(i), and population uniques
  /// = u₁·P / π. Each H(i)/H(1) is computed from differences of ln Γ in O(1), so the cost
  /// depends on the number of distinct class sizes only.
  ///
  /// Classes of sizes 1, 1, 2 (n = 4) in N = 8: H(2)/H(1) = 2·C(6, 3) / C(7, 3) = 40/35, so
  /// P = 2 / (2 + 40/35) = 0.6364 and population uniques = 2 × 0.6364 / 0.5 = 2.545. With
  /// N = n (π = 1) only H(1) is non-zero and the estimate is u₁. Source: Zayatz, "Estimation of
  /// the percent of unique population elements on a microdata file using the sample", US
  /// Census Bureau SRD report 91/08 (1991); ARX `ModelZayatz`.
  public init(zayatz histogram: ClassSizeHistogram, population: Population) {
    let uniquesInSample = Double(histogram.classes(ofSize: 1))
    guard uniquesInSample > 0 else {
      self = .noSampleUniques(populationSize: population.size)
      return
    }
    let n = Double(histogram.recordCount)
    let size = population.size
    // Σ_i u_i·H(i)/H(1), with H(i)/H(1) = i·C(N−i, n−1)/C(N−1, n−1)
    //   = i · [Γ(N−n+1)/Γ(N−n−i+2)] / [Γ(N)/Γ(N−i+1)], and 0 once N − i < n − 1.
    var weighted = 0.0
    for bin in histogram.bins {
      let i = Double(bin.size)
      guard size - i >= n - 1 else { continue }
      let logRatio =
        log(i) + Gamma.logGammaRatio(size - n - i + 2, i - 1)
        - Gamma.logGammaRatio(size - i + 1, i - 1)
      weighted += Double(bin.classes) * exp(logRatio)
    }
    let probability = uniquesInSample / weighted
    self.init(
      checking: uniquesInSample * probability / (n / size), populationSize: size,
      reason: "P(population unique | sample unique) = \(Self.format(probability))")
  }
}
