/// One column's values counted in bounded memory, fed record by record in file order.
///
/// Up to the `ProfileBound`, every distinct value is kept with its count: the tally is exact,
/// and the profile made from it is the one the whole column would give. The first value past
/// the bound freezes the dictionary: its values are still counted wherever they occur, and the
/// values outside it (the overflow) only feed a `HyperLogLog` (their distinct count), a
/// `DistinctSample` (the share of them that are unique) and the counts of records and missing
/// values. So the first 10,000 distinct values, which decide the type, keep their exact counts.
///
/// Example, bound 2 values: a, b, a, c, d, c → dictionary {a: 2, b: 1}; overflow: 3 records
/// (c, d, c), 2 distinct by the sketch, of which the sample finds d unique (1 of 2); distinct ≈
/// 2 + 2 = 4, unique ≈ 1 (b) + 2 · 1/2 = 2 records.
struct ColumnTally: Sendable {
  let bound: ProfileBound
  private(set) var dictionary: ValueDictionary
  /// The records holding each value of `dictionary`, by code.
  private(set) var counts: [Int] = []
  private(set) var records = 0
  /// Set once a value did not fit the bound.
  private(set) var overflow: Overflow?
  /// The missing-value tokens, as bytes, for counting missing values in the overflow.
  private let missingTokens: Set<[UInt8]>
  private let missingTokenLengths: Set<Int>

  /// What is known of the values outside the frozen dictionary.
  struct Overflow: Sendable {
    var records = 0
    var missingRecords = 0
    var distinct = HyperLogLog()
    var sample = DistinctSample()
  }

  /// The fixed key of the sketches' hash: estimates never depend on the dictionaries' seed.
  static let sketchSeed = HashSeed.deterministic

  /// The hash the sketches take: the keyed hash with a fixed key, then a finaliser. Without
  /// it, on the 693,506 timestamps of the 1M-record bench file's `last_login`, the sketch was
  /// off by +1.3% (and by −1.4% to +1.7% under four other keys: an error of 1.2%, where 0.8% is
  /// due); with it, by −0.005%.
  @inline(__always)
  static func sketchHash(_ value: UnsafeRawBufferPointer) -> UInt64 {
    HashMixing.mix(HashMixing.hash(value, seed: sketchSeed))
  }

  init(bound: ProfileBound, missingTokens: [String], seed: HashSeed) {
    self.bound = bound
    dictionary = ValueDictionary(seed: seed)
    let tokens = missingTokens.map { Array($0.utf8) }
    self.missingTokens = Set(tokens)
    missingTokenLengths = Set(tokens.map(\.count))
  }

  /// Counts one record's value.
  @inline(__always)
  mutating func add(_ value: UnsafeRawBufferPointer) {
    records &+= 1
    if overflow == nil {
      if dictionary.count < bound.values && dictionary.byteCount + value.count <= bound.bytes {
        let code = Int(dictionary.code(of: value))
        if code == counts.count { counts.append(1) } else { counts[code] &+= 1 }
        return
      }
      if let code = dictionary.existingCode(of: value) {
        counts[Int(code)] &+= 1
        return
      }
      overflow = Overflow()
    } else if let code = dictionary.existingCode(of: value) {
      counts[Int(code)] &+= 1
      return
    }
    addOverflow(value)
  }

  private mutating func addOverflow(_ value: UnsafeRawBufferPointer) {
    let hash = Self.sketchHash(value)
    overflow!.records &+= 1
    overflow!.distinct.add(hash: hash)
    overflow!.sample.add(hash: hash)
    if value.isEmpty
      || (missingTokenLengths.contains(value.count) && missingTokens.contains(Array(value)))
    {
      overflow!.missingRecords &+= 1
    }
  }

  /// Whether the distinct count and unique share are estimates.
  var isEstimated: Bool { overflow != nil }

  /// Distinct values: exact, or the dictionary's plus the sketch's estimate of the overflow's,
  /// which lies between 1 and the overflow's records.
  var distinct: Int {
    guard let overflow else { return dictionary.count }
    return dictionary.count + min(max(overflow.distinct.estimate, 1), overflow.records)
  }

  /// The overflow's estimated unique values: its estimated distinct values times the share of
  /// the sampled ones held by one record, at most its records.
  var overflowUniques: Int {
    guard let overflow else { return 0 }
    let distinct = min(max(overflow.distinct.estimate, 1), overflow.records)
    return min(Int((Double(distinct) * overflow.sample.uniqueShare).rounded()), overflow.records)
  }
}
