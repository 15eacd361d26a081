import Foundation

/// The folder SARIF and GitHub annotations locate files from: the root of the git repository
/// holding the current folder (`git rev-parse --show-toplevel`), else the current folder.
/// Code scanning maps a result's `uri` onto the repository's files from there.
enum RepositoryRoot {
  /// The repository root as an absolute path with symbolic links resolved.
  static func find() -> String {
    let here = PolicyLocator.absolute(".")
    guard let git = gitExecutable() else { return here }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: git)
    process.arguments = ["rev-parse", "--show-toplevel"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return here
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let top = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard process.terminationStatus == 0, !top.isEmpty else { return here }
    return PolicyLocator.absolute(top)
  }

  /// `path` (relative to the current folder or absolute) relative to `root`, `/`-separated;
  /// the path as given when it lies outside `root` or is standard input.
  static func location(of path: String, root: String) -> String {
    guard path != "-" else { return path }
    let absolute = PolicyLocator.absolute(path)
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
  }

  /// The first `git` on the PATH.
  private static func gitExecutable() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/git" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
