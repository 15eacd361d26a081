/// Newton–Raphson for two equations in two unknowns, restarted from ARX's start values.
///
/// Each try starts from one point and repeats x ← x − J(x)⁻¹·F(x) until both |F₁| and |F₂| are
/// at most `accuracy`, for at most `iterationsPerStart` steps; a step that lands on NaN or outside
/// the admissible region ends the try. The first try starts from the caller's point, the next ones
/// from ARX's deterministic grid {0, 0.33, 0.66, 0.99}², so results match ARX's default solver
/// (accuracy 10⁻⁶, 1,000 iterations per try) without its time limits.
struct NewtonRaphson2D {
  /// F(x) and its Jacobian ∂Fᵢ/∂xⱼ at a point.
  struct Evaluation {
    var value: SIMD2<Double>
    /// Row-major: (∂F₁/∂x₁, ∂F₁/∂x₂, ∂F₂/∂x₁, ∂F₂/∂x₂).
    var jacobian: SIMD4<Double>
  }

  enum Outcome: Equatable {
    /// A root, after `iterations` steps in all, found by try `start` (from 1).
    case converged(SIMD2<Double>, iterations: Int, start: Int)
    /// No try reached the accuracy.
    case failed(iterations: Int, starts: Int)
  }

  var accuracy = 1e-6
  var iterationsPerStart = 1000

  /// ARX's `ARXSolverConfiguration.getDefaultStartValues()`: d₁, d₂ stepping by 0.33 from 0
  /// while below 1.
  static let preparedStarts: [SIMD2<Double>] = {
    var steps: [Double] = []
    var value = 0.0
    while value < 1 {
      steps.append(value)
      value += 0.33
    }
    return steps.flatMap { first in steps.map { SIMD2(first, $0) } }
  }()

  func solve(
    from start: SIMD2<Double>, isAdmissible: (SIMD2<Double>) -> Bool = { _ in true },
    system: (SIMD2<Double>) -> Evaluation
  ) -> Outcome {
    let starts = [start] + Self.preparedStarts
    var total = 0
    for (index, first) in starts.enumerated() {
      var point = first
      for _ in 0...iterationsPerStart {
        total += 1
        let evaluation = system(point)
        let value = evaluation.value
        if abs(value.x) <= accuracy && abs(value.y) <= accuracy {
          return .converged(point, iterations: total, start: index + 1)
        }
        let j = evaluation.jacobian
        let determinant = j[0] * j[3] - j[1] * j[2]
        let step = SIMD2(
          (j[3] * value.x - j[1] * value.y) / determinant,
          (j[0] * value.y - j[2] * value.x) / determinant)
        point -= step
        if point.x.isNaN || point.y.isNaN || !isAdmissible(point) { break }
      }
    }
    return .failed(iterations: total, starts: starts.count)
  }
}

extension NewtonRaphson2D.Outcome {
  /// Why no root was found, in words.
  var failureReason: String {
    switch self {
    case .converged: return ""
    case .failed(let iterations, let starts):
      return "did not converge from any of \(starts) start values (\(iterations) iterations in all)"
    }
  }
}
