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
  /// The keys of `defaults` and of a rule: every scan setting and `bounds`.
  static let settingKeys = ScanSettings.all.map(\.key) + ["bounds"]
  static let ruleKeys = ["name", "files", "optional"] + settingKeys

  func parse(_ yaml: String) throws(PolicyError) -> Policy {
    try YAMLLimits.check(yaml) { PolicyError.limit(file: file, line: $0, problem: $1) }
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw SourceRuleCheck.hinted(Self.syntaxError(error, file: file), yaml: yaml)
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
    var defaults = ScanSettings()
    if let entry = top.first(where: { $0.key == "defaults" }) {
      let entries = try mapping(entry.value, context: "defaults", known: Self.settingKeys)
      try SourceRuleCheck.defaults(entries, file: file)
      defaults = try settings(entries, context: "defaults")
    }
    guard let rulesEntry = top.first(where: { $0.key == "rules" }) else {
      throw .missingKey(file: file, line: root.mark?.line ?? 1, key: "rules", context: "the policy")
    }
    guard let list = rulesEntry.value.sequence, !list.isEmpty else {
      throw badValue(
        rulesEntry, expected: "a list of rules, each starting with \"- files:\" or \"- source:\"")
    }
    var rules: [PolicyRule] = []
    for (index, node) in list.enumerated() {
      rules.append(try rule(node, number: index + 1, defaults: defaults))
    }
    return Policy(file: file, rules: rules)
  }

  private func rule(_ node: Node, number: Int, defaults: ScanSettings) throws(PolicyError)
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
    try SourceRuleCheck.rule(entries, file: file, line: line, context: context)
    let isSource = settings.source != nil
    guard let globs = globs ?? (isSource ? [] : nil) else {
      throw .missingKey(file: file, line: line, key: "files", context: context)
    }
    guard settings.quasiIdentifiers != nil else {
      throw .missingKey(file: file, line: line, key: "quasi_identifiers", context: context)
    }
    var rule = PolicyRule(name: name, line: line, files: globs, settings: settings)
    rule.isOptional = isOptional
    return rule
  }

  /// The settings a rule or `defaults` may hold, each read by its declaration in
  /// `ScanSettings.all`; bounds by `BoundKind`.
  private func settings(_ entries: [Entry], context: String) throws(PolicyError) -> ScanSettings {
    var settings = ScanSettings()
    for entry in entries {
      if entry.key == "bounds" {
        settings.bounds = try bounds(entry)
      } else if let setting = ScanSettings.setting(named: entry.key) {
        let value = try input(entry)
        do {
          try setting.set(value, in: &settings)
        } catch {
          throw .badValue(
            file: file, line: entry.value.mark?.line ?? entry.line, key: entry.key,
            value: error.given, expected: error.expected)
        }
      }
    }
    for (first, second) in ScanSettings.exclusive {
      if entries.contains(where: { $0.key == first }),
        let later = entries.first(where: { $0.key == second })
      {
        throw .conflict(file: file, line: later.line, keys: [first, second], context: context)
      }
    }
    return settings
  }

  private func bounds(_ entry: Entry) throws(PolicyError) -> Bounds {
    var bounds = Bounds()
    let known = BoundKind.allCases.map(\.key)
    for bound in try mapping(entry.value, context: "bounds", known: known) {
      guard let kind = BoundKind.named(bound.key) else { continue }
      let value = try input(bound)
      do {
        bounds[kind] = try kind.limit(value)
      } catch {
        throw .badValue(
          file: file, line: bound.value.mark?.line ?? bound.line, key: bound.key,
          value: error.given, expected: error.expected)
      }
    }
    return bounds
  }

  /// An entry's value as a setting reads it: a scalar's text, or a list of scalars.
  private func input(_ entry: Entry) throws(PolicyError) -> SettingInput {
    if let scalar = entry.value.scalar { return .text(scalar.string) }
    if let sequence = entry.value.sequence {
      var items: [String] = []
      for item in sequence {
        guard let scalar = item.scalar else {
          throw .badValue(
            file: file, line: item.mark?.line ?? entry.line, key: entry.key,
            value: Self.text(of: item), expected: "a list of plain values")
        }
        items.append(scalar.string)
      }
      return .list(items)
    }
    throw badValue(entry, expected: "a value or a list, e.g. [a, b]")
  }
}
