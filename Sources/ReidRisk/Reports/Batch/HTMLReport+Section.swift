/// The section of the HTML report for one file.
extension HTMLReport {
  func section(_ file: FileResult, number: Int, policy: String?) -> String {
    var html =
      "<section class=\"file\" id=\"file-\(number)\">\n<h2>\(Self.escape(file.file)) \(Self.badge(file.status))</h2>\n"
    if let error = file.error {
      return html + "<p class=\"error\">\(Self.escape(error))</p>\n</section>\n"
    }
    if file.results.isEmpty {
      return html
        + "<p class=\"muted\">No rule of \(Self.escape(policy ?? "the policy")) matches this file.</p>\n</section>\n"
    }
    for result in file.results { html += ruleSection(result, policy: policy) }
    return html + "</section>\n"
  }

  private func ruleSection(_ result: RuleResult, policy: String?) -> String {
    let report = result.report
    var html = "<div class=\"rule\">\n"
    if let rule = result.rule {
      html +=
        "<h3>Rule “\(Self.escape(rule.name))” <span class=\"muted\">(\(Self.escape(rule.policy ?? policy ?? "policy")), line \(rule.line))</span></h3>\n"
    }
    html +=
      "<p>Quasi-identifiers: "
      + report.quasiIdentifiers.map { "<code>\(Self.escape($0))</code>" }.joined(separator: ", ")
      + ". An attacker who knows these columns for a person looks for the records that share them.</p>\n"
    html +=
      "<div class=\"charts\">\n" + HTMLCharts.classSizes(report) + HTMLCharts.recordRisk(report)
      + "</div>\n"
    html +=
      "<table class=\"figures\"><thead><tr><th>figure</th><th class=\"n\">value</th><th>meaning</th></tr></thead><tbody>\n"
    for figure in report.figures {
      html +=
        "<tr><td>\(Self.escape(figure.name))</td><td class=\"n\">\(Self.escape(figure.value))</td>"
        + "<td>\(Self.escape(figure.meaning))</td></tr>\n"
    }
    html += "</tbody></table>\n"
    html += report.generalizationHTML()
    html += uniquenessSection(report)
    html += bounds(report, policy: policy)
    html += flagged(result)
    html += result.suggestion.map(SuggestionSection.html) ?? ""
    for warning in report.warnings {
      html += "<p class=\"warning\">warning: \(Self.escape(warning.message))</p>\n"
    }
    return html + "</div>\n"
  }

  private func bounds(_ report: ScanReport, policy: String?) -> String {
    guard !report.bounds.isEmpty else {
      return "<h4>Bounds</h4><p class=\"muted\">Not assessed: no bound was set for this file, so"
        + " nothing says whether these figures are acceptable. Add bounds (min_k, max_uniques, ...)"
        + " to the rule to judge it.</p>\n"
    }
    var html =
      "<h4>Bounds</h4><table class=\"bounds\"><thead><tr><th>bound</th><th>rule</th>"
      + "<th class=\"n\">found</th><th>result</th></tr></thead><tbody>\n"
    for check in report.bounds {
      html +=
        "<tr><td><code>\(Self.escape(check.option))</code></td><td>\(Self.escape(check.rule))</td>"
        + "<td class=\"n\">\(Formatting.ratio(check.value))</td><td>\(Self.badge(check.holds ? .pass : .fail))</td></tr>\n"
    }
    return html + "</tbody></table>\n"
  }

  /// The flagged records as counts per reason, and with `showValues` the sample with values.
  private func flagged(_ result: RuleResult) -> String {
    let report = result.report
    let k = report.flagged.k
    var html = "<h4>Flagged records</h4>\n"
    let rows = report.classSizeHistogram.filter { $0.size < k }
    guard report.flagged.records > 0 else {
      return html + "<p>No record is in a class smaller than \(k).</p>\n"
    }
    html +=
      "<table class=\"reasons\"><thead><tr><th>reason</th><th class=\"n\">classes</th>"
      + "<th class=\"n\">records</th></tr></thead><tbody>\n"
    for bin in rows {
      let reason = Finding.reason(size: bin.size, k: k, columns: report.quasiIdentifiers)
      html +=
        "<tr><td>\(Self.escape(reason))</td><td class=\"n\">\(Formatting.count(bin.classes))</td>"
        + "<td class=\"n\">\(Formatting.count(bin.records))</td></tr>\n"
    }
    if report.recordsFlaggedBeyondK > 0 {
      html +=
        "<tr><td>in a class that falls short of l or t on a sensitive column</td><td></td>"
        + "<td class=\"n\">\(Formatting.count(report.recordsFlaggedBeyondK))</td></tr>\n"
    }
    html +=
      "</tbody></table>\n<p class=\"muted\">\(Formatting.count(report.flagged.records)) records flagged in all;"
      + " <code>reidrisk scan --flags FILE</code> lists them by record and line.</p>\n"
    if showValues, let sample = result.flaggedSample, !sample.isEmpty {
      html +=
        "<details><summary>The first \(sample.count) flagged records, with their values</summary>\n"
        + "<table class=\"values\"><thead><tr><th class=\"n\">record</th><th class=\"n\">line</th><th class=\"n\">class size</th>"
        + report.quasiIdentifiers.map { "<th>\(Self.escape($0))</th>" }.joined()
        + "</tr></thead><tbody>\n"
      for finding in sample {
        html +=
          "<tr><td class=\"n\">\(finding.record)</td><td class=\"n\">\(finding.line)</td><td class=\"n\">\(finding.classSize)</td>"
          + (finding.values ?? []).map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>\n"
      }
      html += "</tbody></table></details>\n"
    }
    return html
  }
}
