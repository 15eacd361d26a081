/// Alignment and colour for the terminal renderers: ANSI styles only when `useColor` (the CLI
/// asks for colour on a TTY without NO_COLOR).
struct TerminalStyle {
  let useColor: Bool

  /// `text` padded with spaces to `width` characters, on the right unless `right`.
  func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
  }

  func bold(_ text: String) -> String { style(text, "1") }
  func dim(_ text: String) -> String { style(text, "2") }
  func red(_ text: String) -> String { style(text, "31") }
  func green(_ text: String) -> String { style(text, "32") }
  func yellow(_ text: String) -> String { style(text, "33") }

  /// The bounds block: a pass or FAIL line per bound, then the verdict.
  func bounds(_ checks: [BoundCheck]) -> [String] {
    guard !checks.isEmpty else { return [] }
    var lines = ["", bold("bounds")]
    for check in checks {
      let mark = check.holds ? green("pass") : red("FAIL")
      lines.append(
        "  \(mark)  \(check.rule) (\(check.option)): found \(Formatting.ratio(check.value))")
    }
    lines.append(checks.allSatisfy(\.holds) ? green("within bounds") : red("bounds broken"))
    return lines
  }

  private func style(_ text: String, _ code: String) -> String {
    useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
