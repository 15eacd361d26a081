import Foundation
import Testing

@testable import ReidRisk

/// Distinction and separation against ARX's `attribute_risks` (`Tests/Fixtures/oracle/arx`,
/// ARX core at aacd487f), every non-empty subset of each file's quasi-identifiers.
///
/// Matched to 10⁻¹² relative on every file that carries `attribute_risks`. The files without
/// the key (the QI sets with zip or birth_date) are skipped: the oracle did not record them.
/// ARX lists the subsets by increasing distinction; we list them by size, then in QI order, so
/// the test matches them by column set.
@Suite struct AttributeRiskOracleTests {
  struct Entry: Decodable {
    var qi: [String]
    var distinction: Double
    var separation: Double
  }

  struct Input: Decodable {
    var csv: String
    var qi: [String]
  }
  struct Oracle: Decodable {
    var input: Input
    var attributeRisks: [Entry]?

    enum CodingKeys: String, CodingKey {
      case input
      case attributeRisks = "attribute_risks"
    }
  }

  static let files = OracleFixtures.files("arx").filter { file in
    (try? JSONDecoder().decode(
      Oracle.self, from: Data(contentsOf: OracleFixtures.url("arx", file))))?.attributeRisks
      != nil
  }

  @Test func someFilesCarryAttributeRisks() {
    #expect(Self.files.count >= 3)
  }

  @Test(arguments: files)
  func matchesARX(file: String) throws {
    let oracle = try JSONDecoder().decode(
      Oracle.self, from: Data(contentsOf: OracleFixtures.url("arx", file)))
    let expected = try #require(oracle.attributeRisks)
    let qi = oracle.input.qi
    let input = OracleFixtures.folder.appendingPathComponent("inputs/" + oracle.input.csv)
    let dataset = try DatasetReader.read(Array(try Data(contentsOf: input)), columns: qi)
    let columns = qi.compactMap { dataset.column(named: $0) }
    let ours = AttributeRisk.measure(
      columns: columns.map(\.codes), distinct: columns.map(\.dictionary.count), names: qi)
    #expect(ours.count == expected.count)
    for entry in expected {
      let match = try #require(ours.first { Set($0.columns) == Set(entry.qi) }, "\(entry.qi)")
      #expect(abs(match.distinction - entry.distinction) <= 1e-12, "\(entry.qi)")
      let separation = try #require(match.separation)
      #expect(abs(separation - entry.separation) <= 1e-12, "\(entry.qi)")
    }
  }
}
