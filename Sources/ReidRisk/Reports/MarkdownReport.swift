/// Renders a scan as Markdown, for wikis, pull requests and tickets. Values from the input
/// (file and column names) are escaped so they cannot inject markup.
public enum MarkdownReport {
  public static func render(_ report: ScanReport) -> String {
    var lines: [String] = []
    lines.append("## \(escape(report.file))")
    lines.append("")
    lines.append(
      "Quasi-identifiers: "
        + report.quasiIdentifiers.map { "`\(escape($0))`" }.joined(separator: ", "))
    lines.append("")
    for section in report.sections {
      lines.append(
        "### \(escape(section.title.prefix(1).uppercased() + section.title.dropFirst()))")
      lines.append("")
      lines.append("_\(escape(section.assumption))_")
      lines.append("")
      lines.append("| figure | value | meaning |")
      lines.append("| --- | ---: | --- |")
      for figure in section.figures {
        lines.append(
          "| \(escape(figure.name)) | \(escape(figure.value)) | \(escape(figure.meaning)) |")
      }
      lines.append("")
    }
    lines.append("### Class sizes")
    lines.append("")
    lines.append("| size | classes | records |")
    lines.append("| ---: | ---: | ---: |")
    for row in Formatting.displayBins(report.classSizeHistogram) {
      lines.append(
        "| \(row.label) | \(Formatting.count(row.classes)) | \(Formatting.count(row.records)) |")
    }
    if !report.bounds.isEmpty {
      lines.append("")
      lines.append("### Bounds")
      lines.append("")
      lines.append("| bound | option | found | result |")
      lines.append("| --- | --- | ---: | --- |")
      for check in report.bounds {
        lines.append(
          "| \(check.rule) | `\(check.option)` | \(Formatting.ratio(check.value)) | "
            + (check.holds ? "pass" : "**fail**") + " |")
      }
    }
    if !report.normalisation.isEmpty {
      lines.append("")
      lines.append("### Normalisation")
      lines.append("")
      for note in report.normalisation {
        lines.append("- `\(escape(note.column))`: \(escape(note.summary))")
      }
    }
    if !report.scenarios.isEmpty {
      lines.append("")
      lines.append(ScenarioSection.markdown(report.scenarios))
    }
    addUniqueness(report, to: &lines)
    for warning in report.warnings { lines.append("\n> warning: \(escape(warning))") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Escapes Markdown and HTML metacharacters and flattens line breaks.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in Formatting.terminalSafe(text) {
      switch character {
      case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!": result += "\\\(character)"
      case "&": result += "&amp;"
      default: result.append(character)
      }
    }
    return result
  }
}
