import ReidRisk

/// Measures the files of `CheckTargets`, each group under its policy, then the tables its rules
/// with `source:` name (`CheckSource`), into one batch.
struct CheckRun {
  let targets: CheckTargets
  /// Settings given on the command line, over every rule's own.
  var overrides = ScanSettings()

  func run() throws(ReportedError) -> BatchReport {
    let policies = targets.groups.map(\.policy.policy.file)
    if targets.groups.isEmpty, let orphan = targets.orphans.first {
      throw ReportedError(
        message: "\(orphan): no \(Policy.fileName) in its folder or any above it; write one"
          + " (see docs/policy.md) or give --policy FILE")
    }
    let several = Set(policies).count > 1
    let total =
      targets.groups.reduce(0) { $0 + $1.files.count + $1.sources.count } + targets.orphans.count
    let progress = BatchProgress(total: total)
    let root = RepositoryRoot.find()
    var files: [FileResult] = []
    for group in targets.groups {
      var runner = BatchRunner(source: .policy(group.policy, overrides: overrides))
      runner.root = root
      runner.namesPolicy = several
      files += runner.measureAll(group.files, progress: progress)
      let tables = CheckSource(
        loaded: group.policy, overrides: overrides, namesPolicy: several, root: root)
      for rule in group.sources {
        progress.show(tables.target(of: rule)?.name(rule: rule.name) ?? rule.name)
        files.append(tables.measure(rule))
      }
    }
    for orphan in targets.orphans {
      files.append(
        FileResult(file: orphan, location: RepositoryRoot.location(of: orphan, root: root)))
    }
    let unique = policies.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    return BatchReport(
      policy: unique.isEmpty ? nil : unique.joined(separator: ", "), files: files,
      generated: BatchRunner.now(), toolVersion: Project.version)
  }
}
