import Foundation

/// The gamma-family functions the population-uniqueness models need, each in O(1) whatever the
/// size of its argument: a short upward recurrence to x ≥ 10, then an asymptotic series, and the
/// reflection formula for negative arguments.
enum Gamma {
  /// ψ(x) = d/dx ln Γ(x), the digamma function; NaN at the poles 0, −1, −2, …
  ///
  /// ψ(1) = −γ ≈ −0.5772; ψ(x + 1) = ψ(x) + 1/x. For x < 0: ψ(x) = ψ(1 − x) − π·cot(πx).
  static func digamma(_ x: Double) -> Double {
    guard x.isFinite else { return .nan }
    if x <= 0 {
      let fraction = x - x.rounded(.down)
      guard fraction != 0 else { return .nan }
      return digamma(1 - x) - Double.pi / tan(Double.pi * fraction)
    }
    var x = x
    var result = 0.0
    while x < 10 {
      result -= 1 / x
      x += 1
    }
    let r2 = 1 / (x * x)
    let series = r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 / 132))))
    return result + log(x) - 0.5 / x - series
  }

  /// ψ′(x), the trigamma function; NaN at the poles 0, −1, −2, …
  ///
  /// ψ′(1) = π²/6; ψ′(x + 1) = ψ′(x) − 1/x². For x < 0: ψ′(x) = π²/sin²(πx) − ψ′(1 − x).
  static func trigamma(_ x: Double) -> Double {
    guard x.isFinite else { return .nan }
    if x <= 0 {
      let fraction = x - x.rounded(.down)
      guard fraction != 0 else { return .nan }
      let sine = sin(Double.pi * fraction)
      return Double.pi * Double.pi / (sine * sine) - trigamma(1 - x)
    }
    var x = x
    var result = 0.0
    while x < 10 {
      result += 1 / (x * x)
      x += 1
    }
    let r = 1 / x
    let r2 = r * r
    let series =
      1 + r2 * (1.0 / 6 - r2 * (1.0 / 30 - r2 * (1.0 / 42 - r2 * (1.0 / 30 - r2 * 5.0 / 66))))
    return result + r * series + 0.5 * r2
  }

  /// ln Γ(x + m) − ln Γ(x) for x > 0 and x + m > 0, without the cancellation of subtracting two
  /// large ln Γ values: ln Γ(3·10⁸) ≈ 5.6·10⁹ carries an absolute error near 10⁻⁶.
  ///
  /// For both arguments ≥ 10 it uses Stirling's series, where the difference of the leading terms
  /// is (x − ½)·ln(1 + m/x) + m·ln(x + m) − m. ln Γ(5) − ln Γ(3) = ln(24 / 2) = ln 12.
  static func logGammaRatio(_ x: Double, _ m: Double) -> Double {
    guard x > 0, x + m > 0 else { return .nan }
    if m == 0 { return 0 }
    let end = x + m
    guard min(x, end) >= 10 else { return lgamma(end) - lgamma(x) }
    return (x - 0.5) * log1p(m / x) + m * log(end) - m + stirlingCorrection(end)
      - stirlingCorrection(x)
  }

  /// ln Γ(z) − ((z − ½)·ln z − z + ½·ln 2π) for z ≥ 10, to about 2·10⁻¹⁴.
  private static func stirlingCorrection(_ z: Double) -> Double {
    let r = 1 / z
    let r2 = r * r
    return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 / 1188))))
  }
}
