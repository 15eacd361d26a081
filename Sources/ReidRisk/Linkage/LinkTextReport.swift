/// Renders a linkage for a terminal: the export side, the outside side, the join columns and
/// their normalisation, the bounds. Colour only when asked; names from the input are made safe
/// for a terminal.
public struct LinkTextReport: Sendable {
  public var useColor: Bool

  public init(useColor: Bool) { self.useColor = useColor }

  private var terminal: TerminalStyle { TerminalStyle(useColor: useColor) }

  public func render(_ report: LinkReport) -> String {
    let safe = Formatting.terminalSafe
    var lines: [String] = []
    lines.append(
      terminal.bold(safe(report.file)) + "  linked with  " + terminal.bold(safe(report.outsideFile))
        + "  on "
        + report.link.on.map(safe).joined(separator: ", "))
    let sections = report.sections
    let nameWidth = sections.flatMap(\.figures).map(\.name.count).max() ?? 0
    let valueWidth = sections.flatMap(\.figures).map(\.value.count).max() ?? 0
    for section in sections {
      let file = section.title == "export" ? report.file : report.outsideFile
      lines.append("")
      lines.append(terminal.bold(section.title) + terminal.dim("  (\(safe(file)))"))
      for figure in section.figures {
        let value = terminal.pad(figure.value, valueWidth, right: true)
        let highlighted =
          figure.name == "re-identified" && report.link.reidentified > 0
          ? terminal.red(value) : value
        lines.append(
          "  " + terminal.pad(figure.name, nameWidth) + "  " + highlighted + "  "
            + terminal.dim(safe(figure.meaning))
        )
      }
    }
    lines.append("")
    lines.append(
      terminal.bold("join columns")
        + terminal.dim(
          report.normalised
            ? "  (values normalised; --exact compares exact bytes)" : "  (exact bytes)"))
    let joins = report.joinLines
    let pairWidth = joins.map(\.pair.count).max() ?? 0
    for join in joins {
      lines.append(
        "  " + terminal.pad(safe(join.pair), pairWidth) + "  " + terminal.dim(safe(join.how)))
    }
    for warning in report.warnings {
      lines.append("\n" + terminal.yellow("warning: ") + safe(warning))
    }
    lines += terminal.bounds(report.bounds)
    return lines.joined(separator: "\n") + "\n"
  }

}
