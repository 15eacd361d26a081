/// Renders a scan as Markdown, for wikis, pull requests and tickets. Values from the input
/// (file and column names) are escaped so they cannot inject markup.
public struct MarkdownReport: ReportRenderer {
  public init() {}

  public func render(_ report: ScanReport) -> String { Self.render(report) }

  public static func render(_ report: ScanReport) -> String {
    render(report, heading: "## \(escape(report.file))")
  }

  /// The report under `heading` (already escaped), its sections one level deeper: a batch
  /// gives `### Rule "exports"` under its file's `##`, so the sections become `####`.
  public static func render(_ report: ScanReport, heading: String) -> String {
    let level = heading.prefix { $0 == "#" }.count
    let sub = String(repeating: "#", count: level + 1)
    var lines: [String] = []
    lines.append(heading)
    lines.append("")
    lines.append(
      "Quasi-identifiers: "
        + report.quasiIdentifiers.map { "`\(escape($0))`" }.joined(separator: ", "))
    lines.append("")
    for section in report.sections {
      lines.append(
        "\(sub) \(escape(section.title.prefix(1).uppercased() + section.title.dropFirst()))")
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
    lines.append("\(sub) Class sizes")
    lines.append("")
    lines.append("| size | classes | records |")
    lines.append("| ---: | ---: | ---: |")
    for row in report.classSizeRows {
      lines.append(
        "| \(row.label) | \(Formatting.count(row.classes)) | \(Formatting.count(row.records)) |")
    }
    if !report.bounds.isEmpty {
      lines.append("")
      lines.append("\(sub) Bounds")
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
      lines.append("\(sub) Normalisation")
      lines.append("")
      for note in report.normalisation {
        lines.append("- `\(escape(note.column))`: \(escape(note.summary))")
      }
    }
    if !report.generalizations.isEmpty { lines.append(report.generalizationMarkdown()) }
    if !report.scenarios.isEmpty {
      lines.append("")
      lines.append(ScenarioSection.markdown(report.scenarios))
    }
    addUniqueness(report, to: &lines)
    for warning in report.warnings { lines.append("\n> warning: \(escape(warning.message))") }
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
