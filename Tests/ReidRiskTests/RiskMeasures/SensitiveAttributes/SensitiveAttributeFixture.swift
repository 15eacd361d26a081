@testable import ReidRisk

/// A small dataset for sensitive-attribute tests: one quasi-identifier column (the class) and
/// one sensitive column, each record given as (class label, sensitive value).
struct SensitiveAttributeFixture {
  let partition: Partition
  let codes: [Int32]
  let dictionary: ValueDictionary
  let column: String

  init(
    _ records: [(String, String)], column: String = "tier", excludingEmptyClass: Bool = false
  ) {
    var classDictionary = ValueDictionary()
    var dictionary = ValueDictionary()
    let classCodes = records.map { classDictionary.code(of: Array($0.0.utf8)) }
    codes = records.map { dictionary.code(of: Array($0.1.utf8)) }
    let isMissing = [
      (0..<Int32(classDictionary.count)).map { classDictionary.bytes(of: $0).isEmpty }
    ]
    partition = Partition(
      columns: [classCodes], isMissing: isMissing,
      policy: excludingEmptyClass ? .exclude : .value)
    self.dictionary = dictionary
    self.column = column
  }

  func risk(
    l: Int? = nil, t: Double? = nil, recursiveL: Int? = nil, isMissing: [Bool]? = nil
  ) -> SensitiveAttributeRisk {
    SensitiveAttributeRisk(
      partition: partition, column: column, codes: codes, dictionary: dictionary,
      isMissing: isMissing, l: l, t: t, recursiveL: recursiveL)
  }

  /// The records of classes "A" and "B" used across the tests:
  /// A = {Gold, Gold, Silver}, B = {Gold, Bronze}.
  static let tiers = SensitiveAttributeFixture([
    ("A", "Gold"), ("A", "Gold"), ("B", "Gold"), ("A", "Silver"), ("B", "Bronze"),
  ])

  /// Whether `lhs` and `rhs` agree to within `tolerance`.
  static func isClose(_ lhs: Double?, _ rhs: Double, tolerance: Double = 1e-12) -> Bool {
    guard let lhs else { return false }
    return abs(lhs - rhs) <= tolerance
  }
}
