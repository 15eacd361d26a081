import Foundation

/// The SUDA score of a record: the sum, over its minimal sample uniques, of a weight that is
/// larger for smaller MSUs (a record alone on one column is at more risk than one alone only
/// on five).
///
/// The weight of an MSU of size s among m quasi-identifiers searched up to size M is
/// Π_{i=s}^{min(M, m−1)−1} (m − i), an empty product being 1 (Elliot's scoring, sdcMicro's
/// default). With m = 5 and M = 5: size 1 → 4·3·2 = 24, size 2 → 3·2 = 6, size 3 → 2, sizes 4
/// and 5 → 1. A record with MSUs {birth_date}, {zip, job_title} and {state, job_title} scores
/// 24 + 6 + 6 = 36. The Java SUDA2 that ARX uses gives a record the weight of the last MSU it
/// found instead of the sum; the sum is the definition (Elliot, "SUDA: a program for detecting
/// special uniques", 2002; sdcMicro `suda2`).
public struct SUDAScoring: Sendable, Equatable {
  /// m, the quasi-identifiers.
  public let columnCount: Int
  /// M, the largest MSU size searched.
  public let maximumSize: Int

  public init(columnCount: Int, maximumSize: Int) {
    self.columnCount = columnCount
    self.maximumSize = maximumSize
  }

  /// The weight of an MSU of `size` columns. A Double: with m = 20 the weight of size 1 is
  /// 19!/1 ≈ 1.2·10¹⁷, past exact integers but well within a Double's range.
  public func weight(ofSize size: Int) -> Double {
    let last = min(maximumSize, columnCount - 1) - 1
    guard size <= last else { return 1 }
    return (size...last).reduce(1.0) { $0 * Double(columnCount - $1) }
  }

  /// The score of a record with `msus`: the sum of their weights; 0 with none.
  public func score(_ msus: some Sequence<ColumnSet>) -> Double {
    msus.reduce(0) { $0 + weight(ofSize: $1.count) }
  }
}

/// DIS-SUDA: a record's SUDA score turned into the probability that, unique in the file, it is
/// unique in the population too (Elliot 2004; the SUDA user guide; sdcMicro `suda2`'s
/// `disScore`).
///
/// With U1 and U2 the records in classes of size 1 and 2 (on all the quasi-identifiers), π the
/// sampling fraction and m the quasi-identifiers: q = 1 + (8 − m)/20,
/// d = U1·π / (U1·π + U2·(1 − π)), A = (U1/d − U1) / Σ_r score(r)^−q over the records with a
/// score above 0, and DIS(r) = 1 / (1 + score(r)^−q · A), 0 for a score of 0.
///
/// Worked example: m = 4 (q = 1.2), U1 = 3, U2 = 2, π = 0.5, scores 6, 2 and 1:
/// d = 1.5 / (1.5 + 1) = 0.6; U1/d − U1 = 5 − 3 = 2; Σ score^−q = 6^−1.2 + 2^−1.2 + 1 =
/// 0.116471 + 0.435275 + 1 = 1.551746; A = 2 / 1.551746 = 1.288870; DIS for the score 2 is
/// 1 / (1 + 0.435275 · 1.288870) = 0.640609. With no record in a class of 2 (U2 = 0), d = 1,
/// A = 0 and every record with a score has DIS 1.
public struct DISSUDA: Sendable, Equatable {
  /// q = 1 + (8 − m)/20.
  public let q: Double
  /// A = (U1/d − U1) / Σ score^−q (0 when no record has a score).
  public let a: Double

  /// From the records' SUDA `scores`, `uniques` = U1, `pairs` = U2 (records in classes of two),
  /// the `samplingFraction` π and `columnCount` = m.
  public init(
    scores: some Sequence<Double>, uniques: Int, pairs: Int, samplingFraction: Double,
    columnCount: Int
  ) {
    let q = 1 + Double(8 - columnCount) / 20
    self.q = q
    let sum = scores.reduce(0) { $1 > 0 ? $0 + pow($1, -q) : $0 }
    let u1 = Double(uniques)
    let weighted = u1 * samplingFraction
    let d = weighted / (weighted + Double(pairs) * (1 - samplingFraction))
    a = sum > 0 && d > 0 ? (u1 / d - u1) / sum : 0
  }

  /// DIS(r) = 1 / (1 + score^−q · A), 0 for a score of 0.
  public func score(suda: Double) -> Double {
    suda > 0 ? 1 / (1 + pow(suda, -q) * a) : 0
  }
}
