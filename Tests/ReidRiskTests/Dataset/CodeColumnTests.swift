import Testing

@testable import ReidRisk

/// Codes take 1, 2 or 4 bytes each as the dictionary needs, widen when it grows past a width,
/// and read the same as 4-byte codes everywhere.
@Suite struct CodeColumnTests {
  /// Codes run 0 ..< distinct: 256 values need codes 0…255 (one byte), 257 need code 256.
  @Test(arguments: [
    (255, CodeColumn.Width.one), (256, .one), (257, .two),
    (65_535, .two), (65_536, .two), (65_537, .four),
  ])
  func widthAtTheBoundaries(distinct: Int, width: CodeColumn.Width) {
    #expect(CodeColumn.Width(distinct: distinct) == width)
  }

  /// A file whose column holds `distinct` values, each once, then the first again.
  private func column(distinct: Int, parallelism: Int, chunk: Int? = nil) throws -> Dataset {
    var csv = "v\n"
    for value in 0..<distinct { csv += "\(value)\n" }
    csv += "0\n"
    return try DatasetReader.read(
      csv, columns: ["v"], chunkSize: chunk, parallelism: parallelism)
  }

  @Test(arguments: [
    (255, CodeColumn.Width.one), (256, .one), (257, .two),
    (65_535, .two), (65_536, .two), (65_537, .four),
  ])
  func readerStoresTheNarrowestWidth(distinct: Int, width: CodeColumn.Width) throws {
    for parallelism in [1, 2] {
      // chunks of 64 KiB: the lanes read pieces of about 128 KiB, the 65,537-value file is
      // 382 KiB, so both lanes hold codes and the merge renumbers them
      let data = try column(distinct: distinct, parallelism: parallelism, chunk: 64 << 10)
      let codes = try #require(data.column(named: "v")?.codes)
      #expect(codes.width == width)
      #expect(codes.count == distinct + 1)
      // codes in order of first appearance: value i has code i, and the last record repeats 0
      #expect(codes.elementsEqual((0..<Int32(distinct)) + [0]))
      #expect(data.values("v").last == "0")
      #expect(data.values("v")[distinct - 1] == "\(distinct - 1)")
    }
  }

  /// 4,000 records of 3 values, then 1,000 new values: the stored column starts at one byte
  /// and widens to two when code 256 arrives, with every earlier code kept.
  @Test(arguments: [1, 2, 3]) func widenedMidFile(parallelism: Int) throws {
    var csv = "g,v\n"
    var expected: [String] = []
    for record in 0..<5_000 {
      let value = record < 4_000 ? "\(record % 3)" : "new\(record)"
      csv += "x,\(value)\n"
      expected.append(value)
    }
    let data = try DatasetReader.read(
      csv, columns: ["v", "g"], chunkSize: 4096, parallelism: parallelism)
    #expect(data.column(named: "v")?.codes.width == .two)
    #expect(data.column(named: "g")?.codes.width == .one)
    #expect(data.column(named: "v")?.dictionary.count == 1_003)
    #expect(data.values("v") == expected)
  }

  /// Two lanes of 200 values each, none shared: every lane code fits one byte, the merged
  /// dictionary of 400 values does not, so the merge widens the column to two bytes. Records
  /// alternate runs of the lanes: lane 0's values 0…199, lane 1's, then lane 0's again.
  @Test func mergeWidensPastTheLanesWidth() throws {
    var lanes = [ValueDictionary(seed: .deterministic), ValueDictionary(seed: .deterministic)]
    for value in 0..<200 {
      _ = lanes[0].code(of: Array("a\(value)".utf8))
      _ = lanes[1].code(of: Array("b\(value)".utf8))
    }
    var assembly = DatasetAssembly(
      file: "t.csv", indices: [0], names: ["v"], firstLine: 2, seed: .deterministic,
      maximumDistinctValues: 1_000)
    for lane in [0, 1, 0] {
      var piece = ReaderLane.Piece()
      piece.codes = [(0..<200).map(Int32.init)]
      piece.records = 200
      piece.seen = 200
      piece.lineFeeds = 200
      try assembly.append(piece, lane: lane)
    }
    let data = try assembly.dataset(
      header: Header(names: ["v"]), requested: ["v"], indices: [0],
      laneDictionaries: lanes.map { [$0] })
    let column = try #require(data.column(named: "v"))
    #expect(column.codes.width == .two)
    #expect(column.dictionary.count == 400)
    // file order: a0…a199 get codes 0…199, b0…b199 get 200…399, then a0… again 0…199
    #expect(Array(column.codes) == Array(0..<400) + Array(0..<200))
    #expect(data.values("v")[200] == "b0")
    #expect(data.lines.line(ofRecord: 599) == 601)
  }

