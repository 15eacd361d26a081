import Foundation

extension PopulationUniquenessEstimate {
  /// Population uniques under the slide negative binomial model (Chen & Keller-McNulty 1998):
  /// the population has K non-empty classes whose sizes are 1 + a negative binomial (α, β)
  /// variable, and each person is in the file with probability π.
  ///
  /// K is estimated from the histogram with Shlosser's estimator in the form of Haas et al.
  /// (1995): K = u + u₁ · [Σ i·π²(1−π²)^(i−1)·u_i / Σ ((1−π²)^i − (1−π)^i)·u_i]
  /// · [Σ (1−π)^i·u_i / Σ i·π(1−π)^(i−1)·u_i]², and K = u when π = 1. Then (α, β) solve, by
  /// Newton–Raphson, the model's expected numbers of classes of size 1 and 2 in the file, with
  /// d = (1 − π)(1 − β):
  /// - K·π·(β / (1 − d))^α · (1 + α·d / (1 − d)) = u₁,
  /// - K·α·β^α·π²·(1 − β)/2 · (1 − d)^−(α+2) · (2 − (1 − α)·d) = u₂,
  ///
  /// and population uniques = K·β^α (the chance that a class has size 1 + 0). The fit needs
  /// α > 0 and 0 < β ≤ 1, and often finds no such root: the model is then unavailable.
  ///
  /// ARX differs in two places and, as a result, returns NaN whenever π < 1: its K sums
  /// ((1−π)^i·u_i·(1+π)^i − 1) where Haas et al. have (1−π)^i·((1+π)^i − 1)·u_i, and its second
  /// equation multiplies by (1 − d)^(α+2) instead of dividing (summing the model's probability of
  /// a class of size 2 term by term gives the division). At π = 1 both agree with this one.
  ///
  /// Example: u₁ = 6, u₂ = 2, u₃ = 1, u₄ = 2 (n = 21) at π = 0.2 (N = 105) give K = 21.09 and
  /// (α, β) = (0.522, 0.158), so K·β^α = 21.09 × 0.382 = 8.05 population uniques (Zayatz: 11.7).
  /// Source: Chen, Keller-McNulty, "Estimation of identification disclosure risk in microdata",
  /// JOS 14 (1998); Haas, Naughton, Seshadri, Stokes, VLDB 1995; ARX `ModelSNB`.
  public init(snb histogram: ClassSizeHistogram, population: Population) {
    self.init(snb: histogram, population: population, formulation: .published)
  }

  init(snb histogram: ClassSizeHistogram, population: Population, formulation: SNBFit.Formulation) {
    guard histogram.classes(ofSize: 1) > 0 else {
      self = .noSampleUniques(populationSize: population.size)
      return
    }
    let fit = SNBFit(
      histogram: histogram, samplingFraction: population.samplingFraction,
      formulation: formulation)
    guard fit.classCount.isFinite, fit.classCount > 0 else {
      self.init(unavailable: "the estimate of non-empty classes K is \(fit.classCount)")
      return
    }
    let outcome = fit.solve()
    guard case .converged(let point, let iterations, let start) = outcome else {
      self.init(unavailable: outcome.failureReason + " (K = \(Self.format(fit.classCount)))")
      return
    }
    let (alpha, beta) = (point.x, point.y)
    let parameters =
      "K = \(Self.format(fit.classCount)), α = \(Self.format(alpha)), "
      + "β = \(Self.format(beta))"
    guard alpha > 0, beta > 0, beta <= 1 else {
      self.init(unavailable: "fitted parameters outside the model: \(parameters)")
      return
    }
    self.init(
      checking: fit.classCount * pow(beta, alpha), populationSize: population.size,
      reason: "fitted \(parameters) (start \(start), \(iterations) iterations)")
  }
}
