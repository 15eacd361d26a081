/// Renders a diff as a before/after table with the change, then what became unique; as plain
/// text for a terminal or as Markdown.
///
///     figure                 before    after   change
///     records                 1,000    1,050      +50
///     k                           2        1       -1
///     sample uniques         0 (0%)  3 (0.3%)      +3
public struct DiffTextReport: ReportRenderer {
  /// Markdown instead of plain text.
  public var markdown: Bool

  public init(markdown: Bool = false) { self.markdown = markdown }

  public func render(_ diff: DiffReport) -> String { Self.render(diff, markdown: markdown) }

  public static func render(_ diff: DiffReport, markdown: Bool = false) -> String {
    let safe = markdown ? MarkdownReport.escape : Formatting.terminalSafe
    var rows: [[String]] = [["figure", "before", "after", "change"]]
    func add(
      _ name: String, _ before: Int, _ after: Int, _ beforeText: String? = nil,
      _ afterText: String? = nil
    ) {
      let change = after - before
      rows.append([
        name, beforeText ?? Formatting.count(before), afterText ?? Formatting.count(after),
        change == 0 ? "0" : (change > 0 ? "+" : "") + Formatting.count(change),
      ])
    }
    let (a, b) = (diff.before, diff.after)
    add("records", a.records, b.records)
    add("equivalence classes", a.equivalenceClasses, b.equivalenceClasses)
    add("k", a.k, b.k)
    add(
      "sample uniques", a.sampleUniques.records, b.sampleUniques.records, share(a.sampleUniques),
      share(b.sampleUniques))
    add(
      "records at risk", a.recordsAtRisk.records, b.recordsAtRisk.records, share(a.recordsAtRisk),
      share(b.recordsAtRisk))
    add("flagged", a.flagged, b.flagged)
    var lines = [
      (markdown ? "## " : "") + "\(safe(diff.old)) → \(safe(diff.new))",
      "",
      "quasi-identifiers: " + diff.quasiIdentifiers.map(safe).joined(separator: ", "),
      "",
    ]
    lines += table(rows, markdown: markdown)
    lines.append("")
    if let records = diff.records {
      lines.append(
        "records matched by \(safe(diff.idColumn ?? "id")): \(Formatting.count(records.matched));"
          + " \(Formatting.count(records.becameUnique)) became unique, \(Formatting.count(records.stayedUnique))"
          + " stayed unique, \(Formatting.count(records.noLongerUnique)) are no longer unique")
      lines.append(
        "records added: \(Formatting.count(records.added)) (\(Formatting.count(records.addedUnique)) unique);"
          + " removed: \(Formatting.count(records.removed))")
    }
    let classes = diff.classes
    lines.append(
      "value combinations that became unique: \(Formatting.count(classes.becameUnique)); new and unique:"
        + " \(Formatting.count(classes.newUnique)); fell below k: \(Formatting.count(classes.fellBelowK));"
        + " gone: \(Formatting.count(classes.disappeared))")
    for note in diff.notes { lines.append((markdown ? "> " : "") + "note: " + safe(note)) }
    return lines.joined(separator: markdown ? "\n\n" : "\n").replacingBlankRuns() + "\n"
  }

  private static func share(_ share: RecordShare) -> String {
    "\(Formatting.count(share.records)) (\(Formatting.percent(share.fraction)))"
  }

  private static func table(_ rows: [[String]], markdown: Bool) -> [String] {
    if markdown {
      var lines = ["| " + rows[0].joined(separator: " | ") + " |", "| --- | ---: | ---: | ---: |"]
      lines += rows.dropFirst().map { "| " + $0.joined(separator: " | ") + " |" }
      return [lines.joined(separator: "\n")]
    }
    let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { column, text in
        let fill = String(repeating: " ", count: widths[column] - text.count)
        return column == 0 ? text + fill : fill + text
      }.joined(separator: "   ")
    }
  }
}

extension String {
  /// Collapses runs of three or more line feeds into two.
  fileprivate func replacingBlankRuns() -> String {
    var result = self
    while result.contains("\n\n\n") { result = result.replacing("\n\n\n", with: "\n\n") }
    return result
  }
}
