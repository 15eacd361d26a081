/// Renders column profiles as Markdown. Names and evidence from the input are escaped.
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
        "| `\(escape(profile.name))` | \(profile.type.rawValue) | \(profile.role.rawValue) | "
          + "\(Formatting.count(profile.distinct)) | \(Formatting.percent(profile.uniqueFraction)) | "
          + "\(Formatting.percent(profile.missingFraction)) | \(escape(profile.evidence)) |")
    }
    lines.append("")
    lines.append(
      "Direct identifiers: "
        + (report.directIdentifiers.isEmpty
          ? "none found"
          : report.directIdentifiers.map { "`\(escape($0))`" }.joined(separator: ", ")))
    lines.append("")
    lines.append(
      "Suggested: "
        + (report.suggestedQuasiIdentifiers.isEmpty
          ? "no quasi-identifiers found"
          : "`--qi \(report.suggestedQuasiIdentifiers.map(escape).joined(separator: ","))`"))
    for warning in report.warnings { lines.append("\n> warning: \(escape(warning))") }
    return lines.joined(separator: "\n") + "\n"
  }
}
