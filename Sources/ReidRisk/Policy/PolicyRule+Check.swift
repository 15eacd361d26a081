extension PolicyRule {
  /// Measures `dataset` (read with a plan holding this rule) under this rule: the scan's report,
  /// with each bound named by its policy key (`min_k`) rather than a command-line option.
  /// `sampleSize` records in small classes, with their values, are kept when `showValues`.
  public func check(
    _ dataset: Dataset, file: String, showValues: Bool = false, sampleSize: Int = 50
  ) throws(ScanError) -> RuleResult {
    try RuleResult.measure(
      dataset, file: file, options: scanOptions, rule: RuleReference(name: name, line: line),
      showValues: showValues, sampleSize: sampleSize)
  }
}

extension RuleResult {
  /// Scans `dataset` with `options`; bounds are relabelled with their policy keys when a rule
  /// set them.
  public static func measure(
    _ dataset: Dataset, file: String, options: ScanOptions, rule: RuleReference?, showValues: Bool,
    sampleSize: Int = 50
  ) throws(ScanError) -> RuleResult {
    let scan = try Scan(dataset: dataset, file: file, options: options)
    var report = scan.report
    if rule != nil {
      for index in report.bounds.indices {
        if let bound = PolicyBound.forCheck(report.bounds[index].id) {
          report.bounds[index].option = bound.key
        }
      }
    }
    let sample = showValues ? Array(scan.findings(showValues: true).prefix(sampleSize)) : nil
    return RuleResult(rule: rule, report: report, flaggedSample: sample)
  }
}
