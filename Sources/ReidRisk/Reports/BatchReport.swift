/// The outcome of `check` or `report` over many files: one entry per file, in the order
/// processed. Every check format (text, JSON, SARIF, GitHub) and every report format (HTML,
/// Markdown, JSON) renders this value.
///
/// It holds each file's `ScanReport` (a few kilobytes) and never a dataset, so memory does not
/// grow with the size of the files, only slowly with their number.
public struct BatchReport: Sendable, Encodable {
  public static let schemaVersion = 1

  /// The policy applied, as messages name it; nil when the rules came from the command line.
  public var policy: String?
  public var files: [FileResult]
  /// When the report was made, injected by the caller so that tests are stable.
  public var generated: String?

  public init(policy: String?, files: [FileResult], generated: String? = nil) {
    self.policy = policy
    self.files = files
    self.generated = generated
  }

  /// How many files ended in each status.
  public struct Summary: Sendable, Encodable, Equatable {
    public var files = 0
    public var passed = 0
    public var failed = 0
    public var errors = 0
    public var unmatched = 0
  }

  public var summary: Summary {
    var summary = Summary()
    for file in files {
      summary.files += 1
      switch file.status {
      case .pass: summary.passed += 1
      case .fail: summary.failed += 1
      case .error: summary.errors += 1
      case .unmatched: summary.unmatched += 1
      }
    }
    return summary
  }

  /// 2 when a file could not be read, else 1 when one broke a bound, else 0.
  public var exitStatus: Int32 {
    let summary = summary
    return summary.errors > 0 ? 2 : summary.failed > 0 ? 1 : 0
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case policy, files, generated, summary, verdict
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.schemaVersion, forKey: .schemaVersion)
    try container.encodeIfPresent(policy, forKey: .policy)
    try container.encodeIfPresent(generated, forKey: .generated)
    try container.encode(files, forKey: .files)
    try container.encode(summary, forKey: .summary)
    try container.encode(["pass", "fail", "error"][Int(exitStatus)], forKey: .verdict)
  }
}

/// One file of a batch: the result of each rule that applied, or why it could not be read.
public struct FileResult: Sendable, Encodable {
  public enum Status: String, Sendable, Encodable {
    /// Every rule's bounds hold.
    case pass
    /// A bound is broken.
    case fail
    /// The file could not be read or measured.
    case error
    /// No rule of the policy matches the file; it was not read.
    case unmatched
  }

  /// The file as the user named it or as it was found.
  public var file: String
  /// The path relative to the policy's folder (the repository root, as a rule): where SARIF
  /// and GitHub annotations locate results.
  public var location: String
  public var results: [RuleResult]
  /// The message of the error that stopped the file, with its file, record and line.
  public var error: String?

  public init(
    file: String, location: String? = nil, results: [RuleResult] = [], error: String? = nil
  ) {
    self.file = file
    self.location = location ?? file
    self.results = results
    self.error = error
  }

  public var status: Status {
    if error != nil { return .error }
    if results.isEmpty { return .unmatched }
    return results.allSatisfy(\.report.isWithinBounds) ? .pass : .fail
  }

  enum CodingKeys: String, CodingKey { case file, location, status, results, error }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(location, forKey: .location)
    try container.encode(status, forKey: .status)
    try container.encode(results, forKey: .results)
    try container.encodeIfPresent(error, forKey: .error)
  }
}

/// One rule measured on one file.
public struct RuleResult: Sendable, Encodable {
  /// The policy rule, or nil when the options came from the command line.
  public var rule: RuleReference?
  public var report: ScanReport
  /// The first records in classes smaller than k, with their values, only when values were
  /// asked for (`--show-values`); never encoded in JSON.
  public var flaggedSample: [Finding]?
  /// The best generalization settings for the rule's quasi-identifiers and k (`report
  /// --suggest`).
  public var suggestion: SuggestionReport?

  public init(rule: RuleReference?, report: ScanReport, flaggedSample: [Finding]? = nil) {
    self.rule = rule
    self.report = report
    self.flaggedSample = flaggedSample
  }

  /// The bounds that do not hold.
  public var brokenBounds: [BoundCheck] { report.bounds.filter { !$0.holds } }

  enum CodingKeys: String, CodingKey { case rule, report, suggestion }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(rule, forKey: .rule)
    try container.encode(report, forKey: .report)
    try container.encodeIfPresent(suggestion, forKey: .suggestion)
  }
}

/// A rule as outputs name it: its name and the line of the policy where it starts.
public struct RuleReference: Sendable, Encodable, Equatable {
  public var name: String
  public var line: Int

  public init(name: String, line: Int) {
    self.name = name
    self.line = line
  }
}
