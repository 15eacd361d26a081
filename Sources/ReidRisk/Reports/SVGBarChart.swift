/// A bar chart drawn as inline SVG, for the HTML report: no script, no font files, nothing
/// fetched. Each bar is a stack of segments (e.g. records at risk in red over the rest), with
/// its label below and its total above.
struct SVGBarChart {
  struct Segment {
    var value: Int
    /// The CSS class that colours it: `bad` or `ok`.
    var style: String
  }

  struct Bar {
    var label: String
    var segments: [Segment]
    var total: Int { segments.reduce(0) { $0 + $1.value } }
  }

  var title: String
  var xLabel: String
  var yLabel: String
  var bars: [Bar]
  var width = 560
  var height = 240

  func render() -> String {
    let left = 56.0
    let right = 12.0
    let top = 22.0
    let bottom = 48.0
    let plotWidth = Double(width) - left - right
    let plotHeight = Double(height) - top - bottom
    let maximum = max(bars.map(\.total).max() ?? 0, 1)
    let step = gridStep(maximum)
    let steps = (maximum + step - 1) / step
    let scale = step * steps
    let slot = plotWidth / Double(max(bars.count, 1))
    let barWidth = min(48, slot * 0.7)
    var svg =
      "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
      + " role=\"img\" aria-label=\"\(HTMLReport.escape(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
    svg += "<title>\(HTMLReport.escape(title))</title>"
    for line in 0...steps {
      let value = step * line
      let y = top + plotHeight - plotHeight * Double(value) / Double(scale)
      svg +=
        "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y))\"/>"
      svg +=
        "<text class=\"tick\" x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">"
        + "\(HTMLReport.escape(Formatting.compact(value)))</text>"
    }
    for (index, bar) in bars.enumerated() {
      let x = left + slot * Double(index) + (slot - barWidth) / 2
      var base = top + plotHeight
      for segment in bar.segments where segment.value > 0 {
        let h = max(1, plotHeight * Double(segment.value) / Double(scale))
        base -= h
        svg +=
          "<rect class=\"\(segment.style)\" x=\"\(f(x))\" y=\"\(f(base))\" width=\"\(f(barWidth))\""
          + " height=\"\(f(h))\"><title>\(HTMLReport.escape(bar.label)): \(Formatting.count(segment.value))"
          + " records</title></rect>"
      }
      let center = x + barWidth / 2
      svg +=
        "<text class=\"value\" x=\"\(f(center))\" y=\"\(f(base - 4))\" text-anchor=\"middle\">"
        + "\(HTMLReport.escape(Formatting.compact(bar.total)))</text>"
      svg +=
        "<text class=\"tick\" x=\"\(f(center))\" y=\"\(f(top + plotHeight + 16))\" text-anchor=\"middle\">"
        + "\(HTMLReport.escape(bar.label))</text>"
    }
    svg +=
      "<line class=\"axis\" x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\""
      + " y2=\"\(f(top + plotHeight))\"/>"
    svg +=
      "<text class=\"label\" x=\"\(f(left + plotWidth / 2))\" y=\"\(height - 8)\" text-anchor=\"middle\">"
      + "\(HTMLReport.escape(xLabel))</text>"
    svg +=
      "<text class=\"label\" x=\"12\" y=\"\(f(top + plotHeight / 2))\" text-anchor=\"middle\""
      + " transform=\"rotate(-90 12 \(f(top + plotHeight / 2)))\">\(HTMLReport.escape(yLabel))</text>"
    return svg + "</svg>"
  }

  /// The grid step: the smallest of 1, 2, 5 × 10^n that splits `value` into at most 4 steps.
  private func gridStep(_ value: Int) -> Int {
    var power = 1
    while true {
      for multiple in [1, 2, 5] where multiple * power * 4 >= value { return multiple * power }
      power *= 10
    }
  }

  private func f(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}

extension Formatting {
  /// A count in a few characters for chart labels: 950, 1.2k, 34k, 1.5M.
  static func compact(_ value: Int) -> String {
    switch value {
    case ..<1000: return "\(value)"
    case ..<10_000: return ratio((Double(value) / 1000 * 10).rounded() / 10) + "k"
    case ..<1_000_000: return "\(Int((Double(value) / 1000).rounded()))k"
    default: return ratio((Double(value) / 1_000_000 * 10).rounded() / 10) + "M"
    }
  }
}
