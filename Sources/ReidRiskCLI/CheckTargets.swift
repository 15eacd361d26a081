import Foundation
import ReidRisk

/// Which files `check` reads, under which policy.
///
/// - Without files (a CI job over the tree): every file the rules of the policy (`--policy`,
///   else the nearest `.reidrisk.yml` above the current folder) match under its folder. A rule
///   whose globs match nothing is an error naming the line of its glob, unless the rule says
///   `optional: true`, which makes it a warning.
/// - With files (a pre-commit hook passing the staged files): each file is checked under the
///   nearest `.reidrisk.yml` above it (or `--policy`); rules whose globs match none of the files
///   are simply not applied, and no engine is queried. A `.reidrisk.yml` among the files (a
///   commit that changes the policy) stands for everything the policy covers: every file it
///   matches and every table its rules with `source:` name.
/// - Without files, the tables of the rules with `source:` are measured too.
struct CheckTargets {
  /// One policy and the files checked under it, in the order given, and the rules of it that
  /// read a table of an engine (`source:`) when the policy is checked as a whole.
  struct Group {
    var policy: LoadedPolicy
    var files: [String]
    var sources: [PolicyRule] = []
  }

  var groups: [Group] = []
  /// Files under no policy at all.
  var orphans: [String] = []
  /// Warnings to print on standard error (optional rules that match nothing yet).
  var warnings: [String] = []

  /// The whole tree under one policy.
  static func tree(policy explicit: String?) throws(ReportedError) -> CheckTargets {
    let loaded = try PolicyLocator.load(explicit: explicit)
    let tree = FileDiscovery.relativeFiles(in: loaded.folder, recursive: true)
    let coverage = loaded.policy.coverage(of: tree)
    if let error = coverage.errors.first {
      throw ReportedError(
        message: error.description + " (or add \"optional: true\" to a rule for a folder that"
          + " does not exist yet)")
    }
    var targets = CheckTargets()
    targets.warnings = coverage.warnings.map { "warning: " + $0.description }
    targets.groups = [
      Group(
        policy: loaded, files: loaded.policy.files(among: tree).map(loaded.displayPath),
        sources: loaded.policy.sourceRules)
    ]
    return targets
  }

  /// The files given, each under its policy.
  static func given(_ paths: [String], policy explicit: String?, recursive: Bool)
    throws(ReportedError) -> CheckTargets
  {
    var targets = CheckTargets()
    var seen = Set<String>()
    var policies: [String: Int] = [:]
    var fixed: LoadedPolicy?
    if let explicit { fixed = try PolicyLocator.load(explicit: explicit) }
    func group(for policyPath: String) throws(ReportedError) -> Int {
      let key = PolicyLocator.absolute(policyPath)
      if let index = policies[key] { return index }
      let loaded: LoadedPolicy
      if let fixed { loaded = fixed } else { loaded = try PolicyLocator.load(explicit: policyPath) }
      targets.groups.append(Group(policy: loaded, files: []))
      policies[key] = targets.groups.count - 1
      return targets.groups.count - 1
    }
    func add(_ file: String, to index: Int) {
      let key = PolicyLocator.absolute(file)
      guard seen.insert(key).inserted else { return }
      targets.groups[index].files.append(file)
    }
    let (policyFiles, dataPaths) = paths.reduce(into: ([String](), [String]())) {
      if ($1 as NSString).lastPathComponent == Policy.fileName {
        $0.0.append($1)
      } else {
        $0.1.append($1)
      }
    }
    for file in try FileDiscovery.files(from: dataPaths, recursive: recursive) {
      let policyPath =
        explicit
        ?? PolicyLocator.find(
          from: (PolicyLocator.absolute(file) as NSString).deletingLastPathComponent)
      guard let policyPath else {
        targets.orphans.append(file)
        continue
      }
      add(file, to: try group(for: policyPath))
    }
    // a changed policy: every file it matches, every table it names
    for policyFile in policyFiles {
      let index = try group(for: explicit ?? policyFile)
      let loaded = targets.groups[index].policy
      let tree = FileDiscovery.relativeFiles(in: loaded.folder, recursive: true)
      for file in loaded.policy.files(among: tree).map(loaded.displayPath) { add(file, to: index) }
      targets.groups[index].sources = loaded.policy.sourceRules
    }
    return targets
  }
}
