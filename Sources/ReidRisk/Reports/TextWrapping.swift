/// Breaks text into lines of at most a given width at spaces, for the terminal renderers.
///
/// Width counts `Character`s (a terminal column per character, which holds for the text
/// reidrisk writes; wide CJK characters in file names may overrun). A word longer than the
/// width is cut. Wrapping "the smallest class: every record" at 12 gives "the smallest",
/// "class: every", "record".
enum TextWrapping {
  /// `text` as lines of at most `width` characters (at least 1); one line when `width` is nil.
  static func lines(_ text: String, width: Int?) -> [String] {
    guard let width else { return [text] }
    let limit = max(1, width)
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      var word = Substring(word)
      if current.isEmpty {
        while word.count > limit {
          lines.append(String(word.prefix(limit)))
          word = word.dropFirst(limit)
        }
        current = String(word)
      } else if current.count + 1 + word.count <= limit {
        current += " " + word
      } else {
        lines.append(current)
        current = ""
        while word.count > limit {
          lines.append(String(word.prefix(limit)))
          word = word.dropFirst(limit)
        }
        current = String(word)
      }
    }
    lines.append(current)
    return lines
  }

  /// `text` wrapped to `width` with `indent` spaces before every line after the first: a
  /// hanging indent for a line whose first `indent` columns are already taken.
  static func hanging(_ text: String, width: Int?, indent: Int) -> String {
    guard let width else { return text }
    let first = lines(text, width: width)
    guard first.count > 1 else { return text }
    // the first line keeps the whole width; the rest lose the indent
    let head = first[0]
    let rest = String(text.dropFirst(head.count).drop { $0 == " " })
    let pad = String(repeating: " ", count: indent)
    return ([head] + lines(rest, width: max(1, width - indent)).map { pad + $0 })
      .joined(separator: "\n")
  }
}
