/// Renders `suggest` for a terminal: the targets, the first few minimal settings (each ready
/// to paste as `--qi`) with their figures, or the closest settings when none reaches.
public enum SuggestionTextReport {
  /// At most this many settings are listed; JSON lists all.
  public static let shown = 5

  public static func render(_ report: SuggestionReport) -> String {
    let safe = Formatting.terminalSafe
    var lines = [
      "\(safe(report.file))  \(Formatting.count(report.records)) records, target "
        + safe(report.targets.summary),
      "",
    ]
    let listed: [LatticeSetting]
    if report.suggestions.isEmpty {
      lines.append(
        "no setting reaches the targets; the closest \(min(shown, report.closest.count)):")
      listed = Array(report.closest.prefix(shown))
    } else {
      lines.append(
        "\(report.suggestions.count) minimal settings, best first (least detail lost); the first "
          + "\(min(shown, report.suggestions.count)):")
      listed = Array(report.suggestions.prefix(shown))
    }
    lines.append("")
    let width = max(2, listed.map { safe($0.qi).count + 5 }.max() ?? 0)
    lines.append(
      "  " + "--qi".padding(width) + "k".padded(8) + "classes".padded(10)
        + "suppressed".padded(12) + "uniques".padded(9) + "loss".padded(8)
        + "discernibility".padded(16))
    for setting in listed {
      lines.append(
        "  " + ("--qi " + safe(setting.qi)).padding(width)
          + Formatting.count(setting.k).padded(8) + Formatting.count(setting.classes).padded(10)
          + Formatting.count(setting.recordsSuppressed).padded(12)
          + Formatting.count(setting.sampleUniques).padded(9)
          + String(format4(setting.loss)).padded(8)
          + Formatting.count(setting.discernibility).padded(16))
    }
    lines.append("")
    lines += [
      "  k               the smallest class of the records kept",
      "  suppressed      records removed: those in classes smaller than k (--suppress)",
      "  uniques         kept records alone in their class",
      "  loss            mean over the columns of level / (levels − 1): 0 as is, 1 all *",
      "  discernibility  Σ class size² + n per suppressed record: lower keeps records apart",
      "",
      "\(Formatting.count(report.nodesEvaluated)) of \(Formatting.count(report.latticeSize))"
        + " settings evaluated"
        + (report.pruned
          ? "; the others lie above a setting that reaches the targets, so none is minimal"
          : "; all evaluated")
        + (report.isHierarchy
          ? ""
          : " (some column's levels are no hierarchy on these values: grouped from the records)"),
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func format4(_ value: Double) -> String {
    let scaled = (value * 10_000).rounded() / 10_000
    return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
  fileprivate func padded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
