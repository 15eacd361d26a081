extension MarkdownReport {
  /// Adds the MSU and attribute-risk sections to `lines`: after the heading and the
  /// quasi-identifiers (the first 4 lines) when the MSU section leads, else at the end.
  static func addUniqueness(_ report: ScanReport, to lines: inout [String]) {
    let section = uniquenessLines(report)
    guard !section.isEmpty else { return }
    if report.msu?.leads == true && lines.count >= 4 {
      lines.insert(contentsOf: section, at: 4)
    } else {
      lines += [""] + section
    }
  }

  static func uniquenessLines(_ report: ScanReport) -> [String] {
    var lines: [String] = []
    if report.msu != nil {
      lines += ["### Which columns single people out", ""]
      lines += ["_\(escape(report.uniquenessAssumption))_", ""]
      lines += ["| figure | value | meaning |", "| --- | ---: | --- |"]
      for figure in report.minimalUniqueFigures {
        lines.append(
          "| \(escape(figure.name.trimmingLeadingSpaces)) | \(escape(figure.value)) |"
            + " \(escape(figure.meaning)) |")
      }
      lines.append("")
      let columns = report.uniquenessColumns
      if !columns.isEmpty {
        lines += [
          "| column | contribution | MSUs holding it |", "| --- | ---: | ---: |",
        ]
        for column in columns {
          lines.append(
            "| `\(escape(column.column))` | \(Formatting.percent(column.contribution)) |"
              + " \(Formatting.count(column.msus)) |")
        }
        lines += [
          "", "Contribution: the share of the MSUs' SUDA weight in MSUs that hold the column.", "",
        ]
      }
      let combinations = report.uniquenessCombinations(limit: ScanReport.uniquenessListLimit)
      if !combinations.isEmpty {
        lines += ["Combinations that single people out (MSUs of 1 and 2 columns):", ""]
        lines += combinations.map { "- \(escape($0))" }
        lines.append("")
      }
      if let advice = report.uniquenessAdvice { lines += ["**\(escape(advice))**", ""] }
    }
    if let risks = report.attributeRisk, !risks.isEmpty {
      lines += ["### Attribute risk", "", "_\(escape(ScanReport.attributeRiskAssumption))_", ""]
      lines += ["| columns | distinction | separation |", "| --- | ---: | ---: |"]
      let rows = report.attributeRiskRows(limit: ScanReport.uniquenessListLimit)
      for row in rows {
        lines.append(
          "| \(escape(row.columns.joined(separator: " + "))) |"
            + " \(ScanReport.share(row.distinction)) |"
            + " \(ScanReport.share(row.separation)) |")
      }
      if risks.count > rows.count {
        lines += [
          "", "… \(Formatting.count(risks.count - rows.count)) more sets in the JSON report.",
        ]
      }
      lines += [
        "", escape(ScanReport.distinctionMeaning) + "; " + escape(ScanReport.separationMeaning),
        "",
      ]
    }
    return lines
  }
}

extension String {
  fileprivate var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
