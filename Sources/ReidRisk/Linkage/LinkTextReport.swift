/// Renders a linkage for a terminal: the export side, the outside side, the join columns and
/// their normalisation, the bounds. Colour only when asked; names from the input are made safe
/// for a terminal.
public struct LinkTextReport: Sendable {
  public var useColor: Bool

  public init(useColor: Bool) { self.useColor = useColor }

  public func render(_ report: LinkReport) -> String {
    let safe = Formatting.terminalSafe
    var lines: [String] = []
    lines.append(
      bold(safe(report.file)) + "  linked with  " + bold(safe(report.outsideFile)) + "  on "
        + report.link.on.map(safe).joined(separator: ", "))
    let sections = report.sections
    let nameWidth = sections.flatMap(\.figures).map(\.name.count).max() ?? 0
    let valueWidth = sections.flatMap(\.figures).map(\.value.count).max() ?? 0
    for section in sections {
      let file = section.title == "export" ? report.file : report.outsideFile
      lines.append("")
      lines.append(bold(section.title) + dim("  (\(safe(file)))"))
      for figure in section.figures {
        let value = pad(figure.value, valueWidth, right: true)
        let highlighted =
          figure.name == "re-identified" && report.link.reidentified > 0 ? red(value) : value
        lines.append(
          "  " + pad(figure.name, nameWidth) + "  " + highlighted + "  " + dim(safe(figure.meaning))
        )
      }
    }
    lines.append("")
    lines.append(
      bold("join columns")
        + dim(
          report.normalised
            ? "  (values normalised; --exact compares exact bytes)" : "  (exact bytes)"))
    let joins = report.joinLines
    let pairWidth = joins.map(\.pair.count).max() ?? 0
    for join in joins {
      lines.append("  " + pad(safe(join.pair), pairWidth) + "  " + dim(safe(join.how)))
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
