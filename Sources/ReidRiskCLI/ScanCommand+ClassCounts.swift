import ArgumentParser
import ReidRisk

extension ScanCommand {
  /// What the class-count options cannot mean with the others.
  var classCountsProblem: String? {
    if classSizes != nil {
      if !input.files.isEmpty {
        return "--class-sizes measures class counts instead of CSV files; give one or the other"
      }
      if flags != nil {
        return "--flags lists records, and class counts hold only classes; scan the CSV file"
      }
      if emitClassCounts != nil {
        return "--emit-class-counts writes a CSV file's counts; to merge counts, use reidrisk merge"
      }
    }
    if emitClassCounts != nil && input.files.count > 1 {
      return "--emit-class-counts takes one input file; emit the shards one at a time"
    }
    return nil
  }

  /// `scan --class-sizes FILE`: the report of the class counts in FILE.
  func runClassSizes(_ path: String, layer: ScanSettings) throws {
    try OutputCheck.before(
      outputs: [("--output", report.output)],
      inputs: [path] + [layer.populationTable, layer.superset].compactMap { $0 })
    let counts = try ClassCountsInput.read(path, settings: layer)
    let scanReport = try ClassCountsInput.measure(counts, file: path, layer: layer).report
    try report.write(ClassCountsInput.render([scanReport], report: report, asArray: false))
    if !scanReport.isWithinBounds { throw ExitCode(1) }
  }

  /// Writes the class counts of `scan` (a CSV file's), made with `settings`, to `path`.
  func emit(_ scan: Scan, to path: String, settings: ScanSettings) throws(ReportedError) {
    guard settings.quasiIdentifiers != nil else {
      throw ReportedError(
        message: "--emit-class-counts needs --qi: the counts are keyed on the quasi-identifiers"
          + " given, not on suggested ones")
    }
    let counts = ClassCounts(scan: scan, metadata: ClassCountsInput.metadata(settings))
    try AtomicFile.write(counts.csv, to: path)
  }
}
