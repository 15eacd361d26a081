/// "What would make it safe": the best `suggest` settings for a file, in Markdown and HTML,
/// for `suggest --format markdown` and `report --suggest`. Column names are escaped; no value
/// is shown.
public enum SuggestionSection {
  /// The settings listed; JSON lists all.
  public static let shown = 5

  private static let meanings = [
    ("k", "the smallest class of the records kept"),
    ("suppressed", "records removed: those in classes smaller than k (--suppress)"),
    ("uniques", "kept records alone in their class"),
    ("loss", "mean over the columns of level / (levels − 1): 0 as is, 1 all *"),
    ("discernibility", "Σ class size² + n per suppressed record: lower keeps records apart"),
  ]

  private static func listed(_ report: SuggestionReport) -> (String, [LatticeSetting]) {
    if report.suggestions.isEmpty {
      return (
        "No setting reaches the targets; the closest settings:", Array(report.closest.prefix(shown))
      )
    }
    return (
      "\(report.suggestions.count) minimal settings reach the targets (no finer setting does);"
        + " the best \(min(shown, report.suggestions.count)), least detail lost first:",
      Array(report.suggestions.prefix(shown))
    )
  }

  /// A Markdown section under `heading` ("##", "###").
  public static func markdown(_ report: SuggestionReport, heading: String) -> String {
    let escape = MarkdownReport.escape
    let (intro, settings) = listed(report)
    var lines = [
      "\(heading) What would make it safe", "",
      "_Target: \(escape(report.targets.summary)); generalizations searched by `reidrisk suggest`._",
      "", escape(intro), "",
      "| --qi | k | classes | suppressed | uniques | loss | discernibility |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for setting in settings {
      lines.append(
        "| `\(setting.qi.replacingBackticks)` | \(Formatting.count(setting.k)) | "
          + "\(Formatting.count(setting.classes)) | \(Formatting.count(setting.recordsSuppressed)) | "
          + "\(Formatting.count(setting.sampleUniques)) | \(Formatting.ratio(setting.loss)) | "
          + "\(Formatting.count(setting.discernibility)) |")
    }
    lines.append("")
    for (name, meaning) in meanings { lines.append("- **\(name)**: \(escape(meaning))") }
    lines.append("")
    lines.append(
      "\(Formatting.count(report.nodesEvaluated)) of \(Formatting.count(report.latticeSize))"
        + " settings evaluated.")
    return lines.joined(separator: "\n") + "\n"
  }

  /// An HTML section.
  public static func html(_ report: SuggestionReport) -> String {
    let escape = HTMLReport.escape
    let (intro, settings) = listed(report)
    var html =
      "<h4>What would make it safe</h4>\n<p>Target: \(escape(report.targets.summary)). "
      + "\(escape(intro))</p>\n<table class=\"figures\"><thead><tr><th>--qi</th>"
      + "<th class=\"n\">k</th><th class=\"n\">classes</th><th class=\"n\">suppressed</th>"
      + "<th class=\"n\">uniques</th><th class=\"n\">loss</th><th class=\"n\">discernibility</th>"
      + "</tr></thead><tbody>\n"
    for setting in settings {
      html +=
        "<tr><td><code>\(escape(setting.qi))</code></td>"
        + "<td class=\"n\">\(Formatting.count(setting.k))</td>"
        + "<td class=\"n\">\(Formatting.count(setting.classes))</td>"
        + "<td class=\"n\">\(Formatting.count(setting.recordsSuppressed))</td>"
        + "<td class=\"n\">\(Formatting.count(setting.sampleUniques))</td>"
        + "<td class=\"n\">\(Formatting.ratio(setting.loss))</td>"
        + "<td class=\"n\">\(Formatting.count(setting.discernibility))</td></tr>\n"
    }
    html += "</tbody></table>\n<ul class=\"muted\">"
    for (name, meaning) in meanings { html += "<li><b>\(name)</b>: \(escape(meaning))</li>" }
    return html
      + "</ul>\n<p class=\"muted\">\(Formatting.count(report.nodesEvaluated)) of "
      + "\(Formatting.count(report.latticeSize)) settings evaluated.</p>\n"
  }
}

extension String {
  fileprivate var replacingBackticks: String {
    String(Formatting.terminalSafe(self).map { $0 == "`" ? "'" : $0 })
  }
}
