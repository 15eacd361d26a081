import Yams

/// Reading typed values out of YAML nodes, each mistake an error at the node's line.
extension PolicyParser {
  /// The entries of a mapping node, after checking each key is in `known`.
  func mapping(_ node: Node, context: String, known: [String]) throws(PolicyError) -> [Entry] {
    guard let mapping = node.mapping else {
      throw .badValue(
        file: file, line: node.mark?.line ?? 0, key: context, value: Self.text(of: node),
        expected: "a mapping of keys to values (key: value on their own lines)")
    }
    var entries: [Entry] = []
    for (key, value) in mapping {
      let line = key.mark?.line ?? 0
      guard let name = key.scalar?.string else {
        throw .badValue(
          file: file, line: line, key: context, value: Self.text(of: key), expected: "a plain key")
      }
      guard known.contains(name) else {
        throw .unknownKey(file: file, line: line, key: name, context: context, known: known)
      }
      entries.append((name, line, value))
    }
    return entries
  }

  /// A non-empty scalar.
  func string(_ entry: Entry) throws(PolicyError) -> String {
    guard let scalar = entry.value.scalar, !scalar.string.isEmpty else {
      throw badValue(entry, expected: "a value after \"\(entry.key):\"")
    }
    return scalar.string
  }

  /// A list of scalars, or one scalar (split at commas when `splittingCommas`). Items are
  /// trimmed of spaces; empty items are an error unless `allowEmpty`.
  func strings(_ entry: Entry, splittingCommas: Bool, allowEmpty: Bool = false) throws(PolicyError)
    -> [String]
  {
    var items: [String] = []
    if let sequence = entry.value.sequence {
      for item in sequence {
        guard let scalar = item.scalar else {
          throw .badValue(
            file: file, line: item.mark?.line ?? entry.line, key: entry.key,
            value: Self.text(of: item),
            expected: "a list of plain values")
        }
        items.append(scalar.string)
      }
    } else if let scalar = entry.value.scalar {
      items =
        splittingCommas
        ? scalar.string.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        : [scalar.string]
    } else {
      throw badValue(entry, expected: "a list, e.g. [a, b]")
    }
    if splittingCommas { items = items.map { $0.trimmingSpaces } }
    if !allowEmpty, items.contains(where: \.isEmpty) {
      throw badValue(entry, expected: "a list of non-empty values")
    }
    return items
  }

  func badValue(_ entry: Entry, expected: String) -> PolicyError {
    .badValue(
      file: file, line: entry.value.mark?.line ?? entry.line, key: entry.key,
      value: Self.text(of: entry.value),
      expected: expected)
  }

  /// A node as a short text for a message: the scalar, or what kind of node it is.
  static func text(of node: Node) -> String {
    switch node {
    case .scalar(let scalar): return scalar.string
    case .mapping: return "a mapping"
    case .sequence(let sequence): return sequence.isEmpty ? "an empty list" : "a list"
    case .alias: return "an alias"
    }
  }

  static func syntaxError(_ error: YamlError, file: String) -> PolicyError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .syntax(file: file, line: mark.line, problem: problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .syntax(
        file: file, line: context.mark.line,
        problem: "the key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) appears twice")
    case .reader(let problem, _, _, _):
      return .syntax(file: file, line: 0, problem: problem)
    default:
      return .syntax(file: file, line: 0, problem: "\(error)")
    }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
