import Testing

@testable import ReidRisk

/// The reader of class counts: CSV and JSON give the same counts, however the bytes arrive;
/// each bad row is one line naming the line, the column and what to do, never the value.
@Suite struct ClassCountsReaderTests {
  static let zip1000 = MD5.hex("1000")
  static let zip2000 = MD5.hex("2000")
  static let female = MD5.hex("F")
  static let empty = MD5.hex("")
  static let gold = MD5.hex("Gold")

  /// On zip, gender: (1000, F) × 2, (1000, missing) × 1, (2000, F) × 1; tier Gold for all.
  static let csv = """
    # reidrisk class counts 1
    # quasi_identifiers: zip,gender
    # na: N/A
    key,missing,count,sensitive,value,rank
    \(zip1000)\(female),0,2,,,
    \(zip1000)\(empty),2,1,,,
    "\(zip2000)\(female)",0,1,,,
    \(zip1000)\(female),0,2,tier,\(gold),
    \(zip1000)\(empty),2,1,tier,\(gold),
    \(zip2000)\(female),0,1,tier,\(gold),

    """

  static func read(
    _ text: String, quasiIdentifiers: String? = nil, na: [String]? = nil, byteByByte: Bool = false
  ) throws(ClassCountsError) -> ClassCounts {
    var reader = ClassCountsReader(
      source: "c.csv",
      quasiIdentifiers: quasiIdentifiers.flatMap { try? QuasiIdentifierSpec.parse($0) },
      missingTokens: na)
    if byteByByte {
      for byte in text.utf8 { try reader.read([byte]) }
    } else {
      try reader.read(Array(text.utf8))
    }
    return try reader.finish()
  }

  @Test func readsClassesSensitiveCountsAndMetadata() throws {
    let counts = try Self.read(Self.csv)
    #expect(counts.counts == [2, 1, 1])  // 4 records in 3 classes
    #expect(counts.masks == [0, 2, 0])  // bit 1: gender missing
    #expect(counts.recordCount == 4)
    #expect(counts.keyHex(ofClass: 2) == Self.zip2000 + Self.female)
    #expect(counts.metadata?.quasiIdentifiers.map(\.name) == ["zip", "gender"])
    #expect(counts.metadata?.missingTokens == ["N/A"])
    #expect(counts.sensitive.map(\.column) == ["tier"])
    #expect(counts.sensitive[0].entries.map(\.count) == [2, 1, 1])
  }

  @Test func byteByByteReadsTheSame() throws {
    let whole = try Self.read(Self.csv)
    let bytes = try Self.read(Self.csv, byteByByte: true)
    #expect(bytes.counts == whole.counts && bytes.digests == whole.digests)
    #expect(bytes.sensitive == whole.sensitive)
  }

  @Test(arguments: [false, true])
  func jsonArrayAndLinesReadAsCSV(asArray: Bool) throws {
    let objects = [
      "{\"key\": \"\(Self.zip1000)\(Self.female)\", \"missing\": 0, \"count\": 2}",
      "{\"key\": \"\(Self.zip1000)\(Self.empty)\", \"missing\": 2, \"count\": \"1\","
        + " \"sensitive\": null}",
      "{\"key\": \"\(Self.zip2000)\(Self.female)\", \"missing\": 0, \"count\": 1}",
    ]
    let text =
      asArray ? "[\n" + objects.joined(separator: ",\n") + "\n]\n" : objects.joined(separator: "\n")
    let counts = try Self.read(text, quasiIdentifiers: "zip,gender", byteByByte: true)
    #expect(counts.counts == [2, 1, 1])
    #expect(counts.masks == [0, 2, 0])
    #expect(counts.metadata == nil)
  }

  /// (text after the header `key,missing,count`, the error's expected start, a value of the
  /// row that must not be quoted back).
  static let badRows: [(String, String, String)] = [
    (
      "\(zip1000),0,2", "c.csv: line 2, column 1 (key): the key has 32 characters, not 32 × 2",
      zip1000
    ),
    (
      "x\(zip1000.dropFirst())\(female),0,2",
      "c.csv: line 2, column 1 (key): the key holds a character",
      "x\(zip1000.dropFirst())"
    ),
    (
      "\(zip1000)\(female),4,2", "c.csv: line 2, column 2 (missing): the missing mask sets a bit",
      ",4,"
    ),
    (
      "\(zip1000)\(female),2,2",
      "c.csv: line 2, column 2 (missing): the mask says \"gender\" is missing",
      female
    ),
    (
      "\(zip1000)\(empty),0,2",
      "c.csv: line 2, column 2 (missing): the mask says \"gender\" is present", empty
    ),
    (
      "\(zip1000)\(female),0,0", "c.csv: line 2, column 3 (count): the count is not a whole number",
      "0,0"
    ),
    (
      "\(zip1000)\(female),0,99999999999999999999",
      "c.csv: line 2, column 3 (count): the count is not",
      "9999999999"
    ),
    (
      "\(zip1000)\(female),0,9007199254740992\n\(zip2000)\(female),0,1",
      "c.csv: line 3, column 3 (count): the counts add up to more than 2^53", "9007199254740992"
    ),
    (
      "\(zip1000)\(female),0,1\n\(zip1000)\(female),0,1",
      "c.csv: line 3, column 1 (key): the key of the class on line 2 appears again", zip1000
    ),
    ("\(zip1000)\(female),0", "c.csv: line 2: the row has 2 fields, the header 3", zip1000),
    ("\"\(zip1000)\(female),0,1", "c.csv: line 2: a quoted field is never closed", zip1000),
  ]

