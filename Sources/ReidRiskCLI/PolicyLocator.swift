import Foundation
import ReidRisk

/// A policy read from disk, with the folder its globs are relative to.
struct LoadedPolicy {
  let policy: Policy
  /// The absolute folder holding the policy file.
  let folder: String

  /// `path` (as the user gave it, relative to the current folder or absolute) relative to the
  /// policy's folder; the path as given when it lies outside.
  func location(of path: String) -> String {
    guard path != "-" else { return path }
    let absolute = PolicyLocator.absolute(path)
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
  }

  /// A path relative to the policy's folder as a path to show and open from the current folder.
  func displayPath(of location: String) -> String {
    let full = folder.hasSuffix("/") ? folder + location : folder + "/" + location
    return PolicyLocator.relative(full, from: PolicyLocator.absolute("."))
  }
}

/// Finds and reads the policy: `--policy FILE`, else `.reidrisk.yml` in the current folder or
/// the nearest folder above it.
enum PolicyLocator {
  static func load(explicit: String?) throws(ReportedError) -> LoadedPolicy {
    let path: String
    if let explicit {
      path = explicit
    } else if let found = find(from: absolute(".")) {
      path = found
    } else {
      throw ReportedError(
        message:
          "no \(Policy.fileName) in this folder or any above it; write one (see docs/policy.md)"
          + " or give --policy FILE")
    }
    let text = try TextFile.read(path, what: "the policy")
    let name = displayName(path)
    do {
      let policy = try Policy(yaml: text, file: name)
      let folder = (absolute(path) as NSString).deletingLastPathComponent
      return LoadedPolicy(policy: policy, folder: folder)
    } catch {
      throw ReportedError(message: error.description)
    }
  }

  /// The nearest `.reidrisk.yml` at or above `folder`.
  static func find(from folder: String) -> String? {
    var current = folder
    while true {
      let candidate = (current as NSString).appendingPathComponent(Policy.fileName)
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = (current as NSString).deletingLastPathComponent
      if parent == current || parent.isEmpty { return nil }
      current = parent
    }
  }

  /// An absolute, standardised path with symbolic links resolved.
  static func absolute(_ path: String) -> String {
    let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
      .resolvingSymlinksInPath().path
  }

  /// The policy path as messages show it: relative to the current folder.
  static func displayName(_ path: String) -> String {
    relative(absolute(path), from: absolute("."))
  }

  /// `path` from `folder`, both absolute: `a/b.csv` below it, `../../x.yml` above it.
  static func relative(_ path: String, from folder: String) -> String {
    let target = path.split(separator: "/")
    let base = folder.split(separator: "/")
    var shared = 0
    while shared < min(target.count, base.count) && target[shared] == base[shared] { shared += 1 }
    let ups = Array(repeating: "..", count: base.count - shared)
    return (ups + target[shared...].map(String.init)).joined(separator: "/")
  }
}
