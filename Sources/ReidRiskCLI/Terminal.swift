import Foundation

/// What the CLI asks of the terminal: whether a stream is a TTY, colour, standard error.
enum Terminal {
  static func isTTY(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Colour on standard output: only on a TTY, never with NO_COLOR set (any value), never
  /// when TERM is "dumb".
  static var useColorOnStandardOutput: Bool {
    let environment = ProcessInfo.processInfo.environment
    return isTTY(STDOUT_FILENO) && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
  }

  static func standardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
