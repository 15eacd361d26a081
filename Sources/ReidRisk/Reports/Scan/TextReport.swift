/// Renders a scan for a terminal: a summary, the figures with their meaning, the class-size
/// histogram and the bounds. Colour only when asked (`--color`, or a TTY without NO_COLOR).
///
/// With a `width` (the terminal's), no line is wider: a figure's meaning wraps with its
/// continuation lines under the meaning column, other long lines wrap with a hanging indent.
/// Without one (output piped or to a file), lines are not wrapped.
public struct TextReport: Sendable {
  public var useColor: Bool
  /// The terminal's width in columns, or nil not to wrap.
  public var width: Int?

  public init(useColor: Bool, width: Int? = nil) {
    self.useColor = useColor
    self.width = width
  }

  private var terminal: TerminalStyle { TerminalStyle(useColor: useColor) }

  public func render(_ report: ScanReport) -> String {
    let safe = Formatting.terminalSafe
    var lines: [String] = []
    let title = "\(safe(report.file))  quasi-identifiers: "
    let wrappedTitle = TextWrapping.hanging(
      title + report.quasiIdentifiers.map(safe).joined(separator: ", "), width: width, indent: 2)
    lines.append(
      terminal.bold(safe(report.file)) + String(wrappedTitle.dropFirst(safe(report.file).count)))
    let figures = report.figures
    let nameWidth = figures.map(\.name.count).max() ?? 0
    let valueWidth = figures.map(\.value.count).max() ?? 0
    for section in report.sections {
      lines.append("")
      let assumption = TextWrapping.hanging(
        safe(section.title) + "  (\(safe(section.assumption)))", width: width, indent: 2)
      lines.append(
        terminal.bold(safe(section.title))
          + terminal.dim(String(assumption.dropFirst(safe(section.title).count))))
      let column = 2 + nameWidth + 2 + valueWidth + 2
      // a meaning column narrower than 24 wraps too often: the meaning goes below instead
      let meaningWidth = width.map { $0 - column }
      for figure in section.figures {
        let start =
          "  " + terminal.pad(safe(figure.name), nameWidth) + "  "
          + terminal.pad(figure.value, valueWidth, right: true)
        if let meaningWidth, meaningWidth < 24, let width {
          lines.append(start)
          for line in TextWrapping.lines(safe(figure.meaning), width: width - 6) {
            lines.append("      " + terminal.dim(line))
          }
          continue
        }
        let meaning = TextWrapping.lines(safe(figure.meaning), width: meaningWidth)
        lines.append(start + "  " + terminal.dim(meaning[0]))
        for line in meaning.dropFirst() {
          lines.append(String(repeating: " ", count: column) + terminal.dim(line))
        }
      }
    }
    lines.append("")
    let sizes = TextWrapping.hanging(
      "class sizes  (how many classes have each size, and their records)", width: width,
      indent: 2)
    lines.append(terminal.bold("class sizes") + terminal.dim(String(sizes.dropFirst(11))))
    let rows = report.classSizeRows
    let total = max(report.records, 1)
    lines.append(
      "  " + terminal.pad("size", 9) + terminal.pad("classes", 10, right: true)
        + terminal.pad("records", 11, right: true))
    for row in rows {
      // the bar's share of records in classes smaller than k in red
      let length = max(1, min(30, row.records * 30 / total))
      let red = row.isBelowK ? length : row.recordsBelowK * length / max(row.records, 1)
      let barText =
        terminal.red(String(repeating: "█", count: red))
        + String(repeating: "█", count: length - red)
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
        lines.append(
          "  "
            + TextWrapping.hanging(
              "\(safe(note.column)): \(safe(note.summary))", width: width.map { $0 - 2 }, indent: 2
            ).replacingNewlines(with: "\n  "))
      }
    }
    lines += report.generalizationText(terminal)
    if !report.scenarios.isEmpty {
      lines.append("")
      lines.append(ScenarioSection.text(report.scenarios).trimmingTrailingNewline)
    }
    addUniqueness(report, to: &lines)
    for warning in report.warnings {
      let wrapped = TextWrapping.hanging(
        "warning: " + safe(warning.message), width: width, indent: 2)
      lines.append("\n" + terminal.yellow("warning: ") + wrapped.dropFirst(9))
    }
    lines += terminal.bounds(report.bounds).map {
      TextWrapping.hanging($0, width: width, indent: 8)
    }
    return lines.joined(separator: "\n") + "\n"
  }

}

extension String {
  fileprivate var trimmingTrailingNewline: String {
    hasSuffix("\n") ? String(dropLast()) : self
  }

  fileprivate func replacingNewlines(with replacement: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
