import ArgumentParser
import Foundation

/// When to colour text output: `auto` on a terminal only, `always` (CI logs, `less -R`),
/// `never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  /// Whether to colour standard output under this choice, given the environment.
  ///
  /// `auto`: only on a TTY, not when `NO_COLOR` is set to a non-empty value (no-color.org:
  /// an empty `NO_COLOR` does not count), not when `TERM` is `dumb`, never into a file.
  func useColor(
    writingToFile: Bool, isTTY: Bool = Terminal.isTTY(STDOUT_FILENO),
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      return !writingToFile && isTTY && (environment["NO_COLOR"] ?? "").isEmpty
        && environment["TERM"] != "dumb"
    }
  }
}

/// The `--color` option, shared by the commands that write text.
struct ColorOption: ParsableArguments {
  @Option(
    help: "When to colour text output: auto (on a terminal, unless NO_COLOR is set), always, never."
  )
  var color: ColorChoice = .auto

  func useColor(writingToFile: Bool) -> Bool { color.useColor(writingToFile: writingToFile) }
}
