/// The Earth Mover's Distance between one class's distribution P of a sensitive value and the
/// file's distribution Q, as t-closeness uses it (Li, Li, Venkatasubramanian 2007).
///
/// Equal ground distance (categorical): EMD = ½ Σ_i |p_i − q_i|. Ordered ground distance (m
/// ranked values): EMD = (1 / (m − 1)) Σ_{i=1}^{m} |Σ_{j=1}^{i} (p_j − q_j)|. Both are computed
/// from the class's own entries only, so a class costs O(its values · log m), not O(m).
struct EarthMoversDistance: Sendable {
  private let valueTotals: [Int]
  private let recordCount: Int
  private let order: SensitiveValueOrder?
  /// N_≤(i): records of the file with a value of rank ≤ i, for each rank i.
  private let cumulative: [Int]
  /// S(i) = Σ_{j < i} N_≤(j), for i in 0...m.
  private let cumulativeSums: [Int]

  /// Compares classes to the file-wide counts `valueTotals` (n = `recordCount`), with the
  /// ordered distance when `order` is given and the equal distance otherwise.
  init(valueTotals: [Int], recordCount: Int, order: SensitiveValueOrder?) {
    self.valueTotals = valueTotals
    self.recordCount = recordCount
    self.order = order
    guard let order else {
      cumulative = []
      cumulativeSums = []
      return
    }
    var perRank = [Int](repeating: 0, count: order.rankCount)
    for code in valueTotals.indices where order.rankOfCode[code] >= 0 {
      perRank[Int(order.rankOfCode[code])] += valueTotals[code]
    }
    var cumulative = perRank
    for rank in cumulative.indices.dropFirst() { cumulative[rank] += cumulative[rank - 1] }
    var sums = [Int](repeating: 0, count: order.rankCount + 1)
    for rank in cumulative.indices { sums[rank + 1] = sums[rank] + cumulative[rank] }
    self.cumulative = cumulative
    self.cumulativeSums = sums
  }

  var isOrdered: Bool { order != nil }

  /// The distance for a class of `size` records whose value `codes[e]` occurs `counts[e]`
  /// times, for e in `entries`.
  func distance(codes: [Int32], counts: [Int32], entries: Range<Int>, size: Int) -> Double {
    guard size > 0, recordCount > 0 else { return 0 }
    if let order {
      return ordered(order, codes: codes, counts: counts, entries: entries, size: size)
    }
    // ½ (Σ_present |r_i/f − N_i/n| + Σ_absent N_i/n), each term exact in integers.
    let n = recordCount
    var sum = 0.0
    var presentTotal = 0
    for entry in entries {
      let total = valueTotals[Int(codes[entry])]
      presentTotal += total
      sum += Double(abs(Int(counts[entry]) * n - total * size))
    }
    sum += Double((n - presentTotal) * size)
    return sum / (2 * Double(size) * Double(n))
  }

  private func ordered(
    _ order: SensitiveValueOrder, codes: [Int32], counts: [Int32], entries: Range<Int>, size: Int
  ) -> Double {
    let m = order.rankCount
    guard m > 1 else { return 0 }
    var ranked = entries.map {
      (rank: Int(order.rankOfCode[Int(codes[$0])]), count: Int(counts[$0]))
    }
    ranked.sort { $0.rank < $1.rank }
    // Between two ranks the class holds, its cumulative share c = F/f is constant while the
    // file's N_≤(i)/n grows: sum |c − N_≤(i)/n| over each such run of ranks.
    var total = 0.0
    var start = 0
    var classCumulative = 0
    var index = 0
    while index <= ranked.count {
      let end = index < ranked.count ? ranked[index].rank : m
      if end > start { total += run(start..<end, classCumulative: classCumulative, size: size) }
      guard index < ranked.count else { break }
      while index < ranked.count && ranked[index].rank == end {
        classCumulative += ranked[index].count
        index += 1
      }
      start = end
    }
    return total / Double(m - 1)
  }

  /// Σ_{i in ranks} |F/f − N_≤(i)/n| with F = `classCumulative`, f = `size`.
  private func run(_ ranks: Range<Int>, classCumulative: Int, size: Int) -> Double {
    // The first rank where the file's share reaches the class's: N_≤(i) · f ≥ F · n.
    let target = classCumulative * recordCount
    var low = ranks.lowerBound
    var high = ranks.upperBound
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] * size >= target { high = middle } else { low = middle + 1 }
    }
    let split = low
    let below = cumulativeSums[split] - cumulativeSums[ranks.lowerBound]
    let above = cumulativeSums[ranks.upperBound] - cumulativeSums[split]
    let share = Double(classCumulative) / Double(size)
    let n = Double(recordCount)
    return share * Double(split - ranks.lowerBound) - Double(below) / n + Double(above) / n
      - share * Double(ranks.upperBound - split)
  }
}
