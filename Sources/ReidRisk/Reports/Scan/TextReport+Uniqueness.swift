extension TextReport {
  /// Adds the MSU and attribute-risk sections to `lines`: right after the heading line when
  /// the MSU section leads (`scan` without `--qi`), else at the end.
  func addUniqueness(_ report: ScanReport, to lines: inout [String]) {
    let section = uniquenessLines(report)
    guard !section.isEmpty else { return }
    if report.msu?.leads == true && !lines.isEmpty {
      lines.insert(contentsOf: section, at: 1)
    } else {
      lines += section
    }
  }

  /// The sections, each line a figure or a row, none showing a value from the file.
  func uniquenessLines(_ report: ScanReport) -> [String] {
    let terminal = TerminalStyle(useColor: useColor)
    let safe = Formatting.terminalSafe
    var lines: [String] = []
    if report.msu != nil {
      lines.append("")
      lines.append(
        terminal.bold(ScanReport.uniquenessTitle)
          + terminal.dim("  (\(safe(report.uniquenessAssumption)))"))
      let figures = report.minimalUniqueFigures
      let nameWidth = figures.map(\.name.count).max() ?? 0
      let valueWidth = figures.map(\.value.count).max() ?? 0
      for figure in figures {
        lines.append(
          "  " + terminal.pad(figure.name, nameWidth) + "  "
            + terminal.pad(figure.value, valueWidth, right: true) + "  "
            + terminal.dim(figure.meaning))
      }
      let columns = report.uniquenessColumns
      if !columns.isEmpty {
        lines.append(
          "  columns by contribution"
            + terminal.dim("  (share of the MSUs' SUDA weight in MSUs holding the column)"))
        let width = columns.map { safe($0.column).count }.max() ?? 0
        for column in columns {
          let bar = String(repeating: "█", count: max(1, Int((column.contribution * 30).rounded())))
          lines.append(
            "    " + terminal.pad(safe(column.column), width) + "  "
              + terminal.pad(Formatting.percent(column.contribution), 6, right: true) + "  "
              + terminal.pad(Formatting.count(column.msus), 10, right: true) + " MSUs  "
              + (column.contribution > 0 ? terminal.red(bar) : ""))
        }
      }
      let combinations = report.uniquenessCombinations(limit: ScanReport.uniquenessListLimit)
      if !combinations.isEmpty {
        lines.append(
          "  combinations that single people out"
            + terminal.dim("  (MSUs of 1 and 2 columns, by the records they are an MSU of)"))
        lines += combinations.map { "    " + safe($0) }
      }
      if let advice = report.uniquenessAdvice { lines.append("  " + safe(advice)) }
    }
    if let risks = report.attributeRisk, !risks.isEmpty {
      lines.append("")
      lines.append(
        terminal.bold(ScanReport.attributeRiskTitle)
          + terminal.dim("  (\(ScanReport.attributeRiskAssumption))"))
      let rows = report.attributeRiskRows(limit: ScanReport.uniquenessListLimit)
      let names = rows.map { safe($0.columns.joined(separator: " + ")) }
      let width = max(names.map(\.count).max() ?? 0, 7)
      lines.append(
        "  " + terminal.pad("columns", width) + "  " + terminal.pad("distinction", 11, right: true)
          + "  " + terminal.pad("separation", 10, right: true))
      for (row, name) in zip(rows, names) {
        lines.append(
          "  " + terminal.pad(name, width) + "  "
            + terminal.pad(ScanReport.share(row.distinction), 11, right: true) + "  "
            + terminal.pad(ScanReport.share(row.separation), 10, right: true))
      }
      if risks.count > rows.count {
        lines.append(
          terminal.dim(
            "  … \(Formatting.count(risks.count - rows.count)) more sets in the JSON report"))
      }
      lines.append("  " + terminal.dim(ScanReport.distinctionMeaning))
      lines.append("  " + terminal.dim(ScanReport.separationMeaning))
    }
    return lines
  }
}
