/// Renders a scan for a terminal: a summary, the figures with their meaning, the class-size
/// histogram and the bounds. Colour only when asked (the CLI asks on a TTY without NO_COLOR).
public struct TextReport: Sendable {
  public var useColor: Bool

  public init(useColor: Bool) { self.useColor = useColor }

  public func render(_ report: ScanReport) -> String {
    let safe = Formatting.terminalSafe
    var lines: [String] = []
    lines.append(
      bold("\(safe(report.file))") + "  quasi-identifiers: "
        + report.quasiIdentifiers.map(safe).joined(separator: ", "))
    let figures = report.figures
    let nameWidth = figures.map(\.name.count).max() ?? 0
    let valueWidth = figures.map(\.value.count).max() ?? 0
    for section in report.sections {
      lines.append("")
      lines.append(bold(safe(section.title)) + dim("  (\(safe(section.assumption)))"))
      for figure in section.figures {
        lines.append(
          "  " + pad(safe(figure.name), nameWidth) + "  "
            + pad(figure.value, valueWidth, right: true)
            + "  " + dim(safe(figure.meaning)))
      }
    }
    lines.append("")
    lines.append(
      bold("class sizes") + dim("  (how many classes have each size, and their records)"))
    let rows = Formatting.displayBins(report.classSizeHistogram)
    let total = max(report.records, 1)
    lines.append(
      "  " + pad("size", 9) + pad("classes", 10, right: true) + pad("records", 11, right: true))
    for row in rows {
      let bar = String(repeating: "█", count: max(1, row.records * 30 / total))
      let barText =
        row.label == "1" || row.label == "2" || row.label == "3" || row.label == "4"
        ? red(bar) : bar
      lines.append(
        "  " + pad(row.label, 9) + pad(Formatting.count(row.classes), 10, right: true)
          + pad(Formatting.count(row.records), 11, right: true) + "  " + barText)
    }
    if !report.normalisation.isEmpty {
      lines.append("")
      lines.append(bold("normalisation") + dim("  (values compared as a linking attacker would)"))
      for note in report.normalisation {
        lines.append("  \(safe(note.column)): \(safe(note.summary))")
      }
    }
    if !report.scenarios.isEmpty {
      lines.append("")
      lines.append(ScenarioSection.text(report.scenarios).trimmingTrailingNewline)
    }
    for warning in report.warnings { lines.append("\n" + yellow("warning: ") + safe(warning)) }
    if !report.bounds.isEmpty {
      lines.append("")
      lines.append(bold("bounds"))
      for check in report.bounds {
        let mark = check.holds ? green("pass") : red("FAIL")
        lines.append(
          "  \(mark)  \(check.rule) (\(check.option)): found \(Formatting.ratio(check.value))")
      }
      lines.append(report.isWithinBounds ? green("within bounds") : red("bounds broken"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
  }

  private func style(_ text: String, _ code: String) -> String {
    useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
  private func bold(_ text: String) -> String { style(text, "1") }
  private func dim(_ text: String) -> String { style(text, "2") }
  private func red(_ text: String) -> String { style(text, "31") }
  private func green(_ text: String) -> String { style(text, "32") }
  private func yellow(_ text: String) -> String { style(text, "33") }
}

extension String {
  fileprivate var trimmingTrailingNewline: String {
    hasSuffix("\n") ? String(dropLast()) : self
  }
}
