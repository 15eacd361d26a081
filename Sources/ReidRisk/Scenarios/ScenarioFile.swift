import Yams

/// Reads attack scenarios from YAML:
///
/// ```yaml
/// scenarios:
///   - name: loyalty card
///     source: a retailer's loyalty-card data   # optional
///     columns: [zip, birth_year, gender]
/// ```
///
/// A list of scenarios may also stand alone at the top. Each needs `name` and a non-empty
/// `columns` list; names must differ. Scalars are read as the text written (YAML 1.1's
/// `no` stays "no").
public enum ScenarioFile {
  static let keys = ["name", "source", "columns"]

  public static func parse(_ yaml: String, file: String) throws(ScenarioError) -> [AttackScenario] {
    try YAMLLimits.check(yaml) { ScenarioError.limit(file: file, line: $0, problem: $1) }
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw syntaxError(error, file: file)
    } catch {
      throw .syntax(file: file, line: 0, problem: "\(error)")
    }
    guard let root else { throw .empty(file: file) }
    let list: Node.Sequence
    switch root {
    case .sequence(let sequence):
      list = sequence
    case .mapping(let mapping):
      for (key, _) in mapping where key.string != "scenarios" {
        throw .unknownKey(file: file, line: line(key), key: key.string ?? "?", known: ["scenarios"])
      }
      guard let value = mapping["scenarios"] else { throw .empty(file: file) }
      guard case .sequence(let sequence) = value else {
        throw .unexpected(
          file: file, line: line(value), found: kind(value), expected: "a list of scenarios")
      }
      list = sequence
    default:
      throw .unexpected(
        file: file, line: line(root), found: kind(root), expected: "\"scenarios:\" and a list")
    }
    guard !list.isEmpty else { throw .empty(file: file) }
    var scenarios: [AttackScenario] = []
    for item in list {
      let scenario = try parseScenario(item, file: file)
      if scenarios.contains(where: { $0.name == scenario.name }) {
        throw .duplicateName(file: file, line: line(item), name: scenario.name)
      }
      scenarios.append(scenario)
    }
    return scenarios
  }

  private static func parseScenario(_ node: Node, file: String) throws(ScenarioError)
    -> AttackScenario
  {
    guard case .mapping(let mapping) = node else {
      throw .unexpected(
        file: file, line: line(node), found: kind(node), expected: "a scenario (name, columns)")
    }
    var name: String?
    var source: String?
    var columns: [String]?
    for (key, value) in mapping {
      switch key.string {
      case "name": name = try text(value, file: file, what: "a name")
      case "source": source = try text(value, file: file, what: "a description of the source")
      case "columns":
        guard case .sequence(let sequence) = value, !sequence.isEmpty else {
          throw .unexpected(
            file: file, line: line(value), found: kind(value), expected: "a list of column names")
        }
        var names: [String] = []
        for item in sequence { names.append(try text(item, file: file, what: "a column name")) }
        columns = names
      default:
        throw .unknownKey(file: file, line: line(key), key: key.string ?? "?", known: keys)
      }
    }
    guard let name else { throw .missingKey(file: file, line: line(node), key: "name") }
    guard let columns else { throw .missingKey(file: file, line: line(node), key: "columns") }
    return AttackScenario(name: name, source: source ?? "defined in \(file)", columns: columns)
  }

  private static func text(_ node: Node, file: String, what: String) throws(ScenarioError) -> String
  {
    guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
      throw .unexpected(file: file, line: line(node), found: kind(node), expected: what)
    }
    return scalar.string
  }

  private static func line(_ node: Node) -> Int { (node.mark?.line ?? 0) }

  private static func kind(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar):
      return scalar.string.isEmpty ? "nothing" : "the text \(quoted(scalar.string))"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  private static func syntaxError(_ error: YamlError, file: String) -> ScenarioError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .syntax(file: file, line: mark.line, problem: problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .syntax(
        file: file, line: context.mark.line,
        problem: "the key \(duplicates.map { quoted($0) }.joined(separator: ", ")) appears twice")
    default:
      return .syntax(file: file, line: 0, problem: "\(error)")
    }
  }
}
