/// Renders a scan for a terminal: a summary, the figures with their meaning, the class-size
/// histogram and the bounds. Colour only when asked (the CLI asks on a TTY without NO_COLOR).
public struct TextReport: Sendable {
  public var useColor: Bool

  public init(useColor: Bool) { self.useColor = useColor }

  private var terminal: TerminalStyle { TerminalStyle(useColor: useColor) }

  public func render(_ report: ScanReport) -> String {
    let safe = Formatting.terminalSafe
    var lines: [String] = []
    lines.append(
      terminal.bold("\(safe(report.file))") + "  quasi-identifiers: "
        + report.quasiIdentifiers.map(safe).joined(separator: ", "))
    let figures = report.figures
    let nameWidth = figures.map(\.name.count).max() ?? 0
    let valueWidth = figures.map(\.value.count).max() ?? 0
    for section in report.sections {
      lines.append("")
      lines.append(
        terminal.bold(safe(section.title)) + terminal.dim("  (\(safe(section.assumption)))"))
      for figure in section.figures {
        lines.append(
          "  " + terminal.pad(safe(figure.name), nameWidth) + "  "
            + terminal.pad(figure.value, valueWidth, right: true)
            + "  " + terminal.dim(safe(figure.meaning)))
      }
    }
    lines.append("")
    lines.append(
      terminal.bold("class sizes")
        + terminal.dim("  (how many classes have each size, and their records)"))
    let rows = Formatting.displayBins(report.classSizeHistogram)
    let total = max(report.records, 1)
    lines.append(
      "  " + terminal.pad("size", 9) + terminal.pad("classes", 10, right: true)
        + terminal.pad("records", 11, right: true))
    for row in rows {
      let bar = String(repeating: "█", count: max(1, row.records * 30 / total))
      let barText =
        row.label == "1" || row.label == "2" || row.label == "3" || row.label == "4"
        ? terminal.red(bar) : bar
      lines.append(
        "  " + terminal.pad(row.label, 9)
          + terminal.pad(Formatting.count(row.classes), 10, right: true)
          + terminal.pad(Formatting.count(row.records), 11, right: true) + "  " + barText)
    }
    if !report.normalisation.isEmpty {
      lines.append("")
      lines.append(
        terminal.bold("normalisation")
          + terminal.dim("  (values compared as a linking attacker would)"))
      for note in report.normalisation {
        lines.append("  \(safe(note.column)): \(safe(note.summary))")
      }
    }
    if !report.scenarios.isEmpty {
      lines.append("")
      lines.append(ScenarioSection.text(report.scenarios).trimmingTrailingNewline)
    }
    addUniqueness(report, to: &lines)
    for warning in report.warnings {
      lines.append("\n" + terminal.yellow("warning: ") + safe(warning))
    }
    lines += terminal.bounds(report.bounds)
    return lines.joined(separator: "\n") + "\n"
  }

}

extension String {
  fileprivate var trimmingTrailingNewline: String {
    hasSuffix("\n") ? String(dropLast()) : self
  }
}
