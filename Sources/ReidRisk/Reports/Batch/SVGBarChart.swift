import Foundation

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

  /// The chart on a logarithmic scale: a bar's height grows with log10(1 + total), so that a
  /// bar of 5 records stays visible beside one of 50,000. Grid lines at 0, 1, 10, 100, ...;
  /// a stacked bar is split between its segments in proportion to their values. Labels are
  /// turned 40° when they would not fit their slot side by side.
  func render() -> String {
    let left = 56.0
    let right = 12.0
    let top = 22.0
    let rotates = bars.contains { Self.textWidth($0.label) > slotWidth - 4 }
    let bottom = rotates ? 30.0 + (bars.map { Self.textWidth($0.label) }.max() ?? 0) * 0.65 : 48.0
    let chartHeight = Double(height) + (rotates ? bottom - 48 : 0)
    let plotWidth = Double(width) - left - right
    let plotHeight = chartHeight - top - bottom
    let maximum = max(bars.map(\.total).max() ?? 0, 1)
    let decades = max(1, Int(log10(Double(maximum)).rounded(.up)))
    let scale = log10(1 + pow(10, Double(decades)))
    func scaled(_ value: Int) -> Double { plotHeight * log10(1 + Double(value)) / scale }
    let slot = slotWidth
    let barWidth = min(48, slot * 0.7)
    var svg =
      "<svg class=\"chart\" viewBox=\"0 0 \(width) \(f(chartHeight))\" width=\"\(width)\""
      + " height=\"\(f(chartHeight))\" role=\"img\" aria-label=\"\(HTMLReport.escape(title))\""
      + " xmlns=\"http://www.w3.org/2000/svg\">"
    svg += "<title>\(HTMLReport.escape(title))</title>"
    let gridValues = (0...decades).map { Int(pow(10, Double($0))) }
    for value in gridValues {
      let y = top + plotHeight - scaled(value)
      svg +=
        "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y))\"/>"
      svg +=
        "<text class=\"tick\" x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">"
        + "\(HTMLReport.escape(Formatting.compact(value)))</text>"
    }
    for (index, bar) in bars.enumerated() {
      let x = left + slot * Double(index) + (slot - barWidth) / 2
      var base = top + plotHeight
      let total = bar.total
      let barHeight = scaled(total)
      for segment in bar.segments where segment.value > 0 {
        let h = max(1, barHeight * Double(segment.value) / Double(max(total, 1)))
        base -= h
        svg +=
          "<rect class=\"\(segment.style)\" x=\"\(f(x))\" y=\"\(f(base))\" width=\"\(f(barWidth))\""
          + " height=\"\(f(h))\"><title>\(HTMLReport.escape(bar.label)): \(Formatting.count(segment.value))"
          + " records</title></rect>"
      }
      let center = x + barWidth / 2
      svg +=
        "<text class=\"value\" x=\"\(f(center))\" y=\"\(f(base - 4))\" text-anchor=\"middle\">"
        + "\(HTMLReport.escape(Formatting.compact(total)))</text>"
      let labelY = top + plotHeight + 16
      if rotates {
        svg +=
          "<text class=\"tick\" x=\"\(f(center))\" y=\"\(f(labelY))\" text-anchor=\"end\""
          + " transform=\"rotate(-40 \(f(center)) \(f(labelY)))\">\(HTMLReport.escape(bar.label))</text>"
      } else {
        svg +=
          "<text class=\"tick\" x=\"\(f(center))\" y=\"\(f(labelY))\" text-anchor=\"middle\">"
          + "\(HTMLReport.escape(bar.label))</text>"
      }
    }
    svg +=
      "<line class=\"axis\" x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\""
      + " y2=\"\(f(top + plotHeight))\"/>"
    svg +=
      "<text class=\"label\" x=\"\(f(left + plotWidth / 2))\" y=\"\(f(chartHeight - 8))\" text-anchor=\"middle\">"
      + "\(HTMLReport.escape(xLabel))</text>"
    svg +=
      "<text class=\"label\" x=\"12\" y=\"\(f(top + plotHeight / 2))\" text-anchor=\"middle\""
      + " transform=\"rotate(-90 12 \(f(top + plotHeight / 2)))\">\(HTMLReport.escape(yLabel))"
      + " (log scale)</text>"
    return svg + "</svg>"
  }

  /// The width of one bar's slot, in user units.
  var slotWidth: Double { (Double(width) - 68) / Double(max(bars.count, 1)) }

  /// An estimate of a tick label's width at 11px: 6.5 units a character.
  static func textWidth(_ text: String) -> Double { Double(text.count) * 6.5 }

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
