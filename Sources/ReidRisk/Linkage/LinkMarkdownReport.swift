/// Renders a linkage as Markdown. File and column names are escaped so they cannot inject markup.
public enum LinkMarkdownReport {
  public static func render(_ report: LinkReport) -> String {
    let escape = MarkdownReport.escape
    var lines = ["## \(escape(report.file)) linked with \(escape(report.outsideFile))", ""]
    lines.append("Joined on: " + report.link.on.map(escape).joined(separator: ", "))
    for section in report.sections {
      let file = section.title == "export" ? report.file : report.outsideFile
      lines += [
        "", "### \(section.title == "export" ? "Export" : "Outside") (\(escape(file)))", "",
      ]
      lines += ["| figure | value | meaning |", "| --- | ---: | --- |"]
      for figure in section.figures {
        let name = figure.name.hasPrefix("  ") ? "… " + figure.name.dropFirst(2) : figure.name
        lines.append("| \(escape(String(name))) | \(figure.value) | \(escape(figure.meaning)) |")
      }
    }
    lines += [
      "", "### Join columns", "", "| columns | pairing and normalisation |", "| --- | --- |",
    ]
    for join in report.joinLines { lines.append("| \(escape(join.pair)) | \(escape(join.how)) |") }
    if !report.bounds.isEmpty {
      lines += [
        "", "### Bounds", "", "| bound | option | found | result |", "| --- | --- | ---: | --- |",
      ]
      for check in report.bounds {
        lines.append(
          "| \(escape(check.rule)) | `\(check.option)` | \(Formatting.ratio(check.value)) | "
            + (check.holds ? "pass" : "**fail**") + " |")
      }
    }
    for warning in report.warnings { lines.append("\n> warning: \(escape(warning))") }
    return lines.joined(separator: "\n") + "\n"
  }
}