  @Test func appendWidensOnce() {
    var codes = CodeColumn()
    codes.append(contentsOf: [0, 255, 7])
    #expect(codes.width == .one)
    codes.append(256)
    #expect(codes.width == .two)
    codes.append(contentsOf: [65_535])
    #expect(codes.width == .two)
    codes.append(65_536)
    #expect(codes.width == .four)
    #expect(Array(codes) == [0, 255, 7, 256, 65_535, 65_536])
    #expect(codes.byteCount == 24)
  }

  @Test func settingACodeThatDoesNotFitWidens() {
    var codes = CodeColumn([1, 2, 3])
    #expect(codes.width == .one)
    codes[1] = 300
    #expect(codes.width == .two)
    #expect(Array(codes) == [1, 300, 3])
  }

  /// [0, 2, 1] through the map [5, 6, 7]: 5, 7, 6; 3 records per code counts [1, 1, 1].
  @Test func mappedAndCounted() {
    let codes: CodeColumn = [0, 2, 1, 2]
    let mapped = codes.mapped(through: [5, 6, 700], distinct: 701)
    #expect(Array(mapped) == [5, 700, 6, 700])
    #expect(mapped.width == .two)
    #expect(codes.recordsPerCode(distinct: 4) == [1, 1, 2, 0])
  }

  /// [3, 1, 2] keeping the first and last: [3, 2], at the column's width (1 byte; 2 bytes
  /// for [300, 1, 2]).
  @Test func filteredKeepsTheWidth() {
    let codes: CodeColumn = [3, 1, 2]
    let kept = codes.filtered([true, false, true])
    #expect(Array(kept) == [3, 2])
    #expect(kept.width == .one)
    let wider = CodeColumn([300, 1, 2]).filtered([true, false, true])
    #expect(Array(wider) == [300, 2])
    #expect(wider.width == .two)
    #expect(codes.filtered([false, false, false]).isEmpty)
  }

  /// The partition over narrow codes is the partition over the same codes 4 bytes wide: ids,
  /// sizes, on both the packed path and the wide-key path (columns of 2^20 values, 3 of them
  /// past 64 bits).
  @Test func partitionMatchesTheFourBytePath() {
    var state: UInt64 = 99
    func next(_ bound: Int) -> Int32 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int32(Int(state >> 33) % bound)
    }
    // 70,000 records: past the size below which one shard does the work
    let gender = (0..<70_000).map { _ in next(3) }
    let zip = (0..<70_000).map { _ in next(40_000) }
    let day = (0..<70_000).map { _ in next(70_000) }
    let narrow = [CodeColumn(gender), CodeColumn(zip), CodeColumn(day)]
    #expect(narrow.map(\.width) == [.one, .two, .four])
    for distinct in [[3, 40_000, 70_000], [3, 1 << 30, 1 << 30]] {
      let wide = Partition(columns: [gender, zip, day], distinctValues: distinct)
      let packed = Partition(columns: narrow, distinctValues: distinct)
      #expect(packed.classOfRecord == wide.classOfRecord)
      #expect(packed.classSizes == wide.classSizes)
    }
  }
}
