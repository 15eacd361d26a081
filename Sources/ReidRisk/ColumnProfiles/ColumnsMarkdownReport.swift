/// Renders column profiles as Markdown. Names and evidence from the input are escaped; the
/// suggested `--qi` is a code span (for copying) with backticks and control characters removed.
public enum ColumnsMarkdownReport {
  public static func render(_ report: ColumnsReport) -> String {
    let escape = MarkdownReport.escape
    var lines = [
      "## \(escape(report.file))", "",
      "\(Formatting.count(report.columns.count)) columns, \(Formatting.count(report.records)) records",
      "",
      "| column | type | role | distinct | unique | missing | evidence |",
      "| --- | --- | --- | ---: | ---: | ---: | --- |",
    ]
    for profile in report.columns {
      lines.append(
        "| \(escape(profile.name)) | \(profile.type.rawValue) | \(profile.role.rawValue) | "
          + "\(profile.approximate(Formatting.count(profile.distinct))) | "
          + "\(profile.approximate(Formatting.percent(profile.uniqueFraction))) | "
          + "\(Formatting.percent(profile.missingFraction)) | \(escape(profile.evidence)) |")
    }
    if let note = report.estimateNote { lines += ["", note] }
    lines.append("")
    lines.append(
      "Direct identifiers: "
        + (report.directIdentifiers.isEmpty
          ? "none found"
          : report.directIdentifiers.map(escape).joined(separator: ", ")))
    lines.append("")
    lines.append(
      "Suggested: "
        + (report.suggestedQuasiIdentifiers.isEmpty
          ? "no quasi-identifiers found"
          : codeSpan("--qi " + report.suggestedQuasiIdentifiers.joined(separator: ","))))
    for warning in report.warnings { lines.append("\n> warning: \(escape(warning))") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` as a Markdown code span: shown as written, so only backticks (which would end it)
  /// and control characters need care.
  static func codeSpan(_ text: String) -> String {
    "`" + String(Formatting.terminalSafe(text).map { $0 == "`" ? "'" : $0 }) + "`"
  }
}
