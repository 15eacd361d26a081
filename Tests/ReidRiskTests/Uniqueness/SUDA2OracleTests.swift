import Foundation
import Testing

@testable import ReidRisk

/// Our MSUs and scores against the SUDA2 oracle (`Tests/Fixtures/oracle/suda2`: the Java
/// SUDA2 that ARX uses, every MSU collected and every figure recomputed from them, checked by a
/// brute force over all column subsets; provenance in the folder's README), on
/// `members-5000.csv`, all sizes (M = m).
///
/// Matched exactly: every record's MSUs (as sets of column names), MSU counts and smallest
/// sizes, the number of MSUs of each size, each column's MSU count; SUDA scores (Elliot's
/// weights, summed) and column contributions, and DIS-SUDA at the oracle's sampling fraction,
/// to 10⁻¹² relative (sums of doubles in another order).
///
/// Differences, explained: the oracle keeps the Java library's own record scores only to show
/// that they are the weight of the last MSU found, not the sum (`consistency`,
/// `library_record_score_is_last_msu_weight`); we do not compare with them, the sum being the
/// definition. The oracle's `*_sdcmicro` variants (sdcMicro's other weighting) are not ours.
@Suite struct SUDA2OracleTests {
  static let files = OracleFixtures.files("suda2")

  struct Record: Decodable {
    var msuCount: Int
    var minMsuSize: Int?
    var sudaElliot: Double
    var disElliot: Double
    var msus: [[String]]

    enum CodingKeys: String, CodingKey {
      case msuCount = "msu_count"
      case minMsuSize = "min_msu_size"
      case sudaElliot = "suda_elliot"
      case disElliot = "dis_elliot"
      case msus
    }
  }

  struct Column: Decodable {
    var msuCount: Int
    var contributionElliot: Double

    enum CodingKeys: String, CodingKey {
      case msuCount = "msu_count"
      case contributionElliot = "contribution_elliot"
    }
  }

  struct Oracle: Decodable {
    var file: String
    var qi: [String]
    var maxSize: Int
    var nMsus: Int
    var nRecords: Int
    var nUniqueRecords: Int
    var nDuplicateRecords: Int
    var disFraction: Double
    var msuSizeCounts: [String: Int]
    var totalScoreElliot: Double
    var columns: [String: Column]
    var records: [String: Record]

    enum CodingKeys: String, CodingKey {
      case file
      case qi
      case maxSize = "max_size"
      case nMsus = "n_msus"
      case nRecords = "n_records"
      case nUniqueRecords = "n_unique_records"
      case nDuplicateRecords = "n_duplicate_records"
      case disFraction = "dis_fraction"
      case msuSizeCounts = "msu_size_counts"
      case totalScoreElliot = "total_score_elliot"
      case columns
      case records
    }
  }

  func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-12 * max(1, abs(b))
  }

  @Test(arguments: files)
  func matchesSUDA2(file: String) throws {
    let oracle = try JSONDecoder().decode(
      Oracle.self, from: Data(contentsOf: OracleFixtures.url("suda2", file)))
    let input = OracleFixtures.folder.appendingPathComponent(oracle.file)
    let dataset = try DatasetReader.read(
      Array(try Data(contentsOf: input)), columns: oracle.qi)
    #expect(dataset.recordCount == oracle.nRecords)
    let columns = oracle.qi.compactMap { dataset.column(named: $0) }
    for method in MinimalSampleUniques.Method.allCases {
      let analysis = UniquenessAnalysis(
        columns: columns.map(\.codes), distinct: columns.map(\.dictionary.count),
        names: oracle.qi, maximumSize: oracle.maxSize, samplingFraction: oracle.disFraction,
        method: method)
      // every MSU of every record: the analysis keeps only their figures
      let msus = MinimalSampleUniques(
        columns: columns.map(\.codes), distinct: columns.map(\.dictionary.count),
        maximumSize: oracle.maxSize, method: method)
      let summary = analysis.summary
      #expect(summary.msus == oracle.nMsus, "\(method)")
      for entry in summary.bySize {
        #expect(entry.msus == oracle.msuSizeCounts[String(entry.size)], "\(method) \(entry)")
      }
      for column in summary.columns {
        let expected = try #require(oracle.columns[column.column])
        #expect(column.msus == expected.msuCount, "\(method) \(column.column)")
        #expect(close(column.contribution, expected.contributionElliot), "\(column.column)")
      }
      var mismatches = 0
      var totalScore = 0.0
      for record in 0..<dataset.recordCount {
        let expected = try #require(oracle.records[String(record + 1)])
        let figures = analysis.record(record)
        let names = msus.msus(ofRecord: record).map { Set($0.names(oracle.qi)) }
        totalScore += figures.sudaScore
        if Set(names) != Set(expected.msus.map(Set.init)) || figures.msus != expected.msuCount
          || figures.smallest?.count != expected.minMsuSize
          || !close(figures.sudaScore, expected.sudaElliot)
          || !close(figures.disScore, expected.disElliot)
        {
          mismatches += 1
        }
      }
      #expect(mismatches == 0, "\(method): \(mismatches) records differ")
      #expect(close(totalScore, oracle.totalScoreElliot))
    }
  }

  /// U1 and U2 as DIS-SUDA counts them, against the oracle's.
  @Test(arguments: files)
  func uniquesAndPairs(file: String) throws {
    let oracle = try JSONDecoder().decode(
      Oracle.self, from: Data(contentsOf: OracleFixtures.url("suda2", file)))
    let input = OracleFixtures.folder.appendingPathComponent(oracle.file)
    let dataset = try DatasetReader.read(Array(try Data(contentsOf: input)), columns: oracle.qi)
    let columns = oracle.qi.compactMap { dataset.column(named: $0) }
    let sizes = Partition(columns: columns.map(\.codes)).classSizes
    #expect(sizes.count { $0 == 1 } == oracle.nUniqueRecords)
    #expect(2 * sizes.count { $0 == 2 } == oracle.nDuplicateRecords)
  }
}
