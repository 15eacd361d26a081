import Testing

@testable import ReidRisk

/// The value order and the fast Earth Mover's Distance against a direct evaluation of the
/// formulas.
@Suite struct SensitiveAttributeDistanceTests {
  @Test(arguments: [
    ("12", 12.0), ("-3.5", -3.5), ("+7", 7), ("1e3", 1000), ("2.5E-1", 0.25), (".5", 0.5),
    ("5.", 5), ("007", 7),
  ])
  func numbers(text: String, value: Double) {
    #expect(SensitiveValueOrder.number(ArraySlice(text.utf8)) == value)
  }

  @Test(arguments: ["", "inf", "nan", "0x1F", " 1", "1 ", "+", ".", "1e", "1.2.3", "1,5", "--1"])
  func notNumbers(text: String) {
    #expect(SensitiveValueOrder.number(ArraySlice(text.utf8)) == nil)
  }

  /// Random classes over m values, each distance checked against the formula summed over all
  /// m values.
  @Test(arguments: [GroundDistance.equal, .ordered])
  func matchesDirectFormula(distance: GroundDistance) {
    var random = SplitMix(seed: distance == .equal ? 1 : 2)
    for _ in 0..<50 {
      let m = 2 + Int(random.next() % 40)
      let classCount = 1 + Int(random.next() % 30)
      var records: [(String, String)] = []
      for classId in 0..<classCount {
        // Few distinct values per class, so the runs between them are long.
        let values = (0..<(1 + random.next() % 4)).map { _ in Int(random.next() % UInt64(m)) }
        for _ in 0..<(1 + random.next() % 12) {
          let value = values[Int(random.next() % UInt64(values.count))]
          records.append(("c\(classId)", distance == .ordered ? "\(value)" : "v\(value)"))
        }
      }
      let fixture = SensitiveAttributeFixture(records)
      let risk = fixture.risk()
      #expect(risk.summary.groundDistance == distance)
      let expected = Self.directDistances(records, ordered: distance == .ordered)
      for classId in expected.indices {
        #expect(SensitiveAttributeFixture.isClose(risk.distanceOfClass[classId], expected[classId]))
      }
    }
  }

  /// EMD of each class (in order of first appearance) by the textbook formulas.
  static func directDistances(_ records: [(String, String)], ordered: Bool) -> [Double] {
    let values = Array(Set(records.map(\.1))).sorted {
      ordered ? Int($0)! < Int($1)! : $0 < $1
    }
    var classes: [String] = []
    for record in records where !classes.contains(record.0) { classes.append(record.0) }
    let n = Double(records.count)
    let q = values.map { value in Double(records.filter { $0.1 == value }.count) / n }
    return classes.map { label in
      let members = records.filter { $0.0 == label }
      let f = Double(members.count)
      let p = values.map { value in Double(members.filter { $0.1 == value }.count) / f }
      guard ordered else { return 0.5 * zip(p, q).reduce(0) { $0 + abs($1.0 - $1.1) } }
      guard values.count > 1 else { return 0 }
      var cumulative = 0.0
      var sum = 0.0
      for index in values.indices {
        cumulative += p[index] - q[index]
        sum += abs(cumulative)
      }
      return sum / Double(values.count - 1)
    }
  }
}

/// A small deterministic generator (SplitMix64) for reproducible random cases.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
