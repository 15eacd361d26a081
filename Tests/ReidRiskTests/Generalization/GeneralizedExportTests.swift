import Testing

@testable import ReidRisk

/// `generalize`: the written file read back gives the promised k; every other field is the
/// same bytes; suppression, masking and dropped columns counted by hand.
@Suite struct GeneralizedExportTests {
  // 8 records. zip:3 and birth_date:year make (021, 1980) ×3, (021, 1981) ×2, (100, 1980) ×1,
  // (100, 1990) ×2. The note fields hold a quoted comma, a quote, a line break and edge spaces.
  static let csv = #"""
    id,zip,birth_date,note,email
    1,02139,1980-01-05,"a, b",a@x.example
    2,02138,1980-07-01,"say ""hi""",b@x.example
    3,02139,1980-12-31," edge ",c@x.example
    4,02141,1981-03-03,"two
    lines",d@x.example
    5,02142,1981-04-04,,e@x.example
    6,10001,1980-05-05,plain,f@x.example
    7,10002,1990-06-06,é,g@x.example
    8,10003,1990-07-07,=SUM(A1),h@x.example

    """#

  static let columns = ["id", "zip", "birth_date", "note", "email"]

  private func export(_ options: GeneralizeOptions) throws -> GeneralizedExport {
    let dataset = try DatasetReader.read(Self.csv, columns: Self.columns)
    return try GeneralizedExport(dataset: dataset, file: "t.csv", options: options)
  }

  private func csv(_ export: GeneralizedExport) throws -> [UInt8] {
    try export.csv(of: Array(Self.csv.utf8), file: "t.csv", delimiter: UInt8(ascii: ","))
  }

  private func options(suppressBelow: Int? = nil, masks: Bool = false) -> GeneralizeOptions {
    GeneralizeOptions(
      quasiIdentifiers: ["zip", "birth_date"],
      generalizations: ["zip": .width(3), "birth_date": .year], suppressBelow: suppressBelow,
      masks: masks)
  }

  @Test func suppressionRemovesTheSmallClassesAndTheFileGivesK() throws {
    // K = 2: the class (100, 1980) of record 6 is removed; 7 records written, classes 3, 2, 2
    let result = try export(options(suppressBelow: 2))
    #expect(result.report.recordsRead == 8)
    #expect(result.report.recordsWritten == 7)
    #expect(result.report.recordsSuppressed == 1)
    #expect(result.report.k == 2)
    #expect(result.report.classes == 3)
    let written = try DatasetReader.read(csv(result), columns: Self.columns)
    #expect(written.recordCount == 7)
    #expect(written.header.names == Self.columns)
    #expect(written.values("zip") == ["021", "021", "021", "021", "021", "100", "100"])
    #expect(
      written.values("birth_date") == ["1980", "1980", "1980", "1981", "1981", "1990", "1990"])
    // every other field the same bytes, records in input order
    let original = try DatasetReader.read(Self.csv, columns: Self.columns)
    let kept = [0, 1, 2, 3, 4, 6, 7]
    for name in ["id", "note", "email"] {
      let before = original.values(name)
      #expect(written.values(name) == kept.map { before[$0] })
    }
    // scanned on the generalized columns, the written file gives k = 2
    let scan = try Scan(
      dataset: written, file: "safe.csv",
      options: ScanOptions(quasiIdentifiers: ["zip", "birth_date"]))
    #expect(scan.report.k == 2)
  }

  @Test func maskKeepsTheRecordsWithStars() throws {
    // K = 3: (021, 1981) ×2, (100, 1980) ×1 and (100, 1990) ×2 are masked: 5 records become
    // (*, *); the written classes are (021, 1980) ×3 and (*, *) ×5
    let result = try export(options(suppressBelow: 3, masks: true))
    #expect(result.report.recordsWritten == 8)
    #expect(result.report.recordsMasked == 5)
    #expect(result.report.recordsSuppressed == 0)
    #expect(result.report.classes == 2)
    #expect(result.report.k == 3)
    let written = try DatasetReader.read(csv(result), columns: Self.columns)
    #expect(written.values("zip") == ["021", "021", "021", "*", "*", "*", "*", "*"])
  }

  @Test func maskedClassMayStaySmall() throws {
    // zip alone at :3: 021 ×5 (records 1-5), 100 ×3 (records 6-8).
    // K = 6: both classes are under 6, all 8 masked: one class (*) ×8, k = 8.
    // K = 4: 100 ×3 masked, (*) ×3 beside 021 ×5: k = 3, the mask class smaller than K.
    var options = GeneralizeOptions(
      quasiIdentifiers: ["zip"], generalizations: ["zip": .width(3)], suppressBelow: 6,
      masks: true)
    let result = try export(options)
    #expect(result.report.recordsMasked == 8)  // 021 ×5 and 100 ×3 are both under 6
    #expect(result.report.k == 8)
    options.suppressBelow = 4
    let four = try export(options)
    #expect(four.report.recordsMasked == 3)  // 100 ×3
    #expect(four.report.k == 3)  // (*) ×3: smaller than K = 4, as documented
  }

  @Test func fieldsAreQuotedThroughLibcsvOnlyWhenNeeded() throws {
    let bytes = try csv(export(options()))
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "id,zip,birth_date,note,email")
    #expect(lines[1] == "1,021,1980,\"a, b\",a@x.example")
    #expect(lines[2] == "2,021,1980,\"say \"\"hi\"\"\",b@x.example")
    #expect(lines[3] == "3,021,1980,\" edge \",c@x.example")
    #expect(lines[4] == "4,021,1981,\"two")
    #expect(lines[6] == "5,021,1981,,e@x.example")
    #expect(lines[9] == "8,100,1990,=SUM(A1),h@x.example")  // values unchanged, not escaped
  }

  @Test func droppedColumnsAndDirectIdentifiers() throws {
    var options = options()
    options.drop = ["note"]
    let dropped = try export(options)
    #expect(dropped.report.columnsDropped == ["note"])
    let header = String(decoding: try csv(dropped).prefix { $0 != 0x0A }, as: UTF8.self)
    #expect(header == "id,zip,birth_date,email")
    options.drop = []
    options.dropsDirectIdentifiers = true
    // email holds e-mail addresses: a direct identifier; id is a short key, not flagged here
    let direct = try export(options)
    #expect(direct.report.columnsDropped.contains("email"))
    options.drop = ["zip"]
    #expect(throws: ScanError.self) { try export(options) }
  }

  @Test func aOneColumnFileKeepsItsEmptyRecords() throws {
    let text = "code\nAB1\n\"\"\nAB2\n"
    let dataset = try DatasetReader.read(text, columns: ["code"])
    let export = try GeneralizedExport(
      dataset: dataset, file: "t.csv",
      options: GeneralizeOptions(quasiIdentifiers: ["code"], generalizations: ["code": .width(2)]))
    let bytes = try export.csv(of: Array(text.utf8), file: "t.csv", delimiter: UInt8(ascii: ","))
    #expect(String(decoding: bytes, as: UTF8.self) == "code\nAB\n\"\"\nAB\n")
  }

  @Test func onlyTheQuasiIdentifiersNeedToBeRead() throws {
    // the export built from the quasi-identifier columns alone writes the same file
    let dataset = try DatasetReader.read(Self.csv, columns: ["zip", "birth_date"])
    let export = try GeneralizedExport(
      dataset: dataset, file: "t.csv", options: options(suppressBelow: 2))
    #expect(try csv(export) == csv(self.export(options(suppressBelow: 2))))
  }

  @Test func aFileThatChangedBetweenTheReadsIsAnError() throws {
    let export = try export(options())
    let shorter = Array(Self.csv.utf8.prefix(40))
    #expect(throws: ScanError.self) {
      try export.csv(of: shorter, file: "t.csv", delimiter: UInt8(ascii: ","))
    }
  }

  @Test func aRaggedRecordSkippedByLenientReadingIsSkippedInTheExport() throws {
    // record 2 has three fields, not two: lenient reading skips it in both reads, so the
    // third line's record is written with its own zip
    let text = "zip,note\n02139,a\n02138,b,extra\n02141,c\n"
    let dataset = try DatasetReader.read(text, columns: ["zip", "note"], isStrict: false)
    #expect(dataset.recordCount == 2)
    let export = try GeneralizedExport(
      dataset: dataset, file: "t.csv",
      options: GeneralizeOptions(quasiIdentifiers: ["zip"], generalizations: ["zip": .width(4)]))
    let bytes = try export.csv(
      of: Array(text.utf8), file: "t.csv", delimiter: UInt8(ascii: ","), isStrict: false)
    #expect(String(decoding: bytes, as: UTF8.self) == "zip,note\n0213,a\n0214,c\n")
  }
}
