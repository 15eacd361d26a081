import Yams

/// Reads a policy's YAML into a `Policy`, checking every key and value and naming the line of
/// each mistake. Works on Yams' node tree (not `Decodable`) because nodes keep their marks.
///
/// Scalars are read as the text written, not through YAML 1.1's typing: `na: [no, N/A]` is the
/// two tokens "no" and "N/A", never `false`; numbers are checked here with their allowed range.
struct PolicyParser {
  let file: String

  typealias Entry = (key: String, line: Int, value: Node)

  static let topKeys = ["version", "defaults", "rules"]
  static let settingKeys = [
    "quasi_identifiers", "sensitive", "population", "sampling_fraction", "id", "delimiter", "na",
    "missing", "lenient",
    "threshold", "k", "bounds",
  ]
  static let ruleKeys = ["name", "files", "optional"] + settingKeys

  func parse(_ yaml: String) throws(PolicyError) -> Policy {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw Self.syntaxError(error, file: file)
    } catch {
      throw .syntax(file: file, line: 0, problem: "\(error)")
    }
    guard let root else { throw .empty(file: file) }
    let top = try mapping(root, context: "the policy", known: Self.topKeys)
    if let version = top.first(where: { $0.key == "version" }) {
      guard version.value.scalar?.string == "1" else {
        throw badValue(version, expected: "1, the only version of the policy format so far")
      }
    }
    var defaults = RuleSettings()
    if let entry = top.first(where: { $0.key == "defaults" }) {
      defaults = try settings(
        try mapping(entry.value, context: "defaults", known: Self.settingKeys), context: "defaults")
    }
    guard let rulesEntry = top.first(where: { $0.key == "rules" }) else {
      throw .missingKey(file: file, line: root.mark?.line ?? 1, key: "rules", context: "the policy")
    }
    guard let list = rulesEntry.value.sequence, !list.isEmpty else {
      throw badValue(rulesEntry, expected: "a list of rules, each starting with \"- files:\"")
    }
    var rules: [PolicyRule] = []
    for (index, node) in list.enumerated() {
      rules.append(try rule(node, number: index + 1, defaults: defaults))
    }
    return Policy(file: file, rules: rules)
  }

  private func rule(_ node: Node, number: Int, defaults: RuleSettings) throws(PolicyError)
    -> PolicyRule
  {
    let line = node.mark?.line ?? 0
    let context = "rule \(number)"
    let entries = try mapping(node, context: context, known: Self.ruleKeys)
    var name = "rule \(number)"
    var globs: [Glob]?
    var isOptional = false
    for entry in entries {
      switch entry.key {
      case "name": name = try string(entry)
      case "files":
        let lines = entry.value.sequence.map { $0.map { $0.mark?.line ?? entry.line } }
        let patterns = try strings(entry, splittingCommas: false)
        guard !patterns.isEmpty else {
          throw badValue(entry, expected: "at least one glob, e.g. \"exports/**/*.csv\"")
        }
        globs = patterns.enumerated().map { Glob($1, line: lines?[$0] ?? entry.line) }
      case "optional":
        let text = try string(entry)
        guard text == "true" || text == "false" else {
          throw badValue(entry, expected: "true or false")
        }
        isOptional = text == "true"
      default: break
      }
    }
    let settings = defaults.overridden(by: try self.settings(entries, context: context))
    guard let globs else {
      throw .missingKey(file: file, line: line, key: "files", context: context)
    }
    guard let quasiIdentifiers = settings.quasiIdentifiers else {
      throw .missingKey(file: file, line: line, key: "quasi_identifiers", context: context)
    }
    var rule = PolicyRule(name: name, line: line, files: globs, quasiIdentifiers: quasiIdentifiers)
    settings.apply(to: &rule)
    rule.isOptional = isOptional
    return rule
  }

  /// The settings a rule or `defaults` may hold.
  private func settings(_ entries: [Entry], context: String) throws(PolicyError) -> RuleSettings {
    var settings = RuleSettings()
    for entry in entries {
      switch entry.key {
      case "quasi_identifiers":
        let names = try strings(entry, splittingCommas: true)
        guard !names.isEmpty else {
          throw badValue(
            entry, expected: "at least one column name, e.g. [zip, birth_date, gender]")
        }
        settings.quasiIdentifiers = names
      case "sensitive": settings.sensitiveAttributes = try strings(entry, splittingCommas: true)
      case "population":
        settings.population = .size(
          try count(entry, expected: "a whole number of people, at least 1"))
      case "sampling_fraction":
        let value = try number(entry)
        guard value > 0 && value <= 1 else {
          throw badValue(entry, expected: "a fraction in (0, 1], e.g. 0.01")
        }
        settings.population = .samplingFraction(value)
      case "id": settings.idColumn = try string(entry)
      case "delimiter":
        let text = try string(entry)
        guard let byte = Delimiter.parse(text) else {
          throw badValue(entry, expected: "one character, or tab, comma, semicolon, pipe")
        }
        settings.delimiter = byte
      case "na":
        settings.missingTokens = try strings(entry, splittingCommas: false, allowEmpty: true)
      case "missing":
        guard let policy = MissingValuePolicy(rawValue: try string(entry)) else {
          throw badValue(entry, expected: "value or exclude")
        }
        settings.missingPolicy = policy
      case "lenient":
        switch try string(entry) {
        case "true": settings.isLenient = true
        case "false": settings.isLenient = false
        default: throw badValue(entry, expected: "true or false")
        }
      case "threshold":
        let value = try number(entry)
        guard value > 0 && value <= 1 else {
          throw badValue(entry, expected: "a risk in (0, 1], e.g. 0.2")
        }
        settings.threshold = value
      case "k": settings.k = try count(entry, expected: "a whole number of at least 1, e.g. 5")
      case "bounds": settings.bounds = try bounds(entry)
      default: break
      }
    }
    return settings
  }

  private func bounds(_ entry: Entry) throws(PolicyError) -> PartialBounds {
    var result = PartialBounds()
    let known = PolicyBound.all.map(\.key)
    for bound in try mapping(entry.value, context: "bounds", known: known) {
      guard let definition = PolicyBound.named(bound.key) else { continue }
      switch definition.kind {
      case .count:
        result.values[bound.key] = Double(
          try count(bound, expected: "a whole number of at least 1, e.g. 5"))
      case .fraction:
        let value = try number(bound)
        guard (0...1).contains(value) else {
          throw badValue(bound, expected: "a share between 0 and 1, e.g. 0.05 for 5%")
        }
        result.values[bound.key] = value
      }
    }
    return result
  }
}
