/// Class sizes when a missing value matches every value (sdcMicro's frequency counts).
///
/// Two classes are indistinguishable when their values agree wherever both are present. The
/// risk size of class a is the sum of the sizes of the classes indistinguishable from it,
/// itself included. With (A, F) × 2, (A, ?) × 1 and (B, F) × 1: (A, F) → 2 + 1 = 3,
/// (A, ?) → 1 + 2 = 3, (B, F) → 1 (the ? of gender does not cover the A of zip).
///
/// Classes are grouped by which columns they miss (their mask). For each pair of masks, the
/// classes are compared on the columns neither misses, through a hash of those codes: cost
/// O(M² · u) for M masks present (at most 2^q) and u classes.
enum WildcardSizes {
  static func sizes(classSizes: [Int], keys: [[Int32]], isMissing: [[Bool]]) -> [Int] {
    let width = isMissing.count
    let masks: [Int] = keys.map { key in
      (0..<width).reduce(0) { mask, column in
        isMissing[column][Int(key[column])] ? mask | (1 << column) : mask
      }
    }
    var classesOfMask: [Int: [Int]] = [:]
    for (id, mask) in masks.enumerated() { classesOfMask[mask, default: []].append(id) }
    var sizes = [Int](repeating: 0, count: classSizes.count)
    for (maskA, classesA) in classesOfMask {
      for (maskB, classesB) in classesOfMask {
        let shared = (0..<width).filter { (maskA | maskB) & (1 << $0) == 0 }
        var totals: [[Int32]: Int] = [:]
        for id in classesB { totals[shared.map { keys[id][$0] }, default: 0] += classSizes[id] }
        for id in classesA { sizes[id] += totals[shared.map { keys[id][$0] }] ?? 0 }
      }
    }
    return sizes
  }
}
