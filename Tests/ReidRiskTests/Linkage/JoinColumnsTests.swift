import Testing

@testable import ReidRisk

/// Pairing an export's columns with an outside file's.
@Suite struct JoinColumnsTests {
  let export = Header(names: ["member_id", "id", "zip", "dob", "gender", "city"])
  let outside = Header(names: ["voter_id", "id", "ZIP Code", "Birth Date", "sex", "name"])

  func pair(on: [String]? = nil, map: [(String, String)] = [], outside: Header? = nil)
    throws(LinkError) -> [JoinColumn]
  {
    try JoinColumns.pair(
      header: export, outsideHeader: outside ?? self.outside, on: on, map: map, file: "e.csv",
      outside: "o.csv")
  }

  @Test func defaultPairsBySynonymAndSkipsPlainId() throws {
    let pairs = try pair()
    // "id" is in both files but two systems' ids rarely correspond: skipped
    #expect(pairs.map(\.column) == ["zip", "dob", "gender"])
    #expect(pairs.map(\.outsideColumn) == ["ZIP Code", "Birth Date", "sex"])
    #expect(pairs.map(\.pairing) == [.synonym, .synonym, .synonym])
  }

  @Test func sameKeyIsSameName() throws {
    let pairs = try pair(outside: Header(names: ["Gender", "CITY"]))
    #expect(pairs.map(\.pairing) == [.sameName, .sameName])
    #expect(pairs.map(\.outsideColumn) == ["Gender", "CITY"])
  }

  @Test func onChoosesColumns() throws {
    let pairs = try pair(on: ["ZIP", "sex"])
    // "ZIP" finds export "zip" by case; "sex" finds "gender" by concept
    #expect(pairs.map(\.column) == ["zip", "gender"])
    #expect(pairs.allSatisfy { $0.pairing == .option })
  }

  @Test func mapPairsDifferentNames() throws {
    let pairs = try pair(map: [("city", "name")])
    #expect(pairs == [JoinColumn(column: "city", outsideColumn: "name", pairing: .option)])
  }

  @Test func unknownColumnsAreReportedTogether() {
    #expect(
      throws: LinkError.unknownColumns(
        file: "e.csv", names: ["postcode2", "age"], header: export.names)
    ) {
      try pair(on: ["postcode2", "age"])
    }
  }

  @Test func noSharedColumnsSaysHowToPair() {
    let other = Header(names: ["a", "b"])
    #expect(
      throws: LinkError.noSharedColumns(
        file: "e.csv", outside: "o.csv", header: export.names, outsideHeader: ["a", "b"])
    ) {
      try pair(outside: other)
    }
    let message = LinkError.noSharedColumns(
      file: "e.csv", outside: "o.csv", header: ["x"], outsideHeader: ["y"]
    ).description
    #expect(message.contains("--map export_column=outside_column"))
  }

  @Test func twoSynonymsAreAmbiguous() {
    let other = Header(names: ["postcode", "zip_code"])
    #expect(
      throws: LinkError.ambiguousColumn(
        file: "o.csv", name: "zip", matches: ["postcode", "zip_code"])
    ) {
      try pair(outside: other)
    }
  }

  @Test func outsideColumnUsedTwice() {
    #expect(
      throws: LinkError.outsideColumnUsedTwice(
        outside: "o.csv", column: "sex", exportColumns: ["city", "gender"])
    ) {
      try pair(on: ["gender"], map: [("city", "sex")])
    }
  }
}

/// Columns asked for twice under two spellings are read once.
@Suite struct ColumnLookupTests {
  @Test func idColumnThatIsAlsoAJoinColumnIsReadOnce() throws {
    let header = Header(names: ["member_id", "zip"])
    let join = [JoinColumn(column: "zip", outsideColumn: "zip", pairing: .sameName)]
    // "--id ZIP" finds the join column "zip": one column to read, found under both names
    let columns = LinkOptions.exportColumns(
      join, options: LinkOptions(idColumn: "ZIP"), header: header)
    #expect(columns == ["zip"])
    let dataset = try DatasetReader.read("member_id,zip\nm1,02139\n", columns: columns)
    #expect(dataset.column(matching: "ZIP")?.name == "zip")
    #expect(dataset.column(matching: "zip")?.codes == [0])
  }

  @Test func scenarioColumnsAddOnlyWhatIsMissing() {
    let header = Header(names: ["zip", "birth_date", "gender", "city"])
    let resolved = AttackScenario.builtIn.map { $0.resolve(in: header) }
    // the scan reads "ZIP" already (the user's spelling of zip)
    #expect(
      ResolvedScenario.additionalColumns(resolved, header: header, requested: ["ZIP"])
        == ["birth_date", "gender", "city"])
  }
}
