/// A data policy: rules that say which files hold personal data, which of their columns an
/// outsider could know, and the bounds each file must stay within.
///
/// Written once in the repository as `.reidrisk.yml` (format in `docs/policy.md`), read by
/// `reidrisk check` in a pre-commit hook or CI job and by `reidrisk report`. Every matching rule
/// applies to a file: a file passes when it passes all of them.
public struct Policy: Sendable, Equatable {
  /// The name the policy's file is looked for under, upward from the current folder.
  public static let fileName = ".reidrisk.yml"

  /// The policy's file as messages name it, e.g. `.reidrisk.yml`.
  public var file: String
  /// The rules, in the order written.
  public var rules: [PolicyRule]

  public init(file: String, rules: [PolicyRule]) {
    self.file = file
    self.rules = rules
  }
}

/// One rule of a policy: the files it covers and how to measure them.
public struct PolicyRule: Sendable, Equatable {
  /// The rule's name, as written, or "rule N" (from 1) when it has none.
  public var name: String
  /// The line in the policy where the rule starts.
  public var line: Int
  /// The globs that pick the rule's files, relative to the policy's folder.
  public var files: [Glob]
  /// The quasi-identifier columns: those an outsider could know.
  public var quasiIdentifiers: [String]
  /// Sensitive columns, measured for l-diversity and t-closeness (`min_l`, `max_t`).
  public var sensitiveAttributes: [String] = []
  /// The population the file is drawn from: its size N, or the sampling fraction π.
  public var population: PopulationSize = .file
  /// A column identifying a record, e.g. `member_id`.
  public var idColumn: String?
  /// The field delimiter; detected from the header when nil.
  public var delimiter: UInt8?
  /// Cell values that mean missing, beside the empty cell.
  public var missingTokens: [String] = []
  public var missingPolicy: MissingValuePolicy = .value
  /// Skip records whose field count differs from the header's instead of failing.
  public var isLenient = false
  /// The prosecutor risk above which a record is at risk.
  public var threshold = 0.2
  /// Records in classes smaller than this are flagged.
  public var k = 5
  public var bounds = Bounds()

  public init(name: String, line: Int, files: [Glob], quasiIdentifiers: [String]) {
    self.name = name
    self.line = line
    self.files = files
    self.quasiIdentifiers = quasiIdentifiers
  }

  /// The options `scan` would take for this rule.
  public var scanOptions: ScanOptions {
    var options = ScanOptions(
      quasiIdentifiers: quasiIdentifiers, idColumn: idColumn, missingTokens: missingTokens,
      missingPolicy: missingPolicy, threshold: threshold, k: k, bounds: bounds,
      population: population, sensitiveAttributes: sensitiveAttributes)
    options.setQuasiIdentifiers(specs: quasiIdentifiers)
    return options
  }
}
