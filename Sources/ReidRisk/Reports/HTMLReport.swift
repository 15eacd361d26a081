/// Renders a batch as one self-contained HTML page a data-protection officer can read and
/// file: a summary table of all files, a section per file (figures with their meaning, charts
/// of the class-size distribution and of record risk, the bounds, the flagged records as counts
/// per reason) and a methods section with the formulas.
///
/// Self-contained: the style sheet is inline, the charts are inline SVG, there is no script and
/// no font or image is fetched. Every string that came from the input (file, column and rule
/// names, messages, values) goes through `escape`. Quasi-identifier values appear only when
/// `showValues` is set, and then only for the sample the batch holds.
public struct HTMLReport: Sendable {
  public var showValues: Bool

  public init(showValues: Bool = false) { self.showValues = showValues }

  public func render(_ batch: BatchReport) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>Re-identification risk report</title>
      <style>\(Self.styleSheet)</style>
      </head>
      <body>
      <header>
      <h1>Re-identification risk report</h1>

      """
    html += "<p class=\"meta\">\(Self.escape(Self.subtitle(batch)))</p>\n</header>\n"
    html += summaryTable(batch)
    for (index, file) in batch.files.enumerated() {
      html += section(file, number: index + 1, policy: batch.policy)
    }
    html += HTMLMethods.section
    html +=
      "<footer>Made by reidrisk. Counts, record numbers and column names only"
      + (showValues
        ? "; this report shows quasi-identifier values: treat it as personal data."
        : "; no values from the files.")
      + "</footer>\n</body>\n</html>\n"
    return html
  }

  static func subtitle(_ batch: BatchReport) -> String {
    let summary = batch.summary
    var parts = [summary.files == 1 ? "1 file" : "\(summary.files) files"]
    if let policy = batch.policy { parts.append("policy \(policy)") }
    if let generated = batch.generated { parts.append("made \(generated)") }
    parts.append(
      "\(summary.passed) passed, \(summary.failed) failed, \(summary.errors) could not be read")
    return parts.joined(separator: " · ")
  }

  private func summaryTable(_ batch: BatchReport) -> String {
    var html =
      "<section id=\"summary\"><h2>Summary</h2>\n<table class=\"summary\"><thead><tr>"
      + "<th>file</th><th>rule</th><th>quasi-identifiers</th><th class=\"n\">records</th><th class=\"n\">k</th>"
      + "<th class=\"n\">sample uniques</th><th class=\"n\">records at risk</th><th>result</th></tr></thead><tbody>\n"
    for (index, file) in batch.files.enumerated() {
      let link = "<a href=\"#file-\(index + 1)\">\(Self.escape(file.file))</a>"
      if file.results.isEmpty {
        let text = file.status == .error ? "could not be read" : "no rule matches"
        html +=
          "<tr><td>\(link)</td><td colspan=\"6\" class=\"muted\">\(text)</td>"
          + "<td>\(Self.badge(file.status))</td></tr>\n"
      }
      for result in file.results {
        let report = result.report
        html +=
          "<tr><td>\(link)</td><td>\(Self.escape(result.rule?.name ?? "–"))</td>"
          + "<td>\(Self.escape(report.quasiIdentifiers.joined(separator: ", ")))</td>"
          + "<td class=\"n\">\(Formatting.count(report.records))</td><td class=\"n\">\(Formatting.count(report.k))</td>"
          + "<td class=\"n\">\(Formatting.percent(report.sampleUniques.fraction))</td>"
          + "<td class=\"n\">\(Formatting.percent(report.prosecutor.recordsAtRiskFraction))</td>"
          + "<td>\(Self.badge(report.bounds.isEmpty ? nil : report.isWithinBounds ? .pass : .fail))</td></tr>\n"
      }
    }
    return html + "</tbody></table></section>\n"
  }

  static func badge(_ status: FileResult.Status?) -> String {
    switch status {
    case .pass: return "<span class=\"badge pass\">pass</span>"
    case .fail: return "<span class=\"badge fail\">fail</span>"
    case .error: return "<span class=\"badge fail\">error</span>"
    case .unmatched: return "<span class=\"badge none\">skipped</span>"
    case nil: return "<span class=\"badge none\">no bounds</span>"
    }
  }

  /// Text made safe inside HTML elements and quoted attributes: `&`, `<`, `>`, `"` and `'`
  /// become entities; control characters become visible `\u{…}` escapes.
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in Formatting.terminalSafe(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
