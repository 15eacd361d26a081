import Testing

@testable import ReidRisk

/// The flags of classes an engine counted: the same classes, sizes and reasons as the flags of
/// the file they were counted from, including classes of k records or more that fail l.
@Suite struct EngineFlagsTests {
  /// zip, gender, tier, with k = 2 and l = 2 (distinct), in order of first appearance:
  ///
  ///     A (1000, F)  Gold, Silver          2 records, 2 tiers: not flagged
  ///     B (1000, M)  Gold, Gold, Gold      3 records ≥ k, 1 tier < l: flagged for l only
  ///     C (2000, F)  Gold                  1 record < k, and 1 tier < l
  ///     D (1000, -)  Silver                gender missing: in no class under exclude
  static let records =
    "zip,gender,tier\n1000,F,Gold\n1000,F,Silver\n1000,M,Gold\n1000,M,Gold\n1000,M,Gold\n"
    + "2000,F,Gold\n1000,,Silver\n"

  static func scans() throws -> (file: Scan, counts: ClassCounts, fromCounts: Scan) {
    let reader = DatasetReader(
      file: "t.csv", request: DatasetRequest(columns: ["zip", "gender", "tier"]))
    try Array(records.utf8).withUnsafeBytes { try reader.consume($0) }
    var options = ScanOptions(
      quasiIdentifiers: ["zip", "gender"], missingPolicy: .exclude, sensitiveAttributes: ["tier"])
    options.k = 2
    options.l = 2
    let file = try Scan(dataset: try reader.finish(), file: "t.csv", options: options)
    let counts = ClassCounts(
      scan: file,
      metadata: ClassCountsMetadata(
        quasiIdentifiers: [.init(name: "zip"), .init(name: "gender")]))
    return (file, counts, try Scan(classCounts: counts, file: "c.csv", options: options))
  }

  static let onlyL = "all 3 members share one value of tier"
  static let unique =
    "unique on zip, gender; the class has a single member, whose tier it discloses"

  @Test func classFlagsOfCountedClasses() throws {
    let (_, counts, fromCounts) = try Self.scans()
    #expect(counts.counts == [2, 3, 1, 1])
    #expect(counts.masks == [0, 0, 0, 2])  // D: bit 1, gender
    #expect(
      fromCounts.classFlags(of: counts) == [
        nil, ClassFlag(size: 3, reason: Self.onlyL), ClassFlag(size: 1, reason: Self.unique), nil,
      ])
  }

  /// Each record the file's flags list carries its class's flag: B's three records, C's one
  /// (records 3–6), as the counts' flags say.
  @Test func sameFlagsAsTheFile() throws {
    let (file, counts, fromCounts) = try Self.scans()
    let findings = file.findings()
    #expect(findings.map(\.record) == [3, 4, 5, 6])
    let fromFile = findings.map { ClassFlag(size: $0.classSize, reason: $0.reason) }
    let flags = fromCounts.classFlags(of: counts)
    // class of each listed record: B, B, B, C (indices 1, 1, 1, 2 of the counts)
    #expect(fromFile == [1, 1, 1, 2].map { flags[$0] })
  }

  /// The lines of the flags file: B's records with size 3 and risk 1/3 = 0.3333 for l, C's
  /// with 1 and 1; A's and D's none. B is the one key the query must add to those under k.
  @Test func linesAndTheKeysTheQueryAdds() throws {
    let (_, counts, fromCounts) = try Self.scans()
    let flags = EngineFlags(counts: counts, flags: fromCounts.classFlags(of: counts), k: 2)
    #expect(flags.keysAtLeastK == [counts.keyHex(ofClass: 1)])
    #expect(flags.header(idColumn: "member_id") == "class_size,risk,reason,member_id\n")
    func line(_ index: Int, id: String) -> String? {
      flags.line(id: id, key: counts.keyHex(ofClass: index), missing: counts.masks[index])
    }
    #expect(line(1, id: "M3") == "3,0.3333,\(Self.onlyL),M3\n")
    #expect(line(2, id: "M6") == "1,1,\"\(Self.unique)\",M6\n")  // the reason holds a comma
    #expect(line(0, id: "M1") == nil)
    #expect(line(3, id: "M7") == nil)
    // a key with another mask is another class, not among the counts
    #expect(flags.line(id: "M3", key: counts.keyHex(ofClass: 1), missing: 1) == nil)
  }
}