  @Test(arguments: badRows)
  func badRowIsOneLineWithPlaceAndRemedy(row: String, start: String, value: String) {
    let text = "key,missing,count\n" + row + "\n"
    do {
      _ = try Self.read(text, quasiIdentifiers: "zip,gender")
      Issue.record("no error for \(row)")
    } catch {
      #expect(error.description.hasPrefix(start), "\(error.description)")
      #expect(!error.description.contains(value), "\(error.description)")
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func sensitiveCountsMustAddUpToTheClass() {
    // the class of 2 has sensitive rows for 1 record only
    let text = """
      key,missing,count,sensitive,value,rank
      \(Self.zip1000)\(Self.female),0,2,,,
      \(Self.zip1000)\(Self.female),0,1,tier,\(Self.gold),

      """
    #expect {
      _ = try Self.read(text, quasiIdentifiers: "zip,gender")
    } throws: { error in
      (error as? ClassCountsError)?.description.hasPrefix(
        "c.csv: line 2, field count: the sensitive counts of column \"tier\" for this class add up"
          + " to 1, not to its count 2") == true
    }
  }

  @Test func sensitiveRowWithoutItsClassIsRefused() {
    let text =
      "key,missing,count,sensitive,value,rank\n\(Self.zip1000)\(Self.female),0,1,tier,\(Self.gold),\n"
    #expect {
      _ = try Self.read(text, quasiIdentifiers: "zip,gender")
    } throws: { error in
      (error as? ClassCountsError)?.description.hasPrefix(
        "c.csv: line 2, field key: no class row has the key of this sensitive row") == true
    }
  }

  @Test func quasiIdentifiersMustBeKnownAndAgree() {
    #expect {
      _ = try Self.read("key,missing,count\n\(Self.zip1000),0,1\n")
    } throws: { error in
      (error as? ClassCountsError)?.reason.contains("give the quasi-identifiers") == true
    }
    #expect {
      _ = try Self.read(Self.csv, quasiIdentifiers: "zip,age")
    } throws: { error in
      (error as? ClassCountsError)?.reason.contains("counts classes on --qi \"zip,gender\"") == true
    }
    #expect {
      _ = try Self.read(Self.csv, na: ["NULL"])
    } throws: { error in
      (error as? ClassCountsError)?.reason.contains("other --na tokens") == true
    }
  }

  @Test func unknownHeaderColumnIsRefused() {
    #expect {
      _ = try Self.read("key,missing,count,zip\n", quasiIdentifiers: "zip")
    } throws: { error in
      (error as? ClassCountsError)?.description.hasPrefix(
        "c.csv: line 1, column 4: the header holds a column that class counts do not have") == true
    }
  }

  /// Shards add by key: (1000, F) × 2 and × 1 make one class of 3.
  @Test func mergeAddsByKey() throws {
    let shard = try Self.read(Self.csv)
    let merged = try ClassCounts.merged([shard, shard], sources: ["a", "b"])
    #expect(merged.counts == [4, 2, 2])
    #expect(merged.sensitive[0].entries.map(\.count) == [4, 2, 2])
    var other = shard
    other.metadata?.missingTokens = []
    #expect {
      _ = try ClassCounts.merged([shard, other], sources: ["a", "b"])
    } throws: { error in
      (error as? ClassCountsError)?.description.hasPrefix(
        "b: the classes were counted with other settings than those of a") == true
    }
  }

  /// Each shard ranks its own numbers, so ranks do not merge.
  @Test func mergeRefusesRanks() throws {
    let ranked = """
      # reidrisk class counts 1
      # quasi_identifiers: zip
      key,missing,count,sensitive,value,rank
      \(Self.zip1000),0,1,,,
      \(Self.zip1000),0,1,events,\(MD5.hex("3")),1

      """
    let shard = try Self.read(ranked)
    #expect(shard.sensitive[0].entries[0].rank == 1)
    #expect {
      _ = try ClassCounts.merged([shard, shard], sources: ["a", "b"])
    } throws: { error in
      (error as? ClassCountsError)?.reason.contains("ranks of two shards do not add up") == true
    }
  }
}
