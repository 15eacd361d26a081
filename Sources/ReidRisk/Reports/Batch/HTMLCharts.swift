/// The two charts of a file's section in the HTML report, built from the class-size histogram.
enum HTMLCharts {
  /// Records per class size (sizes 1 to 10, then ranges), the part in classes smaller than k
  /// in red: how far the file is from k-anonymity.
  static func classSizes(_ report: ScanReport) -> String {
    let k = report.flagged.k
    let bars = report.classSizeRows.map { row in
      SVGBarChart.Bar(
        label: row.label,
        segments: [
          .init(value: row.recordsBelowK, style: "bad"),
          .init(value: row.records - row.recordsBelowK, style: "ok"),
        ])
    }
    let chart = SVGBarChart(
      title: "Records by the size of their equivalence class", xLabel: "class size",
      yLabel: "records",
      bars: bars)
    return figure(
      chart.render(),
      caption: "Records by class size, on a logarithmic scale (each grid line ten times the one"
        + " below). Red: records in classes smaller than k = \(k), which a person's"
        + " quasi-identifier values narrow down to fewer than \(k) records.")
  }

  /// Records per band of prosecutor risk 1/f, the part above the threshold in red.
  static func recordRisk(_ report: ScanReport) -> String {
    let threshold = report.prosecutor.threshold
    let bands: [(ClosedRange<Int>, String)] = [
      (1...1, "1"), (2...2, "1/2"), (3...4, "1/3–1/4"), (5...9, "1/5–1/9"), (10...19, "1/10–1/19"),
      (20...99, "1/20–1/99"), (100...Int.max, "≤ 1/100"),
    ]
    let bars = bands.map { range, label in
      let inside = report.classSizeHistogram.filter { range.contains($0.size) }
      let risky = inside.filter { AttackerRisk.exceeds(size: $0.size, threshold: threshold) }
        .reduce(0) { $0 + $1.records }
      let rest = inside.reduce(0) { $0 + $1.records } - risky
      return SVGBarChart.Bar(
        label: label,
        segments: [.init(value: risky, style: "bad"), .init(value: rest, style: "ok")])
    }
    let chart = SVGBarChart(
      title: "Records by their re-identification risk", xLabel: "record risk 1/f (prosecutor)",
      yLabel: "records", bars: bars)
    return figure(
      chart.render(),
      caption: "Records by risk 1/f, f the size of their class, on a logarithmic scale."
        + " Red: above the threshold"
        + " \(Formatting.ratio(threshold)), the records at risk (\(Formatting.percent(report.prosecutor.recordsAtRiskFraction)))."
    )
  }

  private static func figure(_ svg: String, caption: String) -> String {
    "<figure>\(svg)<figcaption>\(HTMLReport.escape(caption))</figcaption></figure>\n"
  }
}

extension Formatting {
  /// The class-size ranges of the histogram display: 1 to 10 each, then 11–20, 21–50, 51–100,
  /// 101–1000 and over 1000.
  static var displayRanges: [(ClosedRange<Int>, String)] {
    (1...10).map { ($0...$0, "\($0)") } + [
      (11...20, "11–20"), (21...50, "21–50"), (51...100, "51–100"), (101...1000, "101–1000"),
      (1001...Int.max, ">1000"),
    ]
  }
}
