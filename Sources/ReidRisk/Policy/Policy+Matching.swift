extension Policy {
  /// The rules whose globs match `path`, relative to the policy's folder, in policy order.
  public func rules(matching path: String) -> [PolicyRule] {
    rules.filter { rule in rule.files.contains { $0.matches(path) } }
  }

  /// Of `paths` (relative to the policy's folder), those some rule matches, in the given order.
  public func files(among paths: [String]) -> [String] {
    paths.filter { !rules(matching: $0).isEmpty }
  }

  /// An error for each rule none of whose globs matches any of `paths`, every file under the
  /// policy's folder: such a rule is most likely a typo, and would leave files unchecked without
  /// a word. A rule may list a glob that matches nothing yet (say `*.csv.gz` beside `*.csv`) as
  /// long as another of its globs matches.
  public func globsMatchingNothing(in paths: [String]) -> [PolicyError] {
    rules.filter { rule in !paths.contains { path in rule.files.contains { $0.matches(path) } } }
      .map {
        .globMatchesNothing(
          file: file, line: $0.files.first?.line ?? $0.line,
          glob: $0.files.map(\.pattern).joined(separator: ", "))
      }
  }
}

/// One read of a file and the rules measured on it: rules that read the file the same way
/// (delimiter, leniency) share one read holding the columns of all of them.
public struct ReadPlan: Sendable {
  public var request: DatasetRequest
  public var rules: [PolicyRule]

  /// The reads needed for `rules`, in the order of their first rule.
  public static func plans(for rules: [PolicyRule]) -> [ReadPlan] {
    var plans: [ReadPlan] = []
    for rule in rules {
      let columns = rule.scanOptions.requestedColumns
      if let index = plans.firstIndex(where: {
        $0.request.delimiter == rule.delimiter && $0.request.isStrict == !rule.isLenient
      }) {
        plans[index].rules.append(rule)
        for column in columns where !plans[index].request.columns.contains(column) {
          plans[index].request.columns.append(column)
        }
      } else {
        plans.append(
          ReadPlan(
            request: DatasetRequest(
              columns: columns, delimiter: rule.delimiter, isStrict: !rule.isLenient),
            rules: [rule]))
      }
    }
    return plans
  }
}
