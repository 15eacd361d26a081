extension HTMLReport {
  /// The MSU section of a file: its figures, a chart of the columns' contributions, the
  /// combinations that single people out, the advice, and the attribute risk of the most
  /// distinguishing sets. Column names only: no value from the file.
  func uniquenessSection(_ report: ScanReport) -> String {
    var html = ""
    if report.msu != nil {
      html +=
        "<h4>Which columns single people out</h4>\n<p class=\"muted\">"
        + Self.escape(report.uniquenessAssumption) + ".</p>\n"
      html +=
        "<table class=\"figures\"><thead><tr><th>figure</th><th class=\"n\">value</th>"
        + "<th>meaning</th></tr></thead><tbody>\n"
      for figure in report.minimalUniqueFigures {
        html +=
          "<tr><td>\(Self.escape(figure.name))</td><td class=\"n\">\(Self.escape(figure.value))</td>"
          + "<td>\(Self.escape(figure.meaning))</td></tr>\n"
      }
      html += "</tbody></table>\n"
      html += Self.contributionChart(report.uniquenessColumns)
      let combinations = report.uniquenessCombinations(limit: ScanReport.uniquenessListLimit)
      if !combinations.isEmpty {
        html += "<p>Combinations that single people out (MSUs of 1 and 2 columns):</p>\n<ul>\n"
        html += combinations.map { "<li>\(Self.escape($0))</li>\n" }.joined()
        html += "</ul>\n"
      }
      if let advice = report.uniquenessAdvice {
        html += "<p><strong>\(Self.escape(advice)).</strong></p>\n"
      }
    }
    if let risks = report.attributeRisk, !risks.isEmpty {
      let rows = report.attributeRiskRows(limit: ScanReport.uniquenessListLimit)
      html +=
        "<h4>Attribute risk</h4>\n<p class=\"muted\">"
        + Self.escape(ScanReport.attributeRiskAssumption) + "; "
        + Self.escape(ScanReport.distinctionMeaning) + "; "
        + Self.escape(ScanReport.separationMeaning) + ".</p>\n"
        + "<table class=\"figures\"><thead><tr><th>columns</th><th class=\"n\">distinction</th>"
        + "<th class=\"n\">separation</th></tr></thead><tbody>\n"
      for row in rows {
        html +=
          "<tr><td>\(Self.escape(row.columns.joined(separator: " + ")))</td>"
          + "<td class=\"n\">\(ScanReport.share(row.distinction))</td>"
          + "<td class=\"n\">\(ScanReport.share(row.separation))</td></tr>\n"
      }
      html += "</tbody></table>\n"
      if risks.count > rows.count {
        html +=
          "<p class=\"muted\">\(Formatting.count(risks.count - rows.count)) more sets in the"
          + " JSON report.</p>\n"
      }
    }
    return html
  }

  /// A horizontal bar per column, its length the column's contribution (0 to 100%), as
  /// inline SVG.
  static func contributionChart(_ columns: [MSUSummary.ColumnContribution]) -> String {
    guard !columns.isEmpty else { return "" }
    let rowHeight = 22
    let labelWidth = 150
    let plotWidth = 340
    let height = rowHeight * columns.count + 28
    let width = labelWidth + plotWidth + 70
    var svg =
      "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
      + " role=\"img\" aria-label=\"Contribution of each column to the MSUs\""
      + " xmlns=\"http://www.w3.org/2000/svg\"><title>Contribution of each column to the MSUs</title>"
    for (index, column) in columns.enumerated() {
      let y = 8 + index * rowHeight
      let length = Int((column.contribution * Double(plotWidth)).rounded())
      svg +=
        "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">"
        + "\(escape(column.column))</text>"
        + "<rect class=\"bad\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(max(length, 1))\""
        + " height=\"\(rowHeight - 8)\"></rect>"
        + "<text class=\"value\" x=\"\(labelWidth + max(length, 1) + 6)\" y=\"\(y + 14)\">"
        + "\(Formatting.percent(column.contribution))</text>"
    }
    let axis = 8 + columns.count * rowHeight
    svg +=
      "<line class=\"axis\" x1=\"\(labelWidth)\" y1=\"\(axis)\" x2=\"\(labelWidth + plotWidth)\""
      + " y2=\"\(axis)\"></line><text x=\"\(labelWidth)\" y=\"\(axis + 16)\">0%</text>"
      + "<text x=\"\(labelWidth + plotWidth)\" y=\"\(axis + 16)\" text-anchor=\"end\">100%</text>"
    svg += "</svg>"
    return
      "<figure>\(svg)<figcaption>"
      + escape(
        "Each column's contribution: the share of the MSUs' SUDA weight in the MSUs that hold"
          + " it. The shares add up to more than 100%, since an MSU holds several columns.")
      + "</figcaption></figure>\n"
  }
}
