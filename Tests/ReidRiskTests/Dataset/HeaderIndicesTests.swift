import Glibc
import Testing

@testable import ReidRisk

/// `Header.indices(of:)`: how a requested column name finds its column.
@Suite struct HeaderIndicesTests {
  /// The rule as it was first written, one pass over the header per name: the reference the
  /// hashed lookup must agree with.
  static func reference(_ names: [String], _ requested: [String]) -> Result<[Int], DatasetError> {
    var indices: [Int] = []
    var unknown: [String] = []
    for name in requested {
      if let exact = names.firstIndex(of: name) {
        indices.append(exact)
        continue
      }
      let matches = names.indices.filter { names[$0].lowercased() == name.lowercased() }
      switch matches.count {
      case 1: indices.append(matches[0])
      case 0: unknown.append(name)
      default:
        return .failure(
          .ambiguousColumn(file: "t.csv", name: name, matches: matches.map { names[$0] }, line: 1))
      }
    }
    guard unknown.isEmpty else {
      return .failure(.unknownColumns(file: "t.csv", names: unknown, header: names, line: 1))
    }
    return .success(indices)
  }

  static func lookup(_ names: [String], _ requested: [String]) -> Result<[Int], DatasetError> {
    Result { () throws(DatasetError) in
      try Header(names: names).indices(of: requested, file: "t.csv")
    }
  }

  /// Header `id,Zip,zip,Age`: "zip" is exact (2), "ZIP" matches two names when case is
  /// ignored (ambiguous), "age" matches one (3), "AGE" too (3); "tier" and "Tier" are unknown
  /// and reported together, in the order asked.
  @Test func exactFirstThenTheOneCaselessMatch() throws {
    let names = ["id", "Zip", "zip", "Age"]
    #expect(try Self.lookup(names, ["zip", "age", "AGE", "id"]).get() == [2, 3, 3, 0])
    #expect(
      throws: DatasetError.ambiguousColumn(
        file: "t.csv", name: "ZIP", matches: ["Zip", "zip"], line: 1)
    ) { try Self.lookup(names, ["age", "ZIP"]).get() }
    #expect(
      throws: DatasetError.unknownColumns(
        file: "t.csv", names: ["tier", "Tier"], header: names, line: 1)
    ) { try Self.lookup(names, ["tier", "zip", "Tier"]).get() }
  }

  /// A header made with `Header(names:)` may repeat a name: the first column wins, as
  /// `firstIndex(of:)` had it.
  @Test func aRepeatedNameIsItsFirstColumn() throws {
    #expect(try Self.lookup(["a", "b", "a"], ["a", "b"]).get() == [0, 1])
  }

  /// 2,000 random headers over names that differ only in case ("ab", "Ab", "aB", "AB", ...),
  /// each asked for random names, some of them absent: the same indices or the same error as
  /// the reference, every time.
  @Test func agreesWithTheReference() {
    let alphabet = ["a", "A", "b", "B", "ab", "Ab", "aB", "AB", "c", "é", "É", ""]
    var random = SeededGenerator(state: 12)
    func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
    for _ in 0..<2_000 {
      var names: [String] = []
      for name in alphabet where next(2) == 0 { names.append(name) }
      names.shuffle(using: &random)
      let requested = (0..<(1 + next(4))).map { _ in
        alphabet[next(alphabet.count)] + (next(8) == 0 ? "x" : "")
      }
      let expected = Self.reference(names, requested)
      let found = Self.lookup(names, requested)
      switch (expected, found) {
      case (.success(let a), .success(let b)): #expect(a == b, "\(names) \(requested)")
      case (.failure(let a), .failure(let b)): #expect(a == b, "\(names) \(requested)")
      default: Issue.record("\(names) \(requested): \(expected) against \(found)")
      }
    }
  }

  /// `columns` and `scan` without `--qi` ask for every name. 100,000 names asked for each,
  /// once exactly and once in capitals: the former rule made a pass over the header per name
  /// (5 × 10^9 comparisons, then 10^10 lowercasings for the capitals; `columns` took 24 s on
  /// 100,000 names), the hashed one two passes in all. The bound is a hang guard, far above
  /// the linear time (about 0.3 s of CPU in a debug build), on the thread's own CPU clock so
  /// that a busy machine cannot trip it.
  @Test func everyNameOfAHugeHeaderInLinearTime() throws {
    let names = (0..<100_000).map { "column_\($0)" }
    let capitals = names.map { $0.uppercased() }
    let start = Self.threadCPUSeconds()
    let exact = try Header(names: names).indices(of: names, file: "t.csv")
    let caseless = try Header(names: names).indices(of: capitals, file: "t.csv")
    let seconds = Self.threadCPUSeconds() - start
    #expect(exact == Array(0..<100_000))
    #expect(caseless == Array(0..<100_000))
    #expect(seconds < 10, "\(seconds) s of CPU")
  }

  static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
