import Foundation
import Testing

@testable import ReidRisk

@Suite struct DiffTests {
  /// Old: (A) m1 m2, (B) m3 m4 m5 → sizes 2, 3.
  static let old = "id,zip\nm1,A\nm2,A\nm3,B\nm4,B\nm5,B\n"
  /// New: m2 left; m1 alone in A; B unchanged; m6 new and alone in C.
  static let new = "id,zip\nm1,A\nm3,B\nm4,B\nm5,B\nm6,C\n"

  static func diff(id: String?) throws -> DiffReport {
    let options = ScanOptions(quasiIdentifiers: ["zip"], idColumn: id, k: 3)
    return try ExportDiff.compare(
      old: try DatasetReader.read(old, columns: options.requestedColumns), oldFile: "old.csv",
      new: try DatasetReader.read(new, columns: options.requestedColumns), newFile: "new.csv",
      options: options)
  }

  @Test func figuresBeforeAndAfter() throws {
    let diff = try Self.diff(id: "id")
    // old: 5 records, 2 classes, k 2, no unique, at risk (1/f > 0.2): all 5, flagged (< 3): 2
    #expect(diff.before.records == 5)
    #expect(diff.before.k == 2)
    #expect(diff.before.sampleUniques.records == 0)
    #expect(diff.before.recordsAtRisk.records == 5)
    #expect(diff.before.flagged == 2)
    // new: 5 records, 3 classes (1, 3, 1), k 1, 2 uniques
    #expect(diff.after.equivalenceClasses == 3)
    #expect(diff.after.k == 1)
    #expect(diff.after.sampleUniques.records == 2)
  }

  @Test func recordsMatchedByID() throws {
    let records = try #require(try Self.diff(id: "id").records)
    // m1 matched and now unique; m3–m5 matched, unchanged; m6 added and unique; m2 removed
    #expect(
      records
        == DiffReport.RecordChanges(
          matched: 4, becameUnique: 1, stayedUnique: 0, noLongerUnique: 0, added: 1, addedUnique: 1,
          removed: 1,
          duplicateIDs: 0))
  }

  @Test func classLevelWithoutID() throws {
    let diff = try Self.diff(id: nil)
    #expect(diff.records == nil)
    // A went from 2 to 1 (became unique; it was already below k = 3); C is new and unique
    #expect(
      diff.classes
        == DiffReport.ClassChanges(becameUnique: 1, newUnique: 1, fellBelowK: 0, disappeared: 0))
    #expect(diff.notes.first?.hasPrefix("records are not matched across the versions") == true)
  }

  @Test func textTableShowsTheChange() throws {
    let text = DiffTextReport.render(try Self.diff(id: "id"))
    let rows = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    #expect(rows.contains(["k", "2", "1", "-1"]))
    #expect(rows.contains(["sample", "uniques", "0", "(0%)", "2", "(40.0%)", "+2"]))
    #expect(
      text.contains(
        "records matched by id: 4; 1 became unique, 0 stayed unique, 0 are no longer unique"))
  }

  @Test func classKeysDoNotCollide() throws {
    // ("ab", "c") and ("a", "bc") are two classes
    let csv = "x,y\nab,c\na,bc\n"
    let dataset = try DatasetReader.read(csv, columns: ["x", "y"])
    let scan = try Scan(
      dataset: dataset, file: "t.csv", options: ScanOptions(quasiIdentifiers: ["x", "y"]))
    let keys = ClassKeys(dataset: dataset, partition: scan.partition, quasiIdentifiers: ["x", "y"])
    #expect(Set(keys.keys).count == 2)
  }
}
