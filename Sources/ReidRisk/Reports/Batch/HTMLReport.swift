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
    html += "<p class=\"meta\">\(Self.escape(Self.subtitle(batch)))</p>\n"
    html += Self.provenance(batch) + "</header>\n"
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
    var counts = ["\(summary.passed) passed", "\(summary.failed) failed"]
    if summary.notAssessed > 0 { counts.append("\(summary.notAssessed) not assessed") }
    counts.append("\(summary.errors) could not be read")
    if summary.unmatched > 0 { counts.append("\(summary.unmatched) matched no rule") }
    parts.append(counts.joined(separator: ", "))
    return parts.joined(separator: " · ")
  }

  /// The block a filed report needs to be checked against the files: the tool and its
  /// version, the date, and for each file its size in bytes, the records read and its SHA-256.
  static func provenance(_ batch: BatchReport) -> String {
    var html = "<dl class=\"provenance\">"
    html += "<dt>tool</dt><dd>reidrisk \(escape(batch.toolVersion ?? Project.version))</dd>"
    if let generated = batch.generated {
      html += "<dt>date</dt><dd>\(escape(generated))</dd>"
    }
    if let policy = batch.policy { html += "<dt>policy</dt><dd>\(escape(policy))</dd>" }
    html += "</dl>\n"
    html +=
      "<table class=\"inputs\"><thead><tr><th>file</th><th class=\"n\">bytes</th>"
      + "<th class=\"n\">records read</th><th>SHA-256</th></tr></thead><tbody>\n"
    for file in batch.files {
      let records = file.results.first.map { report in
        Formatting.count(
          report.report.records + report.report.recordsExcluded + report.report.recordsSkipped)
      }
      html +=
        "<tr><td>\(escape(file.file))</td>"
        + "<td class=\"n\">\(file.input.map { Formatting.count($0.bytes) } ?? "–")</td>"
        + "<td class=\"n\">\(records ?? "–")</td>"
        + "<td><code class=\"digest\">\(file.input.map(\.sha256) ?? "–")</code></td></tr>\n"
    }
    return html + "</tbody></table>\n"
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
        let broken = result.brokenBounds.map(\.key).reduce(into: [String]()) {
          if !$0.contains($1) { $0.append($1) }
        }
        let failed =
          broken.isEmpty
          ? "" : " " + broken.map { "<code>\(Self.escape($0))</code>" }.joined(separator: ", ")
        html +=
          "<tr><td>\(link)</td><td>\(Self.escape(result.rule?.name ?? "–"))</td>"
          + "<td>\(Self.escape(report.quasiIdentifiers.joined(separator: ", ")))</td>"
          + "<td class=\"n\">\(Formatting.count(report.records))</td><td class=\"n\">\(Formatting.count(report.k))</td>"
          + "<td class=\"n\">\(Formatting.percent(report.sampleUniques.fraction))</td>"
          + "<td class=\"n\">\(Formatting.percent(report.prosecutor.recordsAtRiskFraction))</td>"
          + "<td>\(Self.badge(report.bounds.isEmpty ? .notAssessed : report.isWithinBounds ? .pass : .fail))"
          + "\(failed)</td></tr>\n"
      }
    }
    return html + "</tbody></table></section>\n"
  }

  static func badge(_ status: FileResult.Status) -> String {
    switch status {
    case .pass: return "<span class=\"badge pass\">pass</span>"
    case .fail: return "<span class=\"badge fail\">fail</span>"
    case .error: return "<span class=\"badge fail\">error</span>"
    case .unmatched: return "<span class=\"badge none\">skipped</span>"
    case .notAssessed:
      return
        "<span class=\"badge none\" title=\"no bound was set for this file\">not assessed</span>"
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
