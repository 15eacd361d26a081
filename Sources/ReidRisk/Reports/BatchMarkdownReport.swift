/// Renders a batch as Markdown for wikis and tickets: a summary table, then each file's scan
/// report as `MarkdownReport` draws it, and the files that could not be read.
public enum BatchMarkdownReport {
  public static func render(_ batch: BatchReport) -> String {
    let escape = MarkdownReport.escape
    var lines = ["# Re-identification risk report", "", escape(HTMLReport.subtitle(batch)), ""]
    lines.append("| file | rule | records | k | sample uniques | records at risk | result |")
    lines.append("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for file in batch.files {
      if file.results.isEmpty {
        lines.append(
          "| \(escape(file.file)) | | | | | | \(file.status == .error ? "**error**" : "skipped") |")
      }
      for result in file.results {
        let report = result.report
        let verdict =
          report.bounds.isEmpty ? "no bounds" : report.isWithinBounds ? "pass" : "**fail**"
        lines.append(
          "| \(escape(file.file)) | \(escape(result.rule?.name ?? "")) | \(Formatting.count(report.records))"
            + " | \(Formatting.count(report.k)) | \(Formatting.percent(report.sampleUniques.fraction))"
            + " | \(Formatting.percent(report.prosecutor.recordsAtRiskFraction)) | \(verdict) |")
      }
    }
    for file in batch.files {
      lines.append("")
      if let error = file.error {
        lines += ["## \(escape(file.file))", "", "> error: \(escape(error))"]
        continue
      }
      for result in file.results {
        if let rule = result.rule {
          lines.append(
            "_Rule “\(escape(rule.name))”, \(escape(batch.policy ?? "policy")) line \(rule.line):_")
          lines.append("")
        }
        lines.append(MarkdownReport.render(result.report))
        if let suggestion = result.suggestion {
          lines.append(SuggestionSection.markdown(suggestion, heading: "###"))
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
