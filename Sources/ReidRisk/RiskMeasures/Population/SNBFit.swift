import Foundation

/// The equations of the slide negative binomial model for one histogram, and their Jacobian.
struct SNBFit {
  /// Which formulas: those derived from the model, or ARX's (kept to show, in the tests, that
  /// they explain ARX's NaN for π < 1).
  enum Formulation {
    case published
    case arx
  }

  let samplingFraction: Double
  let uniques: Double
  let pairs: Double
  /// K, the estimated number of non-empty classes in the population.
  let classCount: Double
  let formulation: Formulation

  init(histogram: ClassSizeHistogram, samplingFraction: Double, formulation: Formulation) {
    self.samplingFraction = samplingFraction
    self.uniques = Double(histogram.classes(ofSize: 1))
    self.pairs = Double(histogram.classes(ofSize: 2))
    self.formulation = formulation
    self.classCount = Self.classCount(histogram, samplingFraction, formulation)
  }

  /// Shlosser's estimate of the number of non-empty population classes.
  static func classCount(
    _ histogram: ClassSizeHistogram, _ fraction: Double, _ formulation: Formulation
  ) -> Double {
    let u = Double(histogram.classCount)
    if formulation == .published && fraction >= 1 { return u }
    let f = fraction
    let f2 = f * f
    var numerator = 0.0  // Σ i·π²(1−π²)^(i−1)·u_i
    var denominator = 0.0  // Σ ((1−π²)^i − (1−π)^i)·u_i
    var missed = 0.0  // Σ (1−π)^i·u_i
    var seen = 0.0  // Σ i·π(1−π)^(i−1)·u_i
    for bin in histogram.bins {
      let i = Double(bin.size)
      let count = Double(bin.classes)
      let missedHere = pow(1 - f, i) * count
      numerator += i * f2 * pow(1 - f2, i - 1) * count
      switch formulation {
      case .published: denominator += (pow(1 - f2, i) - pow(1 - f, i)) * count
      case .arx: denominator += missedHere * pow(1 + f, i) - 1
      }
      missed += missedHere
      seen += i * f * pow(1 - f, i - 1) * count
    }
    let ratio = missed / seen
    return u + Double(histogram.classes(ofSize: 1)) * (numerator / denominator) * ratio * ratio
  }

  func solve() -> NewtonRaphson2D.Outcome {
    NewtonRaphson2D().solve(from: SIMD2(1, 1), system: evaluate)
  }

  /// The two equations' residuals (expected − observed) and Jacobian at (α, β).
  func evaluate(_ point: SIMD2<Double>) -> NewtonRaphson2D.Evaluation {
    let (a, b) = (point.x, point.y)
    let f = samplingFraction
    let k = classCount
    let s = 1 - f
    let d = s * (1 - b)
    let q = 1 - d
    // E₁ = K·π·A·B with A = (β/q)^α, B = 1 + α·d/q
    let powerA = pow(b / q, a)
    let termB = 1 + a * d / q
    let e1 = k * f * powerA * termB - uniques
    let e1a = k * f * powerA * (log(b / q) * termB + d / q)
    let e1b = k * f * powerA * (a * f / (b * q) * termB - a * s / (q * q))
    // E₂ = K·π²/2 · α·G with G = (1 − β)·H·D, H = β^α·q^(σ(α+2)), D = 2 − (1 − α)·d
    let sign: Double = formulation == .published ? -1 : 1
    let powerH = pow(b, a) * pow(q, sign * (a + 2))
    let termD = 2 - (1 - a) * d
    let g = (1 - b) * powerH * termD
    let ga = (1 - b) * powerH * ((log(b) + sign * log(q)) * termD + d)
    let gb =
      powerH
      * (-termD + (1 - b) * termD * (a / b + sign * (a + 2) * s / q) + (1 - b) * (1 - a) * s)
    let scale = k * f * f / 2
    let e2 = scale * a * g - pairs
    return NewtonRaphson2D.Evaluation(
      value: SIMD2(e1, e2),
      jacobian: SIMD4(e1a, e1b, scale * (g + a * ga), scale * a * gb))
  }
}
