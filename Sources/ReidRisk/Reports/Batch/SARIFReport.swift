import Foundation

/// Renders a `check` as SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning,
/// Azure DevOps, SonarQube): one result per broken bound and per unreadable file.
///
/// Rule ids are the policy's bound keys (`min_k`, `max_uniques`, ...) plus `read_error`; they
/// are stable and listed in `docs/sarif-rules.md`, where each rule's `helpUri` points. A result
/// is located at `FileResult.location`, the path relative to the repository root (uriBaseId
/// `%SRCROOT%`), on the line of the record at fault when one is known (a malformed record; for
/// a broken bound, the first record in a class smaller than k), else line 1; the result of a
/// rule with `source:` (an engine's table, no data file) at the policy file and the rule's line. Its `partialFingerprints` hash the rule id, that path, the policy rule and the
/// bound's place in it, so an alert keeps its identity whichever folder `check` ran from.
public struct SARIFReport: ReportRenderer {
  public init() {}

  public func render(_ report: BatchReport) -> String { Self.render(report) }

  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
  public static let version = "2.1.0"
  /// The rule reported for a file that could not be read or measured.
  public static let readErrorRule = "read_error"
  /// The key of the fingerprint in `partialFingerprints`; bump its suffix if its recipe changes.
  public static let fingerprintKey = "reidriskResult/v1"

  /// The SARIF log of `batch`; `tool.driver.version` is `batch.toolVersion`, else
  /// `Project.version`.
  public static func render(_ batch: BatchReport) -> String {
    let ruleIDs = rules.compactMap { $0["id"] as? String }
    var results: [[String: Any]] = []
    for file in batch.files {
      // an engine's table: located at the policy's rule, named in the message and fingerprint
      let table = file.source.map { _ in [file.file] } ?? []
      let naming = file.source == nil ? "" : "\(file.file): "
      if let error = file.error {
        results.append(
          result(
            rule: readErrorRule, ruleIDs: ruleIDs,
            message: file.source == nil
              ? "The file could not be read or measured. \(error)"
              : "The table could not be measured. "
                + GitHubAnnotations.naming(file, before: error) + error,
            location: file.location, line: file.errorLine ?? file.anchorLine,
            fingerprint: [readErrorRule, file.location] + table))
      }
      for ruleResult in file.results {
        var seen: [String: Int] = [:]
        for check in ruleResult.brokenBounds {
          let key = check.key
          let occurrence = seen[key, default: 0]
          seen[key] = occurrence + 1
          let origin = ruleResult.rule.map { " (\($0.origin(in: batch.policy)))" } ?? ""
          let title = BoundKind.named(key).map { sentence($0.summary) } ?? "A bound is broken."
          results.append(
            result(
              rule: key, ruleIDs: ruleIDs,
              message:
                "\(title) \(naming)"
                + sentence("\(check.rule), found \(Formatting.ratio(check.value))\(origin)"),
              location: file.location,
              line: ruleResult.report.flagged.firstLine ?? file.anchorLine,
              fingerprint: [key, file.location, ruleResult.rule?.name ?? "", "\(occurrence)"]
                + table))
        }
      }
    }
    let toolVersion = batch.toolVersion ?? Project.version
    let driver: [String: Any] = [
      "name": "reidrisk",
      "version": toolVersion,
      "semanticVersion": toolVersion,
      "informationUri": Project.homeURL,
      "rules": rules,
    ]
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
      rule(id: bound.key, summary: bound.summary, meaning: bound.meaning)
    } + [
      rule(
        id: readErrorRule, summary: "the file could not be read or measured",
        meaning:
          "A malformed CSV record, a missing column or an unreadable file stopped the check;"
          + " the message names the record, the line and the remedy.")
    ]
  }

  private static func rule(id: String, summary: String, meaning: String) -> [String: Any] {
    let help = SARIFHelp.remedy(for: id)
    return [
      "id": id,
      "name": ruleName(id),
      "shortDescription": ["text": sentence(summary)],
      "fullDescription": ["text": meaning],
      "help": [
        "text": "\(meaning) To fix: \(help)",
        "markdown": "**What it means.** \(meaning)\n\n**How to fix a file that breaks it.**"
          + " \(sentence(help))"
          + "\n\nSee [\(id)](\(helpURI(id))).",
      ],
      "helpUri": helpURI(id),
      "defaultConfiguration": ["level": "error"],
      "properties": [
        "tags": ["privacy", "re-identification", "data"], "precision": "very-high",
      ],
    ]
  }

  /// The rule's anchor in `docs/sarif-rules.md`, as an absolute URL.
  public static func helpURI(_ id: String) -> String {
    Project.documentationURL + "sarif-rules.md#" + id
  }

  private static func result(
    rule: String, ruleIDs: [String], message: String, location: String, line: Int,
    fingerprint: [String]
  ) -> [String: Any] {
    var result: [String: Any] = [
      "ruleId": rule,
      "level": "error",
      "message": ["text": message],
      "locations": [
        [
          "physicalLocation": [
            "artifactLocation": ["uri": uri(location), "uriBaseId": "%SRCROOT%"],
            "region": ["startLine": max(1, line)],
          ]
        ]
      ],
      "partialFingerprints": [fingerprintKey: Self.fingerprint(fingerprint)],
    ]
    if let index = ruleIDs.firstIndex(of: rule) { result["ruleIndex"] = index }
    return result
  }

  /// `parts` joined by NUL and hashed with 64-bit FNV-1a, as 16 hex digits: stable across
  /// runs, machines and folders (no per-process seed, unlike `Hasher`).
  static func fingerprint(_ parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in parts.joined(separator: "\u{0}").utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// "the share is above" → "The share is above.": a title sentence. A first word of one
  /// letter is a symbol and keeps its case: "k must be at least 5."
  static func sentence(_ text: String) -> String {
    guard let first = text.first else { return text }
    let isSymbol = text.dropFirst().first.map { !$0.isLetter } ?? true
    let body = isSymbol ? text : first.uppercased() + text.dropFirst()
    return body.hasSuffix(".") ? body : body + "."
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
