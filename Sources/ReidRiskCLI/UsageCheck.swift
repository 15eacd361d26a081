import Foundation
import ReidRisk

/// Usage mistakes that the argument parser would answer with a misleading message, caught
/// before it runs: a mistyped subcommand (which `scan`, the default, would try to open as a
/// file) and a bound given to `diff`, which takes none.
enum UsageCheck {
  /// The subcommands, as typed.
  static var subcommands: [String] {
    Reidrisk.configuration.subcommands.map { $0._commandName } + ["help"]
  }

  /// The message for `arguments` (without the program name), or nil when they look right.
  static func problem(
    _ arguments: [String],
    fileExists: (String) -> Bool = {
      FileManager.default.fileExists(atPath: $0)
    }
  ) -> String? {
    guard let first = arguments.first else { return nil }
    if first == "diff", let bound = arguments.dropFirst().first(where: isBoundFlag) {
      let name = bound.split(separator: "=").first.map(String.init) ?? bound
      return "diff does not take \(name): it compares two versions of an export and sets no"
        + " bound; to gate on a bound, run 'reidrisk scan' or 'reidrisk check' on the new version"
    }
    guard !first.hasPrefix("-"), !subcommands.contains(first), !fileExists(first),
      !first.contains("."), !first.contains("/")
    else { return nil }
    let guess =
      MessageText.nearMiss(to: first, among: subcommands).map { " (did you mean '\($0)'?)" }
      ?? "; to scan a file of that name, give its path as ./\(first)"
    return "'\(first)' is not a subcommand\(guess); the subcommands are "
      + subcommands.dropLast().joined(separator: ", ")
  }

  /// The long names of the bound options (`--fail-under-k`, `--max-risk`, ...).
  static func isBoundFlag(_ argument: String) -> Bool {
    let name = argument.split(separator: "=").first.map(String.init) ?? argument
    return boundFlags.contains(name)
  }

  static let boundFlags = Set(BoundKind.allCases.map(\.flag))
}
