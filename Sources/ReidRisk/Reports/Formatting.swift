/// Number formatting shared by the text and Markdown renderers.
enum Formatting {
  /// 1234567 → "1,234,567".
  static func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }

  /// 0.12345 → "12.3%"; exact 0 and 1 → "0%" and "100%".
  static func percent(_ fraction: Double) -> String {
    if fraction == 0 { return "0%" }
    if fraction == 1 { return "100%" }
    let tenths = (fraction * 1000).rounded()
    if tenths == 0 { return "<0.1%" }
    if tenths == 1000 { return ">99.9%" }
    return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
  }

  /// A ratio with up to 4 significant decimals: 0.2 → "0.2", 1/3 → "0.3333".
  static func ratio(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "n/a" : "∞" }
    let scaled = (value * 10_000).rounded() / 10_000
    var text = "\(scaled)"
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }

  /// Text from the input, safe for a terminal: control characters and escape sequences
  /// become visible escapes.
  static func terminalSafe(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let category = scalar.properties.generalCategory
      if category == .control || category == .format && scalar.value != 0x200D {
        result += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
