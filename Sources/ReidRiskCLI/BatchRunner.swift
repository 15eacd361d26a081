import Foundation
import ReidRisk

/// Measures many files one after the other for `check` and `report`: each file is read, measured
/// and dropped before the next, so memory holds one dataset at a time plus a small report per
/// file. A file that cannot be read becomes an error row and the run goes on.
struct BatchRunner {
  /// How a file is measured: by the rules of a policy, or by options from the command line.
  enum Source {
    case policy(LoadedPolicy)
    case options(ScanOptions, request: DatasetRequest)
  }

  let source: Source
  var showValues = false
  /// Add the best `suggest` settings to each result (`report --suggest`).
  var suggests = false

  func run(_ files: [String]) -> BatchReport {
    let progress = BatchProgress(total: files.count)
    var results: [FileResult] = []
    for (index, file) in files.enumerated() {
      progress.show(index + 1, file)
      results.append(measure(file))
    }
    progress.finish()
    var policyName: String?
    if case .policy(let loaded) = source { policyName = loaded.policy.file }
    return BatchReport(policy: policyName, files: results, generated: Self.now())
  }

  func measure(_ file: String) -> FileResult {
    switch source {
    case .options(let options, let request):
      do {
        let dataset = try InputReader.read(file, request: request)
        var result = try RuleResult.measure(
          dataset, file: file, options: options, rule: nil, showValues: showValues)
        if suggests {
          result.suggestion = Self.suggestion(
            dataset, file: file, quasiIdentifiers: options.quasiIdentifiers, k: options.k)
        }
        return FileResult(file: file, results: [result])
      } catch let error as ReportedError {
        return FileResult(file: file, error: error.message)
      } catch {
        return FileResult(file: file, error: "\(error)")
      }
    case .policy(let loaded):
      let location = loaded.location(of: file)
      let rules = loaded.policy.rules(matching: location)
      guard !rules.isEmpty else { return FileResult(file: file, location: location) }
      var results: [RuleResult] = []
      do {
        for plan in ReadPlan.plans(for: rules) {
          let dataset = try InputReader.read(file, request: plan.request)
          for rule in plan.rules {
            var result = try rule.check(dataset, file: file, showValues: showValues)
            if suggests {
              result.suggestion = Self.suggestion(
                dataset, file: file, quasiIdentifiers: rule.scanOptions.quasiIdentifiers, k: rule.k)
            }
            results.append(result)
          }
        }
      } catch let error as ReportedError {
        return FileResult(file: file, location: location, error: error.message)
      } catch {
        return FileResult(file: file, location: location, error: "\(error)")
      }
      return FileResult(file: file, location: location, results: results)
    }
  }

  /// The minimal generalizations of `quasiIdentifiers` reaching k on `dataset`, or nil when
  /// a column's levels do not fit (the report then goes without the section).
  static func suggestion(_ dataset: Dataset, file: String, quasiIdentifiers: [String], k: Int)
    -> SuggestionReport?
  {
    let options = SuggestOptions(
      quasiIdentifiers: quasiIdentifiers.map { QuasiIdentifierSpec(name: $0) }, k: k)
    return try? Suggestion(dataset: dataset, file: file, options: options).report
  }

  /// The time now, as ISO 8601 in UTC, e.g. 2025-01-31T09:30:00Z; SOURCE_DATE_EPOCH, when
  /// set, fixes it so that reports can be rebuilt byte for byte.
  static func now() -> String {
    let environment = ProcessInfo.processInfo.environment
    let date =
      environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) }
      ?? Date()
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}

/// "[3/20] exports/q3.csv" on standard error, redrawn in place, only on a TTY and only for
/// more than one file.
final class BatchProgress {
  let total: Int
  let enabled: Bool

  init(total: Int) {
    self.total = total
    enabled = total > 1 && Terminal.isTTY(STDERR_FILENO)
  }

  func show(_ number: Int, _ file: String) {
    guard enabled else { return }
    let name = String(
      file.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
    Terminal.standardError("\r\u{1B}[K[\(number)/\(total)] \(name)")
  }

  func finish() {
    if enabled { Terminal.standardError("\r\u{1B}[K") }
  }
}
