import Foundation

/// A class that falls short of the distinct-l or t threshold.
public struct SensitiveAttributeShortfall: Sendable, Equatable {
  /// The class id, as in `Partition.classOfRecord`.
  public let classId: Int
  /// f, the records in the class.
  public let size: Int
  /// m, the distinct sensitive values in the class.
  public let distinctValues: Int
  /// The class's Earth Mover's Distance from the whole file.
  public let distance: Double
  /// Whether m < l.
  public let isBelowL: Bool
  /// Whether the distance is strictly above t.
  public let isAboveT: Bool
}

extension SensitiveAttributeRisk {
  /// The classes that fall short of the thresholds given, in class-id order (empty without
  /// thresholds).
  public var shortClasses: [SensitiveAttributeShortfall] {
    classSizes.indices.compactMap { shortfall(ofClass: $0) }
  }

  /// How class `classId` falls short of the thresholds, or nil when it meets them.
  public func shortfall(ofClass classId: Int) -> SensitiveAttributeShortfall? {
    let distinct = distinctValues(ofClass: classId)
    let isBelowL = summary.lThreshold.map { distinct < $0 } ?? false
    let isAboveT = summary.tThreshold.map { distanceOfClass[classId] > $0 } ?? false
    guard classSizes[classId] > 0, isBelowL || isAboveT else { return nil }
    return SensitiveAttributeShortfall(
      classId: classId, size: classSizes[classId], distinctValues: distinct,
      distance: distanceOfClass[classId], isBelowL: isBelowL, isAboveT: isAboveT)
  }

  /// Why class `classId` falls short, in words, or nil when it meets the thresholds.
  ///
  /// Values appear only when `showValues` is true: "all 7 members share one value of tier"
  /// becomes "all 7 members share tier=Gold". An empty value shows as `tier=(empty)`.
  public func reason(forClass classId: Int, showValues: Bool = false) -> String? {
    guard let shortfall = shortfall(ofClass: classId) else { return nil }
    var reasons: [String] = []
    if shortfall.isBelowL { reasons.append(diversityReason(shortfall, showValues: showValues)) }
    if shortfall.isAboveT { reasons.append(closenessReason(shortfall, showValues: showValues)) }
    return reasons.joined(separator: "; ")
  }

  private func diversityReason(_ shortfall: SensitiveAttributeShortfall, showValues: Bool)
    -> String
  {
    let column = summary.column
    let entries = counts.entries(ofClass: shortfall.classId)
    let first = counts.codes[entries.lowerBound]
    if shortfall.size == 1 {
      return showValues
        ? "the class has a single member, with \(display(first))"
        : "the class has a single member, whose \(column) it discloses"
    }
    if shortfall.distinctValues == 1 {
      return showValues
        ? "all \(shortfall.size) members share \(display(first))"
        : "all \(shortfall.size) members share one value of \(column)"
    }
    let lead =
      "the \(shortfall.size) members hold only \(shortfall.distinctValues) distinct values"
      + " of \(column), fewer than \(summary.lThreshold ?? 0)"
    guard showValues else { return lead }
    let values = entries.map { "\(display(counts.codes[$0])) (\(counts.counts[$0]))" }
    return lead + ": " + values.joined(separator: ", ")
  }

  private func closenessReason(_ shortfall: SensitiveAttributeShortfall, showValues: Bool)
    -> String
  {
    let column = summary.column
    let lead =
      "\(column) here is \(Self.format(shortfall.distance)) from its distribution in the file,"
      + " above t = \(Self.format(summary.tThreshold ?? 0))"
    // The value most over-represented in the class: the largest r_i/f − N_i/n.
    let n = counts.recordCount
    var best: (code: Int32, count: Int, gain: Double)?
    for entry in counts.entries(ofClass: shortfall.classId) {
      let code = counts.codes[entry]
      let count = Int(counts.counts[entry])
      let gain =
        Double(count) / Double(shortfall.size) - Double(counts.valueTotals[Int(code)]) / Double(n)
      if gain > best?.gain ?? -.infinity { best = (code, count, gain) }
    }
    guard let best else { return lead }
    let value = showValues ? display(best.code) : "one value"
    return lead
      + ": \(value) holds \(best.count) of \(shortfall.size) members against"
      + " \(counts.valueTotals[Int(best.code)]) of \(n) records overall"
  }

  /// `column=value`, with `(empty)` for an empty value.
  private func display(_ code: Int32) -> String {
    let value = dictionary.bytes(of: code).isEmpty ? "(empty)" : dictionary.string(of: code)
    return "\(summary.column)=\(value)"
  }

  /// A distance with up to 3 decimals and no trailing zeros: 0.4, 0.333.
  static func format(_ value: Double) -> String {
    var text = String(format: "%.3f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
