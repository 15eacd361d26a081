import Testing

@testable import ReidRisk

/// `scan` with what issue 4 adds: suggested quasi-identifiers, normalisation, scenarios.
@Suite struct ScanOutsideDataTests {
  static func read(_ csv: String, _ options: ScanOptions) throws -> Dataset {
    let reader = DatasetReader(
      file: "t.csv",
      request: DatasetRequest(
        columns: options.requestedColumns, columnsForHeader: { options.columns(for: $0) }))
    let failure: DatasetError? = Array(csv.utf8).withUnsafeBytes { bytes in
      do throws(DatasetError) { try reader.consume(bytes) } catch { return error }
      return nil
    }
    if let failure { throw failure }
    return try reader.finish()
  }

  /// Without --qi the profile suggests zip and gender (a header naming each) and warns about
  /// the e-mail column; on (zip, gender): {02139, F} × 2, {02139, M}, {10001, F} → k = 1, 3 classes.
  @Test func withoutQuasiIdentifiersTheSuggestionIsUsed() throws {
    let csv =
      "email,zip,gender\na@x.example,02139,F\nb@x.example,02139,F\nc@x.example,02139,M\nd@x.example,10001,F\n"
    let options = ScanOptions(quasiIdentifiers: [])
    let report = try Scan(dataset: try Self.read(csv, options), file: "t.csv", options: options)
      .report
    #expect(report.quasiIdentifiers == ["zip", "gender"])
    #expect(report.equivalenceClasses == 3)
    #expect(
      report.warnings.contains {
        $0.kind == .quasiIdentifiersSuggested
          && $0.message.hasPrefix(
            "no --qi given: using the suggested quasi-identifiers zip, gender")
      })
    #expect(
      report.warnings.contains {
        $0.kind == .directIdentifiers && $0.message.contains("direct identifiers (email)")
      })
  }

  /// "F" and "female", "03/07/1980" and "1980-03-07" are one value each once normalised:
  /// the two records become one class of 2; exact, they are two uniques.
  @Test func normalisationMergesSpellings() throws {
    let csv = "gender,birth_date\nF,03/07/1980\nfemale,1980-03-07\n"
    var options = ScanOptions(quasiIdentifiers: ["gender", "birth_date"])
    let exact = try Scan(dataset: try Self.read(csv, options), file: "t.csv", options: options)
      .report
    #expect(exact.sampleUniques.records == 2)
    options.normalises = true
    let normalised = try Scan(dataset: try Self.read(csv, options), file: "t.csv", options: options)
      .report
    #expect(normalised.sampleUniques.records == 0)
    #expect(normalised.k == 2)
    #expect(normalised.normalisation.map(\.column) == ["gender", "birth_date"])
  }

  /// Scenarios are read through the header even when the scan did not ask for their columns.
  /// Voter roll on (zip, birth_date, gender): records 1 and 2 share all three, record 3 is
  /// alone → 1 unique; with --qi zip (3 records in one class), record 3 is flagged only by the
  /// scenario.
  @Test func scenariosReadTheirOwnColumnsAndFlag() throws {
    let csv = "zip,birth_date,gender\n02139,1980-03-07,F\n02139,1980-03-07,F\n02139,1975-01-01,M\n"
    var options = ScanOptions(quasiIdentifiers: ["zip"], k: 2)
    options.scenarios = AttackScenario.withBuiltIn([])
    let scan = try Scan(dataset: try Self.read(csv, options), file: "t.csv", options: options)
    let voter = try #require(scan.report.scenarios.first { $0.name == "voter roll" })
    #expect(voter.unique == 1)
    #expect(voter.columns == ["zip", "birth_date", "gender"])
    #expect(scan.report.flagged.records == 1)
    let findings = scan.findings()
    #expect(findings.map(\.record) == [3])
    #expect(findings[0].reason.contains("singled out by the voter roll"))
  }

  /// A column requested twice (as QI and id) is read once and shared by both slots.
  @Test func aColumnRequestedTwiceIsShared() throws {
    let data = try DatasetReader.read("zip,age\n1,2\n3,4\n", columns: ["zip", "ZIP"])
    #expect(data.column(named: "zip")?.codes == data.column(named: "ZIP")?.codes)
    #expect(data.values("ZIP") == ["1", "3"])
  }
}
