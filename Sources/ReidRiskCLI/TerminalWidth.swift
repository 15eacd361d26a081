import Foundation

/// The width text output wraps to: the terminal's when standard output is one (its window
/// size, else `COLUMNS`), nil when output goes to a pipe or a file, which is not wrapped.
enum TerminalWidth {
  static func standardOutput(
    writingToFile: Bool = false,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Int? {
    guard !writingToFile, Terminal.isTTY(STDOUT_FILENO) else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return columns(environment)
  }

  /// `COLUMNS` as a width, when it is a whole number of at least 20.
  static func columns(_ environment: [String: String]) -> Int? {
    environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 >= 20 ? $0 : nil }
  }
}
