/// How many equivalence classes have each size: the summary every partition-based risk
/// measure is computed from.
///
/// With classes of sizes 1, 1, 2 and 5 the histogram is {1: 2, 2: 1, 5: 1}: 4 classes holding
/// 1 + 1 + 2 + 5 = 9 records.
public struct ClassSizeHistogram: Sendable, Equatable {
  /// One bin per class size present, in increasing size.
  public struct Bin: Sendable, Equatable {
    public let size: Int
    public let classes: Int
    /// The records in classes of this size: size × classes, except under wildcard missing
    /// values, where a class's risk size counts records of other classes too.
    public let records: Int

    public init(size: Int, classes: Int, records: Int? = nil) {
      self.size = size
      self.classes = classes
      self.records = records ?? size * classes
    }
  }

  public let bins: [Bin]

  /// The histogram of the given class sizes (zero sizes are ignored).
  public init(classSizes: some Sequence<Int>) {
    // Most classes are small: count those in an array, the rest in a dictionary.
    var small = [Int](repeating: 0, count: 1024)
    var large: [Int: Int] = [:]
    for size in classSizes where size > 0 {
      if size < small.count { small[size] += 1 } else { large[size, default: 0] += 1 }
    }
    bins =
      small.indices.filter { small[$0] > 0 }.map { Bin(size: $0, classes: small[$0]) }
      + large.sorted { $0.key < $1.key }.map { Bin(size: $0.key, classes: $0.value) }
  }

  /// The histogram with the given bins (sizes increasing, each present once).
  public init(bins: [Bin]) { self.bins = bins }

  /// The histogram with `classesOfSize[size]` classes of each size.
  public init(classesOfSize: [Int: Int]) {
    bins = classesOfSize.filter { $0.key > 0 && $0.value > 0 }.sorted { $0.key < $1.key }
      .map { Bin(size: $0.key, classes: $0.value) }
  }

  /// n, the records in all classes.
  public var recordCount: Int { bins.reduce(0) { $0 + $1.records } }
  /// u, the number of classes.
  public var classCount: Int { bins.reduce(0) { $0 + $1.classes } }
  /// u_i, the number of classes of size `size`.
  public func classes(ofSize size: Int) -> Int { bins.first { $0.size == size }?.classes ?? 0 }
  /// The smallest class size (k of k-anonymity); 0 for an empty histogram.
  public var smallestClass: Int { bins.first?.size ?? 0 }
  /// The largest class size; 0 for an empty histogram.
  public var largestClass: Int { bins.last?.size ?? 0 }
}
