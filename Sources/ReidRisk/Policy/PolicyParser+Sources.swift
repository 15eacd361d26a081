/// What a policy may say about engine sources: a rule reads either files (`files:`) or one
/// table of an engine (`source:` with `table:` or `query:`, exactly one of them), never both.
///
/// `source`, `table` and `query` are refused in `defaults`: a source names the one table of one
/// rule, and a default table would hang over every file rule. Each mistake is an error at the
/// line of the key at fault, or of the rule when a key is missing:
///
///     rules:
///       - name: warehouse            # line 2: rule 1 gives "source" but neither ...
///         source: duckdb:app.duckdb
///         quasi_identifiers: [zip]
enum SourceRuleCheck {
  typealias Entry = PolicyParser.Entry

  /// The keys that name an engine's records.
  static let keys = ["source", "table", "query"]

  /// Refuses `source`, `table` and `query` in `defaults`.
  static func defaults(_ entries: [Entry], file: String) throws(PolicyError) {
    guard let entry = entries.first(where: { keys.contains($0.key) }) else { return }
    let problem =
      entry.key == "source"
      ? "\"source\" cannot be in defaults: a source names the one table of a rule; give"
        + " source (with table or query) in each rule that reads an engine"
      : "\(quoted(entry.key)) cannot be in defaults: it belongs to a rule with \"source\""
    throw .sourceRule(file: file, line: entry.line, problem: problem)
  }

  /// Checks that the rule starting at `line` reads files or one table of a source.
  static func rule(_ entries: [Entry], file: String, line: Int, context: String)
    throws(PolicyError)
  {
    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
    let relation = entry("table") ?? entry("query")
    guard let source = entry("source") else {
      if let relation {
        throw .sourceRule(
          file: file, line: relation.line,
          problem: "\(context) gives \(quoted(relation.key)) but no \"source\"; add the engine"
            + " that holds it (source: duckdb:FILE.duckdb, postgres://user@host/db, spark)"
            + " or remove it")
      }
      return
    }
    if let files = entry("files") {
      let later = files.line > source.line ? files : source
      throw .conflict(file: file, line: later.line, keys: ["files", "source"], context: context)
    }
    if relation == nil {
      throw .sourceRule(
        file: file, line: line,
        problem: "\(context) gives \"source\" but neither \"table\" nor \"query\"; add the"
          + " one table (table: schema.members) or SELECT (query: ...) it measures")
    }
    if let optional = entry("optional") {
      throw .sourceRule(
        file: file, line: optional.line,
        problem: "\(context): \"optional\" is for files: globs that may match nothing yet;"
          + " a source rule is always measured, remove it")
    }
  }

  /// A syntax error on a line `source: duckdb:` (an in-memory DuckDB), whose bare trailing
  /// colon YAML reads as a mapping, with the remedy: quote it.
  static func hinted(_ error: PolicyError, yaml: String) -> PolicyError {
    guard case .syntax(let file, let line, let problem) = error, line > 0 else { return error }
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    guard line <= lines.count else { return error }
    let text = lines[line - 1].filter { $0 != " " && $0 != "\t" && $0 != "\r" }
    guard text == "source:duckdb:" || text == "-source:duckdb:" else { return error }
    return .syntax(
      file: file, line: line, problem: problem + "; write source: \"duckdb:\" in quotes")
  }
}
