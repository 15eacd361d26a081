import Foundation

/// Renders a `check` as SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning,
/// Azure DevOps, SonarQube): one result per broken bound and per unreadable file, located at
/// the file.
///
/// Rule ids are the policy's bound keys (`min_k`, `max_uniques`, ...) plus `read_error`; they
/// are stable and listed in `docs/sarif-rules.md`. Paths are relative to the policy's folder,
/// which is the repository root when the policy sits there, as code scanning expects.
public enum SARIFReport {
  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
  public static let version = "2.1.0"
  /// The rule reported for a file that could not be read or measured.
  public static let readErrorRule = "read_error"

  public static func render(_ batch: BatchReport, toolVersion: String? = nil) -> String {
    var results: [[String: Any]] = []
    for file in batch.files {
      if let error = file.error {
        results.append(result(rule: readErrorRule, message: error, at: file.location))
      }
      for ruleResult in file.results {
        for check in ruleResult.brokenBounds {
          let origin =
            ruleResult.rule.map { " (rule \"\($0.name)\", \(batch.policy ?? "policy"):\($0.line))" }
            ?? ""
          results.append(
            result(
              rule: BoundKind.forCheck(check.id)?.key ?? check.id,
              message:
                "\(file.location): \(check.rule), found \(Formatting.ratio(check.value))\(origin)",
              at: file.location))
        }
      }
    }
    var driver: [String: Any] = [
      "name": "reidrisk",
      "rules": rules,
    ]
    if let toolVersion { driver["version"] = toolVersion }
    let log: [String: Any] = [
      "$schema": schema,
      "version": version,
      "runs": [
        ["tool": ["driver": driver], "results": results, "columnKind": "unicodeCodePoints"]
      ],
    ]
    do {
      let data = try JSONSerialization.data(
        withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
      return "{\"version\": \"2.1.0\", \"runs\": []}\n"
    }
  }

  /// Every rule reidrisk can report, whether or not this run broke it, so ids resolve.
  static var rules: [[String: Any]] {
    BoundKind.allCases.map { bound in
      [
        "id": bound.key,
        "name": ruleName(bound.key),
        "shortDescription": ["text": bound.summary],
        "fullDescription": ["text": bound.meaning],
        "defaultConfiguration": ["level": "error"],
      ]
    } + [
      [
        "id": readErrorRule,
        "name": "ReadError",
        "shortDescription": ["text": "the file could not be read or measured"],
        "fullDescription": [
          "text":
            "A malformed CSV record, a missing column or an unreadable file stopped the check;"
            + " the message names the record, the line and the remedy."
        ],
        "defaultConfiguration": ["level": "error"],
      ]
    ]
  }

  private static func result(rule: String, message: String, at location: String) -> [String: Any] {
    [
      "ruleId": rule,
      "level": "error",
      "message": ["text": message],
      "locations": [
        [
          "physicalLocation": [
            "artifactLocation": ["uri": uri(location)],
            "region": ["startLine": 1],
          ]
        ]
      ],
    ]
  }

  /// `min_k` → `MinK`: SARIF's readable rule name.
  private static func ruleName(_ key: String) -> String {
    key.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// A relative path as a URI reference: each segment percent-encoded, `/` kept.
  static func uri(_ path: String) -> String {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~/"))
      .subtracting(CharacterSet(charactersIn: "\u{80}"..."\u{10FFFF}"))
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }
}
