import Foundation
import ReidRisk

/// Measures many files one after the other for `check` and `report`: each file is read, measured
/// and dropped before the next, so memory holds one dataset at a time plus a small report per
/// file. A file that cannot be read becomes an error row and the run goes on.
struct BatchRunner {
  /// How a file is measured: by the rules of a policy, or by options from the command line.
  enum Source {
    /// The rules of a policy, each with the settings given on the command line over its own.
    case policy(LoadedPolicy, overrides: ScanSettings)
    case options(ScanInputs)
  }

  let source: Source
  var showValues = false
  /// The folder results are located from (SARIF, GitHub annotations); nil: the repository
  /// root, found once per run.
  var root: String?
  /// Whether to compute each file's size and SHA-256 while reading it (`report` files them).
  var digests = false
  /// Names the rules' policy in their references, for a batch that holds several policies.
  var namesPolicy = false
  /// Add the best `suggest` settings to each result (`report --suggest`).
  var suggests = false

  func run(_ files: [String]) -> BatchReport {
    BatchReport(
      policy: policyName, files: measureAll(files), generated: Self.now(),
      toolVersion: Project.version)
  }

  /// The policy's file as messages name it, when the source is a policy.
  var policyName: String? {
    if case .policy(let loaded, _) = source { return loaded.policy.file }
    return nil
  }

  /// Each file measured, with a progress line on a TTY.
  func measureAll(_ files: [String], progress: BatchProgress? = nil) -> [FileResult] {
    let progress = progress ?? BatchProgress(total: files.count)
    let root = self.root ?? RepositoryRoot.find()
    var results: [FileResult] = []
    for file in files {
      progress.show(file)
      results.append(measure(file, root: root))
    }
    progress.finish()
    return results
  }

  func measure(_ file: String, root: String) -> FileResult {
    let location = RepositoryRoot.location(of: file, root: root)
    let digest = digests && file != "-" ? InputDigest() : nil
    var results: [RuleResult] = []
    do {
      switch source {
      case .options(let inputs):
        let dataset = try InputReader.read(file, request: inputs.request, digest: digest)
        var result = try RuleResult.measure(
          dataset, file: file, options: inputs.options,
          populationSource: inputs.populationSource, rule: nil, showValues: showValues)
        if suggests {
          result.suggestion = Self.suggestion(
            dataset, file: file, quasiIdentifiers: inputs.options.quasiIdentifiers,
            k: inputs.options.k)
        }
        results.append(result)
      case .policy(let loaded, let overrides):
        let rules = loaded.policy.rules(matching: loaded.location(of: file)).map { rule in
          var rule = rule
          rule.settings = rule.settings.rebasingPaths(onto: loaded.folder).overridden(
            by: overrides)
          return rule
        }
        guard !rules.isEmpty else { return FileResult(file: file, location: location) }
        // what each rule's settings name (scenario file, superset, population table), by line
        var inputs: [Int: ScanInputs] = [:]
        for rule in rules {
          inputs[rule.line] = try ScanInputs.load(
            rule.settings, naming: .policy(file: loaded.policy.file, rule: rule.name))
        }
        let plans = ReadPlan.plans(for: rules) {
          inputs[$0.line]?.options ?? $0.settings.measureOptions
        }
        for (index, plan) in plans.enumerated() {
          // the digest is of the bytes of the file: one read feeds it
          let dataset = try InputReader.read(
            file, request: plan.request, digest: index == 0 ? digest : nil, wording: .policy)
          for rule in plan.rules {
            var result = try rule.check(
              dataset, file: file,
              options: inputs[rule.line]?.options ?? rule.settings.measureOptions,
              populationSource: inputs[rule.line]?.populationSource, showValues: showValues)
            if namesPolicy { result.rule?.policy = loaded.policy.file }
            if suggests {
              let options = inputs[rule.line]?.options ?? rule.settings.measureOptions
              result.suggestion = Self.suggestion(
                dataset, file: file, quasiIdentifiers: options.quasiIdentifiers, k: options.k)
            }
            results.append(result)
          }
        }
      }
    } catch let error as ReportedError {
      return FileResult(
        file: file, location: location, error: error.message, errorLine: error.line,
        input: digest?.facts)
    } catch let error as ScanError {
      // a policy's remedy is a line of the policy, not a flag
      let wording: SettingWording = if case .policy = source { .policy } else { .flags }
      return FileResult(
        file: file, location: location, error: error.message(wording), input: digest?.facts)
    } catch {
      return FileResult(file: file, location: location, error: "\(error)", input: digest?.facts)
    }
    return FileResult(file: file, location: location, results: results, input: digest?.facts)
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

/// "[3/20] exports/q3.csv" on standard error, one line per file, only on a TTY and only for
/// more than one file. Each file's line stays: the reading progress of a large file is drawn
/// in place on the line below it, and erased when done.
final class BatchProgress {
  let total: Int
  let enabled: Bool
  private(set) var number = 0

  init(total: Int) {
    self.total = total
    enabled = total > 1 && Terminal.isTTY(STDERR_FILENO)
  }

  func show(_ file: String) {
    number += 1
    guard enabled else { return }
    let name = String(
      file.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
    Terminal.standardError("[\(number)/\(total)] \(name)\n")
  }

  func finish() {}
}
