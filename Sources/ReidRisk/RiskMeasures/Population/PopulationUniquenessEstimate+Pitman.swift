import Foundation

extension PopulationUniquenessEstimate {
  /// Population uniques under Pitman's model (Hoshino 2001): class sizes follow the Pitman
  /// sampling formula with parameters θ ≥ 0 and α, fitted to the file by maximum likelihood.
  ///
  /// The log-likelihood of the class-size histogram (u classes, n records, u_s classes of size s)
  /// is L = Σ_{i=1}^{u−1} ln(θ + iα) − Σ_{i=1}^{n−1} ln(θ + i) + Σ_s u_s Σ_{i=1}^{s−1} ln(i − α).
  /// Its score equations are solved by Newton–Raphson from ARX's start values, with every sum in
  /// closed form through ψ and ψ′ (for example Σ_{i=1}^{n−1} 1/(θ + i) = ψ(θ + n) − ψ(θ + 1)), so
  /// the cost depends on the number of distinct class sizes only. Population uniques
  /// = Γ(θ + 1) / Γ(θ + α) · N^α, computed in log space and kept only in (0, N].
  ///
  /// Example: classes of sizes 1, 1, 1, 1, 1, 2, 5 (n = 12, u = 7, u₁ = 5) start from ARX's
  /// θ₀ = 2.714, α₀ = 0.429 and fit θ = 2.611, α = 0.429; with N = 100 that gives
  /// Γ(3.611) / Γ(3.040) · 100^0.429 = 1.813 × 7.209 = 13.07 population uniques. Hoshino
  /// recommends Pitman for small sampling fractions; Dankar et al. (2012) apply it for π ≤ 0.1.
  /// Source: Hoshino, "Applying Pitman's sampling formula to microdata disclosure risk
  /// assessment", JOS 17 (2001); ARX `ModelPitman`.
  public init(pitman histogram: ClassSizeHistogram, population: Population) {
    let uniquesInSample = histogram.classes(ofSize: 1)
    guard uniquesInSample > 0 else {
      self = .noSampleUniques(populationSize: population.size)
      return
    }
    let outcome = PitmanFit(histogram: histogram).solve()
    guard case .converged(let point, let iterations, let start) = outcome else {
      self.init(unavailable: outcome.failureReason)
      return
    }
    let (theta, alpha) = (point.x, point.y)
    let parameters = "θ = \(Self.format(theta)), α = \(Self.format(alpha))"
    guard alpha != 0, theta + alpha > 0 else {
      self.init(unavailable: "fitted parameters outside the model: \(parameters)")
      return
    }
    let logUniques = Gamma.logGammaRatio(theta + alpha, 1 - alpha) + alpha * log(population.size)
    self.init(
      checking: exp(logUniques), populationSize: population.size,
      reason: "maximum likelihood \(parameters) (start \(start), \(iterations) iterations)")
  }
}

/// The score equations of Pitman's model for one histogram, and their Jacobian.
struct PitmanFit {
  let bins: [ClassSizeHistogram.Bin]
  let classes: Double
  let records: Double
  let start: SIMD2<Double>

  init(histogram: ClassSizeHistogram) {
    bins = histogram.bins.filter { $0.size > 1 }
    classes = Double(histogram.classCount)
    records = Double(histogram.recordCount)
    // ARX's start values (from moment-type equations on u₁ and u₂).
    let u1 = Double(histogram.classes(ofSize: 1))
    let u2 = Double(max(histogram.classes(ofSize: 2), 1))
    let (u, n) = (classes, records)
    let c = u1 * (u1 - 1) / u2
    let theta = (n * u * c - u1 * (n - 1) * (2 * u + c)) / (2 * u1 * u + u1 * c - n * c)
    let alpha = (theta * (u1 - n) + (n - 1) * u1) / (n * u)
    start = SIMD2(theta, alpha)
  }

  func solve() -> NewtonRaphson2D.Outcome {
    NewtonRaphson2D().solve(from: start, isAdmissible: { $0.x >= 0 }, system: evaluate)
  }

  /// The score (∂L/∂θ, ∂L/∂α) and its Jacobian at (θ, α).
  func evaluate(_ point: SIMD2<Double>) -> NewtonRaphson2D.Evaluation {
    let (t, a) = (point.x, point.y)
    let (u, n) = (classes, records)
    let z = t / a
    // Σ_{i=1}^{u−1} 1/(θ+iα), Σ_{i=1}^{n−1} 1/(θ+i), Σ_{i=1}^{u−1} i/(θ+iα)
    let s1 = (Gamma.digamma(z + u) - Gamma.digamma(z + 1)) / a
    let s2 = Gamma.digamma(t + n) - Gamma.digamma(t + 1)
    let s3 = ((u - 1) - t * s1) / a
    // Σ_{i=1}^{u−1} 1/(θ+iα)², Σ_{i=1}^{n−1} 1/(θ+i)², and the i and i² weighted sums
    let t1 = (Gamma.trigamma(z + 1) - Gamma.trigamma(z + u)) / (a * a)
    let t2 = Gamma.trigamma(t + 1) - Gamma.trigamma(t + n)
    let t3 = (s1 - t * t1) / a
    let t4 = ((u - 1) - 2 * t * s1 + t * t * t1) / (a * a)
    // Σ_s u_s Σ_{i=1}^{s−1} 1/(i−α) and Σ_s u_s Σ_{i=1}^{s−1} 1/(i−α)²
    let digammaBase = Gamma.digamma(1 - a)
    let trigammaBase = Gamma.trigamma(1 - a)
    var s4 = 0.0
    var t5 = 0.0
    for bin in bins {
      let count = Double(bin.classes)
      s4 += count * (Gamma.digamma(Double(bin.size) - a) - digammaBase)
      t5 += count * (trigammaBase - Gamma.trigamma(Double(bin.size) - a))
    }
    return NewtonRaphson2D.Evaluation(
      value: SIMD2(s1 - s2, s3 - s4),
      jacobian: SIMD4(t2 - t1, -t3, -t3, -t4 - t5))
  }
}
