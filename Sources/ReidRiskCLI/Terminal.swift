import Foundation

/// What the CLI asks of the terminal: whether a stream is a TTY, colour, standard error.
enum Terminal {
  /// The longest message `error` and `note` print, in characters, so that a line with its
  /// "reidrisk: " prefix stays within 300: a longer one keeps its start and its end (where the
  /// remedy is) around a count of the characters cut.
  static let messageLimit = 290

  static func isTTY(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Writes `text` as given: for progress lines, which draw with `\r` and ESC on purpose.
  static func standardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
      }
    }
  }

  /// Prints "reidrisk: MESSAGE" on one line of standard error, made safe: see `oneLine`.
  static func error(_ message: String) {
    standardError("reidrisk: \(oneLine(message))\n")
  }

  /// Prints "reidrisk: note: MESSAGE" on one line of standard error, made safe.
  static func note(_ message: String) {
    standardError("reidrisk: note: \(oneLine(message))\n")
  }

  /// `message` as one safe line of at most `messageLimit` characters: control and format
  /// characters (line feed, carriage return, ESC, bidirectional overrides) shown as escapes
  /// such as `\u{a}`, the way reports show input text, so that a file name can neither start
  /// a line of its own (a CI annotation such as `::error`) nor drive the terminal; a longer
  /// message keeps its first 200 and last 60 characters around "[… N characters cut …]".
  ///
  /// Example: "a\nb.csv: cannot open" → "a\u{a}b.csv: cannot open".
  static func oneLine(_ message: String) -> String {
    let safe = safe(message)
    guard safe.count > messageLimit else { return safe }
    let head = safe.prefix(200)
    let tail = safe.suffix(60)
    let cut = safe.count - head.count - tail.count
    return "\(head) [… \(cut) characters cut …] \(tail)"
  }

  /// Input text (a file name, a column name) safe for a terminal: every control or format
  /// scalar (except the zero-width joiner of emoji) becomes `\u{HEX}`.
  static func safe(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let category = scalar.properties.generalCategory
      if category == .control || (category == .format && scalar.value != 0x200D) {
        result += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
