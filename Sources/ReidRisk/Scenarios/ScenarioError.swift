/// Why a scenario file could not be read. The description names the file, the line and what to
/// write instead.
public enum ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  case syntax(file: String, line: Int, problem: String)
  /// The text breaks a limit of `YAMLLimits` (size, depth, an alias in a key, the expanded
  /// size), at `line` (0 for the size of the whole file).
  case limit(file: String, line: Int, problem: String)
  case empty(file: String)
  case unexpected(file: String, line: Int, found: String, expected: String)
  case unknownKey(file: String, line: Int, key: String, known: [String])
  case missingKey(file: String, line: Int, key: String)
  case duplicateName(file: String, line: Int, name: String)

  public var description: String {
    switch self {
    case .syntax(let file, let line, let problem):
      return "\(file): line \(line): \(problem); see docs/scenarios.md for the format"
    case .limit(let file, let line, let problem):
      return "\(file)\(line > 0 ? ": line \(line)" : ""): \(problem)"
    case .empty(let file):
      return "\(file): no scenarios; write a list under \"scenarios:\" (see docs/scenarios.md)"
    case .unexpected(let file, let line, let found, let expected):
      return "\(file): line \(line): found \(found), expected \(expected)"
    case .unknownKey(let file, let line, let key, let known):
      return "\(file): line \(line): unknown key \(quoted(key)); a scenario takes "
        + known.map { quoted($0) }.joined(separator: ", ")
    case .missingKey(let file, let line, let key):
      return "\(file): line \(line): the scenario has no \(quoted(key)); add it"
    case .duplicateName(let file, let line, let name):
      return
        "\(file): line \(line): a second scenario named \(quoted(name)); give each scenario its own name"
    }
  }
}
