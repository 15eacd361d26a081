/// Renders column profiles for a terminal: one line per column, then the direct identifiers and
/// the suggested `--qi`. Names from the input are made safe for a terminal; no values are shown.
public struct ColumnsTextReport: Sendable {
  public var useColor: Bool

  public init(useColor: Bool) { self.useColor = useColor }

  private var terminal: TerminalStyle { TerminalStyle(useColor: useColor) }

  public func render(_ report: ColumnsReport) -> String {
    let safe = Formatting.terminalSafe
    var lines = [
      terminal.bold(safe(report.file)) + "  \(Formatting.count(report.columns.count)) columns,"
        + " \(Formatting.count(report.records)) records", "",
    ]
    let header = ["column", "type", "role", "distinct", "unique", "missing", "evidence"]
    let rows = report.columns.map { profile in
      [
        safe(profile.name), profile.type.rawValue.replacingUnderscores,
        profile.role.rawValue.replacingUnderscores,
        profile.approximate(Formatting.count(profile.distinct)),
        profile.approximate(Formatting.percent(profile.uniqueFraction)),
        Formatting.percent(profile.missingFraction), safe(profile.evidence),
      ]
    }
    let widths = (0..<header.count - 1).map { index in
      ([header] + rows).map { $0[index].count }.max() ?? 0
    }
    let right: Set<Int> = [3, 4, 5]
    func line(_ cells: [String], role: ColumnRole?) -> String {
      var text = "  "
      for index in widths.indices {
        let cell = terminal.pad(cells[index], widths[index], right: right.contains(index))
        text += (index == 2 ? colour(cell, role) : cell) + "  "
      }
      return text + terminal.dim(cells[header.count - 1])
    }
    lines.append(line(header, role: nil))
    for (profile, row) in zip(report.columns, rows) { lines.append(line(row, role: profile.role)) }
    if let note = report.estimateNote { lines.append(terminal.dim("  " + note)) }
    lines.append("")
    if report.directIdentifiers.isEmpty {
      lines.append("direct identifiers: none found")
    } else {
      lines.append(
        terminal.red("direct identifiers: ")
          + report.directIdentifiers.map(safe).joined(separator: ", ")
          + terminal.dim(
            " (every record is linkable through them: drop them, or replace them with random ids)"))
    }
    if report.suggestedQuasiIdentifiers.isEmpty {
      lines.append("suggested quasi-identifiers: none found; choose --qi by hand")
    } else {
      lines.append(
        "suggested: "
          + terminal.bold(
            "--qi " + report.suggestedQuasiIdentifiers.map(safe).joined(separator: ",")))
    }
    for warning in report.warnings {
      lines.append("\n" + terminal.yellow("warning: ") + safe(warning))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func colour(_ text: String, _ role: ColumnRole?) -> String {
    switch role {
    case .directIdentifier: return terminal.red(text)
    case .quasiIdentifier: return terminal.yellow(text)
    default: return text
    }
  }

}

extension String {
  /// "direct_identifier" → "direct identifier".
  fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
