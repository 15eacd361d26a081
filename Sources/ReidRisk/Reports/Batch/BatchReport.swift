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
  /// The version of reidrisk that made it (`Project.version`), injected by the caller so
  /// that golden files do not change with each release.
  public var toolVersion: String?

  public init(
    policy: String?, files: [FileResult], generated: String? = nil, toolVersion: String? = nil
  ) {
    self.policy = policy
    self.files = files
    self.generated = generated
    self.toolVersion = toolVersion
  }

  /// How many files (and tables of engines) ended in each status.
  public struct Summary: Sendable, Encodable, Equatable {
    public var files = 0
    /// Of `files`, the tables of engines measured for rules with `source:`.
    public var tables = 0
    public var passed = 0
    public var failed = 0
    public var errors = 0
    public var unmatched = 0
    /// Files measured under rules that set no bound: neither passed nor failed.
    public var notAssessed = 0

    enum CodingKeys: String, CodingKey {
      case files, tables, passed, failed, errors, unmatched
      case notAssessed = "not_assessed"
    }

    /// `tables` only when the batch holds one, so that reports of files stay as they were.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(files, forKey: .files)
      if tables > 0 { try container.encode(tables, forKey: .tables) }
      try container.encode(passed, forKey: .passed)
      try container.encode(failed, forKey: .failed)
      try container.encode(errors, forKey: .errors)
      try container.encode(unmatched, forKey: .unmatched)
      try container.encode(notAssessed, forKey: .notAssessed)
    }
  }

  public var summary: Summary {
    var summary = Summary()
    for file in files {
      summary.files += 1
      if file.source != nil { summary.tables += 1 }
      switch file.status {
      case .pass: summary.passed += 1
      case .fail: summary.failed += 1
      case .error: summary.errors += 1
      case .unmatched: summary.unmatched += 1
      case .notAssessed: summary.notAssessed += 1
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
    case toolVersion = "tool_version"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.schemaVersion, forKey: .schemaVersion)
    try container.encodeIfPresent(policy, forKey: .policy)
    try container.encodeIfPresent(generated, forKey: .generated)
    try container.encodeIfPresent(toolVersion, forKey: .toolVersion)
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
    /// The file was measured, but no rule that applies to it sets a bound: nothing says
    /// whether its figures are acceptable, so it neither passes nor fails.
    case notAssessed = "not_assessed"
  }

  /// The file as the user named it or as it was found.
  public var file: String
  /// The path relative to the repository root (the current folder outside a repository),
  /// with `/` separators: where SARIF and GitHub annotations locate results.
  public var location: String
  public var results: [RuleResult]
  /// The message of the error that stopped the file, with its file, record and line.
  public var error: String?
  /// The line of the file the error points at, when one does (a malformed record's line).
  public var errorLine: Int?
  /// The file's size and SHA-256, when the caller computed them (`report` does).
  public var input: InputFacts?
  /// The engine's table when the result is of a policy rule with `source:` rather than of a
  /// file: then `file` is its name, and `location` the policy file.
  public var source: SourceTarget?

  public init(
    file: String, location: String? = nil, results: [RuleResult] = [], error: String? = nil,
    errorLine: Int? = nil, input: InputFacts? = nil
  ) {
    self.file = file
    self.location = location ?? file
    self.results = results
    self.error = error
    self.errorLine = errorLine
    self.input = input
  }

  public var status: Status {
    if error != nil { return .error }
    if results.isEmpty { return .unmatched }
    if results.allSatisfy(\.report.bounds.isEmpty) { return .notAssessed }
    return results.allSatisfy(\.report.isWithinBounds) ? .pass : .fail
  }

  /// The policy keys of the broken bounds, each once, in the order of the rules:
  /// `["min_k", "max_uniques"]`.
  public var brokenBoundKeys: [String] {
    var keys: [String] = []
    for result in results {
      for check in result.brokenBounds where !keys.contains(check.key) { keys.append(check.key) }
    }
    return keys
  }

  /// The line results point at when no record does: the rule's line for a source, else 1.
  public var anchorLine: Int { source?.line ?? 1 }

  enum CodingKeys: String, CodingKey {
    case file, location, status, results, error, input, source, table, query
    case errorLine = "error_line"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encodeIfPresent(source?.source, forKey: .source)
    try container.encodeIfPresent(source?.table, forKey: .table)
    try container.encodeIfPresent(source?.query, forKey: .query)
    try container.encode(location, forKey: .location)
    try container.encode(status, forKey: .status)
    try container.encode(results, forKey: .results)
    try container.encodeIfPresent(error, forKey: .error)
    try container.encodeIfPresent(errorLine, forKey: .errorLine)
    try container.encodeIfPresent(input, forKey: .input)
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
  /// The policy file the rule is in, as messages name it, when a batch holds several policies
  /// (files under different `.reidrisk.yml`); nil means the batch's one policy.
  public var policy: String?

  public init(name: String, line: Int, policy: String? = nil) {
    self.name = name
    self.line = line
    self.policy = policy
  }

  /// "rule "exports", .reidrisk.yml:4": where the rule is written.
  public func origin(in batchPolicy: String?) -> String {
    "rule \(quoted(name)), \(policy ?? batchPolicy ?? "policy"):\(line)"
  }
}
