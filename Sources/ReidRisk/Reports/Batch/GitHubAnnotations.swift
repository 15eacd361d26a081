/// Renders a `check` as GitHub Actions workflow commands: an `::error` annotation per broken
/// bound and per unreadable file, shown on the file in the pull request, and a plain line for
/// each file that passes.
///
///     ::error file=exports/q2.csv,line=1,title=reidrisk min_k::k must be at least 5, found 1 (rule "exports", .reidrisk.yml:4)
///     ::error file=exports/bad.csv,line=3,title=reidrisk read_error::exports/bad.csv: record 2 (line 3): ...
///
/// `file=` is the path relative to the repository root, as the runner expects; `line=` is the
/// line of the record at fault when one is known (for a broken bound, the first record in a
/// class smaller than k), else 1. A rule with `source:` has no data file: its annotations
/// stand on the policy file at the rule's line, their message starting with the table's name.
///
/// Property values escape `%`, CR, LF, `:` and `,`; messages escape `%`, CR and LF, as the
/// runner's command parser requires.
public struct GitHubAnnotations: ReportRenderer {
  public init() {}

  public func render(_ report: BatchReport) -> String { Self.render(report) }

  public static func render(_ batch: BatchReport) -> String {
    var lines: [String] = []
    let policy = batch.policy ?? "the policy"
    for file in batch.files {
      switch file.status {
      case .error:
        lines.append(
          annotation(
            file: file.location, line: file.errorLine ?? file.anchorLine,
            title: "reidrisk read_error",
            message: Self.naming(file, before: file.error ?? "") + (file.error ?? "")))
      case .fail:
        for result in file.results {
          for check in result.brokenBounds {
            let key = check.key
            let origin = result.rule.map { " (\($0.origin(in: policy)))" } ?? ""
            lines.append(
              annotation(
                file: file.location, line: result.report.flagged.firstLine ?? file.anchorLine,
                title: "reidrisk \(key)",
                message: Self.naming(file)
                  + "\(check.rule), found \(Formatting.ratio(check.value))\(origin)"))
          }
        }
      case .pass:
        lines.append("pass \(property(file.source == nil ? file.location : file.file))")
      case .unmatched:
        lines.append("skip \(property(file.location)): no rule matches")
      case .notAssessed:
        lines.append(
          "::notice file=\(property(file.location)),title=reidrisk not assessed::"
            + data("no rule that applies to this file sets a bound, so nothing was checked"))
      }
    }
    lines.append(CheckTextReport.total(batch))
    return lines.joined(separator: "\n") + "\n"
  }

  /// "duckdb:app.duckdb members: " before the message of an engine's table, whose annotation
  /// stands on the policy file; nothing for a file, which the annotation names.
  static func naming(_ file: FileResult, before message: String = "") -> String {
    file.source == nil || message.hasPrefix(file.file + ": ") ? "" : file.file + ": "
  }

  static func annotation(file: String, line: Int, title: String, message: String) -> String {
    "::error file=\(property(file)),line=\(line),title=\(property(title))::\(data(message))"
  }

  /// Escapes a command's message.
  static func data(_ text: String) -> String {
    var result = ""
    for character in text.unicodeScalars {
      switch character {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// Escapes a command's property value.
  static func property(_ text: String) -> String {
    data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
