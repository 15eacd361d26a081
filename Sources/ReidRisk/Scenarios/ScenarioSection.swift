/// The attack scenarios as a section of a text or Markdown report: one line per scenario with
/// its columns, the records it singles out and the records in classes under k.
public enum ScenarioSection {
  /// Lines for a terminal (no colour; values from the input made safe).
  public static func text(_ results: [ScenarioResult]) -> String {
    let safe = Formatting.terminalSafe
    var lines = ["attack scenarios  (outside sources, by the columns they publish)"]
    let nameWidth = results.map(\.name.count).max() ?? 0
    let columnLists = results.map { $0.columns.map(safe).joined(separator: ", ") }
    let columnWidth = columnLists.map(\.count).max() ?? 0
    for (result, columns) in zip(results, columnLists) {
      let name = pad(safe(result.name), nameWidth)
      guard result.isApplicable else {
        lines.append(
          "  \(name)  the file has none of \(result.missingColumns.map(safe).joined(separator: ", "))"
        )
        continue
      }
      var line =
        "  \(name)  \(pad(columns, columnWidth))  \(share(result.unique, result.records)) unique,"
        + " \(share(result.inSmallClasses, result.records)) in classes < \(result.k)"
      if !result.missingColumns.isEmpty {
        line += "  (file lacks \(result.missingColumns.map(safe).joined(separator: ", ")))"
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Markdown table.
  public static func markdown(_ results: [ScenarioResult]) -> String {
    let escape = MarkdownReport.escape
    var lines = [
      "### Attack scenarios", "",
      "| scenario | columns used | unique | in classes < k | columns the file lacks |",
      "| --- | --- | ---: | ---: | --- |",
    ]
    for result in results {
      let columns = result.columns.map { "`\(escape($0))`" }.joined(separator: ", ")
      let lacking = result.missingColumns.map(escape).joined(separator: ", ")
      lines.append(
        "| \(escape(result.name)) | \(columns.isEmpty ? "none" : columns) | "
          + (result.isApplicable
            ? "\(share(result.unique, result.records)) | \(share(result.inSmallClasses, result.records)) (k = \(result.k))"
            : "– | –") + " | \(lacking) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func share(_ records: Int, _ total: Int) -> String {
    total == 0
      ? Formatting.count(records)
      : "\(Formatting.count(records)) (\(Formatting.percent(Double(records) / Double(total))))"
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
