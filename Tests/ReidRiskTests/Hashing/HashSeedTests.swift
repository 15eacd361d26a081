import Testing

@testable import ReidRisk

/// Results never depend on the hash seed: the same file read and grouped under two seeds gives
/// the same codes, dictionaries and classes.
@Suite struct HashSeedTests {
  static let seedA = HashSeed.deterministic
  static let seedB = HashSeed(k0: 0xDEAD_BEEF_0BAD_F00D, k1: 0x0123_4567_89AB_CDEF)

  /// 100,000 records (past the two-shard threshold of 65,536), three columns, many values.
  static let file: String = {
    var text = "zip,birth,gender\n"
    var state: UInt64 = 1
    for _ in 0..<100_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let zip = (state >> 20) % 9000
      let day = (state >> 40) % 20000
      text += "\(10000 + zip),d\(day),\(["F", "M", "X"][Int(state >> 60) % 3])\n"
    }
    return text
  }()

  @Test func readingDoesNotDependOnTheSeed() throws {
    let columns = ["zip", "birth", "gender"]
    let a = try DatasetReader.read(Self.file, columns: columns, chunkSize: 50_000, seed: Self.seedA)
    let b = try DatasetReader.read(Self.file, columns: columns, chunkSize: 50_000, seed: Self.seedB)
    for name in columns {
      #expect(a.column(named: name)?.codes == b.column(named: name)?.codes)
      #expect(a.values(name) == b.values(name))
    }
  }

  /// Packed keys (the two-shard index) and unpacked keys (the general index) alike.
  @Test(arguments: [false, true]) func partitionDoesNotDependOnTheSeed(packed: Bool) throws {
    let dataset = try DatasetReader.read(Self.file, columns: ["zip", "birth", "gender"])
    let columns = dataset.columns.map(\.codes)
    // Dictionary sizes of 2^40 each need 3 × 40 bits: too many to pack.
    let distinct = packed ? dataset.columns.map(\.dictionary.count) : [1 << 40, 1 << 40, 1 << 40]
    let a = Partition(columns: columns, distinctValues: distinct, seed: Self.seedA)
    let b = Partition(columns: columns, distinctValues: distinct, seed: Self.seedB)
    #expect(a.classOfRecord == b.classOfRecord)
    #expect(a.classSizes == b.classSizes)
    #expect(a.classCount > 50_000)
  }

  /// A dictionary that reseeds on every probe past the first (bound 0), at most once per
  /// doubling, still gives every value its first-appearance code.
  @Test func reseedingKeepsCodes() {
    var dictionary = ValueDictionary(seed: Self.seedA, probeBound: 0)
    for number in 0..<20_000 {
      let code = Array("v\(number)".utf8).withUnsafeBytes { dictionary.code(of: $0) }
      #expect(code == Int32(number))
    }
    #expect(dictionary.generation > 0)
    for number in stride(from: 0, to: 20_000, by: 7) {
      let code = Array("v\(number)".utf8).withUnsafeBytes { dictionary.code(of: $0) }
      #expect(code == Int32(number))
    }
    #expect(dictionary.count == 20_000)
  }
}
