/// The generalizations of a scan in each format: which quasi-identifiers were coarsened, to
/// which level, and how many values the level did not apply to (kept as they were). Column
/// names are escaped for each format; no value is shown.
extension ScanReport {
  /// Text lines, after a blank line; empty when nothing was generalized.
  func generalizationText(_ terminal: TerminalStyle) -> [String] {
    guard !generalizations.isEmpty else { return [] }
    let safe = Formatting.terminalSafe
    let width = generalizations.map { safe($0.column).count }.max() ?? 0
    return [
      "",
      terminal.bold("generalizations")
        + terminal.dim("  (values compared after coarsening; --qi COLUMN:LEVEL)"),
    ]
      + generalizations.map { note in
        "  " + terminal.pad(safe(note.column), width) + "  " + safe(note.summary)
      }
  }

  /// A Markdown section, or an empty string.
  func generalizationMarkdown() -> String {
    guard !generalizations.isEmpty else { return "" }
    var lines = ["", "### Generalizations", "", "_Values compared after coarsening._", ""]
    lines.append("| column | level | meaning |")
    lines.append("| --- | --- | --- |")
    for note in generalizations {
      lines.append(
        "| `\(MarkdownReport.escape(note.column))` | `:\(MarkdownReport.escape(note.level))` | "
          + MarkdownReport.escape(note.summary) + " |")
    }
    return lines.joined(separator: "\n")
  }

  /// An HTML paragraph and table, or an empty string.
  func generalizationHTML() -> String {
    guard !generalizations.isEmpty else { return "" }
    var html =
      "<h4>Generalizations</h4><p class=\"muted\">Values are compared after coarsening.</p>"
      + "<table class=\"figures\"><thead><tr><th>column</th><th>level</th><th>meaning</th>"
      + "</tr></thead><tbody>\n"
    for note in generalizations {
      html +=
        "<tr><td><code>\(HTMLReport.escape(note.column))</code></td>"
        + "<td><code>:\(HTMLReport.escape(note.level))</code></td>"
        + "<td>\(HTMLReport.escape(note.summary))</td></tr>\n"
    }
    return html + "</tbody></table>\n"
  }
}
