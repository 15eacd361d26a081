/// A sample of a column's distinct values chosen by their hash, each with its exact count: the
/// share of the sampled values held by one record only estimates the share of all distinct
/// values that are unique (Gibbons, "Distinct sampling for highly-accurate answers to distinct
/// values queries and event reports", VLDB 2001).
///
/// A value is in the sample when the low `level` bits of its (remixed) hash are zero: one value
/// in 2^level, chosen by the value itself, not by where it occurs. So every occurrence of a
/// sampled value is counted, wherever it lies. When the sample outgrows its capacity, the level
/// goes up by one and the values that no longer qualify (about half) leave it; a value that
/// qualifies at a level qualified at every lower one, so the counts of those that stay are
/// still exact. Values are kept as their 64-bit hash: two values sharing one is a chance of
/// about (values)² / 2^65, 3·10⁻⁶ for ten million.
///
/// Example: with capacity 2 and the values x, y, x, z whose hashes qualify at levels 0, 1, 0
/// and 0 respectively: x, y fill the sample; z makes three, so the level becomes 1 and only y
/// stays (count 1): the sampled unique share is 1 / 1. The standard error of the share is at
/// most 0.5 / √(capacity / 2), 0.55 points for the default 16,384.
struct DistinctSample: Sendable {
  static let defaultCapacity = 1 << 14

  let capacity: Int
  /// Values in the sample have the low `level` bits of their sampling hash zero.
  private(set) var level = 0
  private var counts: [UInt64: Int] = [:]

  init(capacity: Int = DistinctSample.defaultCapacity) {
    self.capacity = max(capacity, 2)
  }

  /// The hash a value is sampled by: `hash` remixed, so that the bits the sample tests are
  /// not those a `HyperLogLog` fed the same hash picks its register with.
  @inline(__always)
  static func samplingHash(_ hash: UInt64) -> UInt64 {
    HashMixing.mix(hash ^ 0x9E37_79B9_7F4A_7C15)
  }

  /// Counts one occurrence of the value whose hash is `hash`.
  @inline(__always)
  mutating func add(hash: UInt64) {
    let key = Self.samplingHash(hash)
    guard key & ((1 << UInt64(level)) &- 1) == 0 else { return }
    counts[key, default: 0] += 1
    if counts.count > capacity { raiseLevel() }
  }

  private mutating func raiseLevel() {
    while counts.count > capacity && level < 63 {
      level += 1
      let mask: UInt64 = (1 << UInt64(level)) &- 1
      counts = counts.filter { $0.key & mask == 0 }
    }
  }

  /// The distinct values sampled.
  var sampledValues: Int { counts.count }

  /// The sampled values held by one record only.
  var sampledUniques: Int { counts.values.count { $0 == 1 } }

  /// The estimated share of all the distinct values that one record only holds; 0 when
  /// nothing was sampled.
  var uniqueShare: Double {
    counts.isEmpty ? 0 : Double(sampledUniques) / Double(sampledValues)
  }
}
