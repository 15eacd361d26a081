extension Policy {
  /// The file rules none of whose globs matches any of `paths` (every file under the policy's
  /// folder), split by `optional:`: for the others, an error naming the line of the first glob
  /// (most likely a typo, which would leave files unchecked without a word); for optional rules
  /// (a folder not created yet), the same message as a warning.
  public func coverage(of paths: [String]) -> (errors: [PolicyError], warnings: [PolicyError]) {
    var errors: [PolicyError] = []
    var warnings: [PolicyError] = []
    for rule in rules
    where !rule.isSource
      && !paths.contains(where: { path in rule.files.contains { $0.matches(path) } })
    {
      let error = PolicyError.globMatchesNothing(
        file: file, line: rule.files.first?.line ?? rule.line,
        glob: rule.files.map(\.pattern).joined(separator: ", "))
      if rule.isOptional { warnings.append(error) } else { errors.append(error) }
    }
    return (errors, warnings)
  }
}
