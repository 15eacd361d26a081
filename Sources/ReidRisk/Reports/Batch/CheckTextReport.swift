/// Renders a `check` for a terminal or a hook's log: one line per file, then a total.
///
///     pass   exports/2024-q1.csv  rule "member exports": k 6, 0% unique, 0% at risk
///     FAIL   exports/2024-q2.csv  min_k: k must be at least 5, found 1 (rule "member exports", .reidrisk.yml:4)
///     error  exports/bad.csv      exports/bad.csv: record 2 (line 3): a quote is misplaced ...
///     skip   notes.csv            no rule of .reidrisk.yml matches this file
///     n/a    open/2024.csv        no bound set, not assessed: rule "open": k 1, 94.8% unique, ...
///
///     4 files checked against .reidrisk.yml: 1 passed, 1 failed, 1 error, 1 matched no rule
public struct CheckTextReport: Sendable {
  public var useColor: Bool

  public init(useColor: Bool) { self.useColor = useColor }

  public func render(_ batch: BatchReport) -> String {
    let width = batch.files.map { Formatting.terminalSafe($0.file).count }.max() ?? 0
    var lines = batch.files.map {
      line(for: $0, policy: batch.policy ?? "the policy", width: width)
    }
    lines.append("")
    lines.append(Self.total(batch))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The one line for a file.
  public func line(for file: FileResult, policy: String, width: Int = 0) -> String {
    let name = Formatting.terminalSafe(file.file)
    let padded = name + String(repeating: " ", count: max(0, width - name.count))
    let figures = file.results.map { result in
      let report = result.report
      let rule = result.rule.map { "rule \(quoted($0.name)): " } ?? ""
      return rule
        + "k \(Formatting.count(report.k)), \(Formatting.percent(report.sampleUniques.fraction)) unique,"
        + " \(Formatting.percent(report.prosecutor.recordsAtRiskFraction)) at risk"
    }
    switch file.status {
    case .pass:
      return style("pass ", "32") + "  \(padded)  " + figures.joined(separator: "; ")
    case .notAssessed:
      return style("n/a  ", "2") + "  \(padded)  no bound set, not assessed: "
        + figures.joined(separator: "; ")
    case .fail:
      let broken = file.results.flatMap { result in
        result.brokenBounds.map { Self.describe($0, rule: result.rule, policy: policy) }
      }
      return style("FAIL ", "31;1") + "  \(padded)  " + broken.joined(separator: "; ")
    case .error:
      return style("error", "31") + "  \(padded)  " + Formatting.terminalSafe(file.error ?? "")
    case .unmatched:
      return style("skip ", "2")
        + "  \(padded)  no rule of \(Formatting.terminalSafe(policy)) matches this file"
    }
  }

  /// "min_k: k must be at least 5, found 1 (rule "exports", .reidrisk.yml:4)".
  public static func describe(_ check: BoundCheck, rule: RuleReference?, policy: String) -> String {
    let origin = rule.map { " (\(Formatting.terminalSafe($0.origin(in: policy))))" } ?? ""
    return "\(check.option): \(check.rule), found \(Formatting.ratio(check.value))" + origin
  }

  /// "4 files checked against .reidrisk.yml: 1 passed, 1 failed, 1 error, 1 matched no rule";
  /// "2 files and 1 table checked ..." when rules with `source:` measured an engine's table.
  public static func total(_ batch: BatchReport) -> String {
    let summary = batch.summary
    var parts = ["\(summary.passed) passed", "\(summary.failed) failed"]
    if summary.errors > 0 {
      parts.append(summary.errors == 1 ? "1 error" : "\(summary.errors) errors")
    }
    if summary.notAssessed > 0 { parts.append("\(summary.notAssessed) not assessed") }
    if summary.unmatched > 0 { parts.append("\(summary.unmatched) matched no rule") }
    let fileCount = summary.files - summary.tables
    var counted: [String] = []
    if fileCount > 0 || summary.tables == 0 {
      counted.append(fileCount == 1 ? "1 file" : "\(fileCount) files")
    }
    if summary.tables > 0 {
      counted.append(summary.tables == 1 ? "1 table" : "\(summary.tables) tables")
    }
    let files = counted.joined(separator: " and ")
    let against = batch.policy.map { " against \(Formatting.terminalSafe($0))" } ?? ""
    return "\(files) checked\(against): " + parts.joined(separator: ", ")
  }

  private func style(_ text: String, _ code: String) -> String {
    useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
