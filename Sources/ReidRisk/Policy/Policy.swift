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

/// One rule of a policy: the files it covers, or the table of an engine it reads, and how to
/// measure them.
public struct PolicyRule: Sendable, Equatable {
  /// The rule's name, as written, or "rule N" (from 1) when it has none.
  public var name: String
  /// The line in the policy where the rule starts.
  public var line: Int
  /// The globs that pick the rule's files, relative to the policy's folder; none for a rule
  /// that reads a table of an engine (`settings.source`).
  public var files: [Glob]
  /// The rule's settings over the policy's `defaults`; paths as written, relative to the
  /// policy's folder.
  public var settings: ScanSettings
  /// `optional: true`: globs that match no file yet (a folder not created) are a warning, not
  /// an error, when `check` runs over the whole tree.
  public var isOptional = false

  public init(name: String, line: Int, files: [Glob], settings: ScanSettings) {
    self.name = name
    self.line = line
    self.files = files
    self.settings = settings
  }

  /// Whether the rule reads a table or query of an engine (`source:`) instead of files.
  public var isSource: Bool { settings.source != nil }

  /// The quasi-identifier columns: those an outsider could know.
  public var quasiIdentifiers: [String] { settings.quasiIdentifierNames ?? [] }
  /// The field delimiter; detected from the header when nil.
  public var delimiter: UInt8? { settings.delimiter }
  /// Skip records whose field count differs from the header's instead of failing.
  public var isLenient: Bool { settings.lenient ?? false }
}
