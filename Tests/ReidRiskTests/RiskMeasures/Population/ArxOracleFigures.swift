import Foundation
import Testing

@testable import ReidRisk

/// One ARX oracle file (`Tests/Fixtures/oracle/arx/*.json`), read loosely: ARX writes "NaN" as a
/// string where a model failed.
struct ArxOracleFigures {
  let json: [String: Any]

  init(url: URL) throws {
    let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
    json = try #require(object as? [String: Any])
  }

  private func object(_ key: String) -> [String: Any] { json[key] as? [String: Any] ?? [:] }

  var histogram: ClassSizeHistogram {
    let bins = object("equivalence_classes")["histogram"] as? [[String: Any]] ?? []
    var classes: [Int: Int] = [:]
    for bin in bins {
      if let size = bin["size"] as? Int, let count = bin["count"] as? Int { classes[size] = count }
    }
    return ClassSizeHistogram(classesOfSize: classes)
  }

  var records: Int { Int(object("equivalence_classes")["num_records"] as? Double ?? -1) }
  var classes: Int { Int(object("equivalence_classes")["num_classes"] as? Double ?? -1) }
  var threshold: Double { json["threshold"] as? Double ?? .nan }
  var populationSize: Int { object("population_model")["population_size"] as? Int ?? -1 }
  var sampleUniques: Int {
    Int(object("sample_uniqueness")["num_unique_records"] as? Double ?? -1)
  }
  var inputFile: String { object("input")["csv"] as? String ?? "" }
  var supersetFile: String? { object("input")["superset_csv"] as? String }
  /// The quasi-identifiers when the file is a sample of a superset file, else nil.
  var supersetColumns: [String]? {
    supersetFile == nil ? nil : object("input")["qi"] as? [String]
  }

  func summary(_ model: String) -> [String: Any] {
    object("sample_summary")[model] as? [String: Any] ?? [:]
  }

  /// What the model returned, or nil where it returned NaN.
  func rawUniques(_ model: String) -> Double? {
    let raw = object("population_uniqueness")["raw_num_uniques"] as? [String: Any]
    return raw?[model] as? Double
  }

  var dankarModel: String {
    (object("population_uniqueness")["dankar"] as? [String: Any])?["model"] as? String ?? ""
  }
  var dankarUniques: Double {
    (object("population_uniqueness")["dankar"] as? [String: Any])?["num_uniques"] as? Double
      ?? .nan
  }

  func expectMatches(_ risk: AttackerRisk, _ arx: [String: Any], _ model: String) {
    let pairs: [(Double, String)] = [
      (risk.highestRisk, "highest_risk"), (risk.lowestRisk, "lowest_risk"),
      (risk.averageRiskPerRecord, "success_rate"), (risk.recordsAtRiskFraction, "records_at_risk"),
    ]
    for (ours, key) in pairs {
      let expected = arx[key] as? Double ?? .nan
      #expect(PopulationFixture.isClose(ours, expected, relative: 1e-12), "\(model) \(key)")
    }
  }
}
