/// Limits a file must stay within: the gates of `scan` and of a policy, a limit per
/// `BoundKind`. A broken bound makes the command exit 1 after writing its report.
public struct Bounds: Sendable, Equatable {
  public var limits: [BoundKind: Double]

  public init(_ limits: [BoundKind: Double] = [:]) { self.limits = limits }

  public subscript(kind: BoundKind) -> Double? {
    get { limits[kind] }
    set { limits[kind] = newValue }
  }

  public var isEmpty: Bool { limits.isEmpty }

  /// These bounds with each one `other` sets put in its place.
  public func merging(_ other: Bounds) -> Bounds {
    Bounds(limits.merging(other.limits) { $1 })
  }

  /// The `min_l` bound, the l shortfalls are counted against when `--l` is not given.
  var minimumL: Int? { self[.minL].map { Int($0) } }
  /// The `max_t` bound, the t shortfalls are counted against when `--t` is not given.
  var maximumT: Double? { self[.maxT] }
}

/// One bound checked against a file's figure.
public struct BoundCheck: Sendable, Equatable, Codable {
  /// A stable id: `k`, `highest_risk`, `records_at_risk`, `sample_uniques`.
  public var id: String
  /// The option that set it, e.g. `--fail-under-k`, or its policy key in a policy's check.
  public var option: String
  public var limit: Double
  public var value: Double
  public var holds: Bool
  /// The bound in words, e.g. "k must be at least 5".
  public var rule: String
}

extension Bounds {
  /// Checks each bound that is set against a file's figures, in the order of `BoundKind`, the
  /// bounds on sensitive columns column by column. A bound whose figure is unknown fails: an
  /// unknown figure cannot be shown to be safe.
  func checks(_ figures: BoundFigures) -> [BoundCheck] {
    let perColumn = BoundKind.allCases.filter(\.isPerSensitiveColumn)
    let single = BoundKind.allCases.filter { !$0.isPerSensitiveColumn }.flatMap { kind in
      kind.figures(figures).compactMap { check(kind, $0) }
    }
    return single
      + figures.sensitive.indices.flatMap { index in
        perColumn.compactMap { check($0, $0.figures(figures)[index]) }
      }
  }

  private func check(_ kind: BoundKind, _ figure: (value: Double?, column: String?))
    -> BoundCheck?
  {
    guard let limit = self[kind] else { return nil }
    let holds = figure.value.map { kind.direction == .atLeast ? $0 >= limit : $0 <= limit }
    return BoundCheck(
      id: kind.checkID, option: kind.flag, limit: limit, value: figure.value ?? .nan,
      holds: holds ?? false,
      rule: kind.rule(limit: limit, column: figure.column)
        + (figure.value == nil ? " (no model gave an estimate)" : ""))
  }
}
