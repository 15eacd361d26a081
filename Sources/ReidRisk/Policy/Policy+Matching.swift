extension Policy {
  /// The rules whose globs match `path`, relative to the policy's folder, in policy order.
  public func rules(matching path: String) -> [PolicyRule] {
    rules.filter { rule in rule.files.contains { $0.matches(path) } }
  }

  /// The rules that read a table of an engine (`source:`), in policy order: what `check`
  /// measures beside the files when it runs over everything the policy covers.
  public var sourceRules: [PolicyRule] { rules.filter(\.isSource) }

  /// Of `paths` (relative to the policy's folder), those some rule matches, in the given order.
  public func files(among paths: [String]) -> [String] {
    paths.filter { !rules(matching: $0).isEmpty }
  }
}

/// One read of a file and the rules measured on it: rules that read the file the same way
/// (delimiter, leniency) share one read holding the columns of all of them.
public struct ReadPlan: Sendable {
  public var request: DatasetRequest
  public var rules: [PolicyRule]

  /// The reads needed for `rules`, in the order of their first rule, each rule measured with
  /// the options `options` gives it (its settings, with the scenarios of its scenario file).
  public static func plans(
    for rules: [PolicyRule], options: (PolicyRule) -> ScanOptions = { $0.settings.measureOptions }
  ) -> [ReadPlan] {
    var plans: [ReadPlan] = []
    var optionsOfPlan: [[ScanOptions]] = []
    for rule in rules {
      let ruleOptions = options(rule)
      let columns = ruleOptions.requestedColumns
      if let index = plans.firstIndex(where: {
        $0.request.delimiter == rule.delimiter && $0.request.isStrict == !rule.isLenient
      }) {
        plans[index].rules.append(rule)
        optionsOfPlan[index].append(ruleOptions)
        for column in columns where !plans[index].request.columns.contains(column) {
          plans[index].request.columns.append(column)
        }
      } else {
        plans.append(
          ReadPlan(
            request: DatasetRequest(
              columns: columns, delimiter: rule.delimiter, isStrict: !rule.isLenient),
            rules: [rule]))
        optionsOfPlan.append([ruleOptions])
      }
    }
    for index in plans.indices where optionsOfPlan[index].contains(where: { !$0.scenarios.isEmpty })
    {
      let all = optionsOfPlan[index]
      let requested = plans[index].request.columns
      plans[index].request.columnsForHeader = { header in
        var columns = requested
        for options in all {
          for column in options.columns(for: header) where !columns.contains(column) {
            columns.append(column)
          }
        }
        return columns
      }
    }
    return plans
  }
}
