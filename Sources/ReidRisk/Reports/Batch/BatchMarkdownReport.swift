/// Renders a batch as Markdown for wikis and tickets: a summary table, then each file's scan
/// report as `MarkdownReport` draws it, and the files that could not be read.
public struct BatchMarkdownReport: ReportRenderer {
  public init() {}

  public func render(_ report: BatchReport) -> String { Self.render(report) }

  public static func render(_ batch: BatchReport) -> String {
    let escape = MarkdownReport.escape
    var lines = ["# Re-identification risk report", "", escape(HTMLReport.subtitle(batch))]
    lines.append("")
    lines.append("Made by reidrisk \(escape(batch.toolVersion ?? Project.version)).")
    lines.append("")
    lines.append("| file | rule | records | k | sample uniques | records at risk | result |")
    lines.append("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for file in batch.files {
      if file.results.isEmpty {
        lines.append(
          "| \(escape(file.file)) | | | | | | \(file.status == .error ? "**error**" : "skipped") |")
      }
      for result in file.results {
        let report = result.report
        let broken = result.brokenBounds.map { "`\($0.key)`" }.reduce(into: [String]()) {
          if !$0.contains($1) { $0.append($1) }
        }
        let verdict =
          report.bounds.isEmpty
          ? "not assessed"
          : report.isWithinBounds ? "pass" : "**fail** " + broken.joined(separator: ", ")
        lines.append(
          "| \(escape(file.file)) | \(escape(result.rule?.name ?? "")) | \(Formatting.count(report.records))"
            + " | \(Formatting.count(report.k)) | \(Formatting.percent(report.sampleUniques.fraction))"
            + " | \(Formatting.percent(report.prosecutor.recordsAtRiskFraction)) | \(verdict) |")
      }
    }
    for file in batch.files where file.status != .unmatched {
      lines.append("")
      lines.append("## \(escape(file.file))")
      lines.append("")
      if let error = file.error {
        lines.append("> error: \(escape(error))")
        continue
      }
      if let input = file.input {
        lines.append("\(Formatting.count(input.bytes)) bytes, SHA-256 `\(input.sha256)`")
        lines.append("")
      }
      for result in file.results {
        let heading =
          result.rule.map {
            "### Rule “\(escape($0.name))” (\(escape($0.policy ?? batch.policy ?? "policy")) line \($0.line))"
          } ?? "### Measured"
        lines.append(MarkdownReport.render(result.report, heading: heading))
        if let suggestion = result.suggestion {
          lines.append(SuggestionSection.markdown(suggestion, heading: heading + "#"))
        }
        if result.report.bounds.isEmpty {
          lines.append(
            "**Not assessed**: the rule sets no bound, so nothing says whether these figures are"
              + " acceptable; add bounds (`min_k`, `max_uniques`, ...) to judge the file.")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
