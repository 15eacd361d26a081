/// Why a policy file could not be used. The description is the one-line message a user sees:
/// the policy file and line (`.reidrisk.yml:7`), what is wrong, the bad value quoted, and what
/// to write instead.
public enum PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text is not valid YAML.
  case syntax(file: String, line: Int, problem: String)
  /// The text breaks a limit of `YAMLLimits` (size, depth, an alias in a key, the expanded
  /// size), at `line` (0 for the size of the whole file).
  case limit(file: String, line: Int, problem: String)
  /// The file is empty or holds only comments.
  case empty(file: String)
  /// A key the format does not know; `known` lists the keys allowed where it stands.
  case unknownKey(file: String, line: Int, key: String, context: String, known: [String])
  /// A key that must be present is absent from the mapping that starts at `line`.
  case missingKey(file: String, line: Int, key: String, context: String)
  /// A value of the wrong type or out of range; `expected` says what would do.
  case badValue(file: String, line: Int, key: String, value: String, expected: String)
  /// Two settings of which one mapping may hold only one, e.g. population and sampling_fraction.
  case conflict(file: String, line: Int, keys: [String], context: String)
  /// A rule's engine source is incomplete or misplaced: `source` in `defaults`, `source`
  /// without `table` or `query`, `table` without `source` (`PolicyParser+Sources.swift`).
  case sourceRule(file: String, line: Int, problem: String)
  /// None of a rule's globs (`glob`, joined with ", ") matches a file under the policy's folder.
  case globMatchesNothing(file: String, line: Int, glob: String)

  /// The line the error points at (0 when the whole file is at fault).
  public var line: Int {
    switch self {
    case .syntax(_, let line, _), .limit(_, let line, _), .unknownKey(_, let line, _, _, _),
      .missingKey(_, let line, _, _),
      .badValue(_, let line, _, _, _), .globMatchesNothing(_, let line, _),
      .conflict(_, let line, _, _), .sourceRule(_, let line, _):
      return line
    case .empty: return 0
    }
  }

  public var description: String {
    switch self {
    case .syntax(let file, let line, let problem):
      return "\(file):\(line): not valid YAML (\(problem)); check the indentation and quoting"
    case .limit(let file, let line, let problem):
      return "\(file)\(line > 0 ? ":\(line)" : ""): \(problem)"
    case .empty(let file):
      return "\(file): the policy is empty; it needs a \"rules:\" list (see docs/policy.md)"
    case .unknownKey(let file, let line, let key, let context, let known):
      let guess =
        MessageText.nearMiss(to: key, among: known).map { " (did you mean \(quoted($0))?)" } ?? ""
      return "\(file):\(line): unknown key \(quoted(key)) in \(context)\(guess);"
        + " the keys allowed there are " + known.joined(separator: ", ")
    case .missingKey(let file, let line, let key, let context):
      return "\(file):\(line): \(context) has no \(quoted(key)); add it (see docs/policy.md)"
    case .badValue(let file, let line, let key, let value, let expected):
      return "\(file):\(line): \(key) is \(quoted(value)); expected \(expected)"
    case .conflict(let file, let line, let keys, let context):
      return "\(file):\(line): \(context) gives both \(keys.joined(separator: " and ")); keep one"
    case .sourceRule(let file, let line, let problem):
      return "\(file):\(line): \(problem)"
    case .globMatchesNothing(let file, let line, let glob):
      return "\(file):\(line): files: \(quoted(glob)) matches no file under the policy's folder;"
        + " fix the pattern (paths are relative to the folder of \(file)) or remove the rule"
    }
  }
}
