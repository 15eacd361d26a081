extension PolicyRule {
  /// Measures `dataset` (read with a plan holding this rule) under this rule: the scan's report,
  /// with each bound named by its policy key (`min_k`) rather than a command-line option.
  /// `options` are the rule's settings made options, with the scenarios of its scenario file;
  /// `populationSource` what its superset or population table gives. `sampleSize` records in
  /// small classes, with their values, are kept when `showValues`.
  public func check(
    _ dataset: Dataset, file: String, options: ScanOptions,
    populationSource: PopulationSource? = nil, showValues: Bool = false, sampleSize: Int = 50
  ) throws(ScanError) -> RuleResult {
    try RuleResult.measure(
      dataset, file: file, options: options, populationSource: populationSource,
      rule: RuleReference(name: name, line: line), showValues: showValues,
      sampleSize: sampleSize)
  }

  /// Measures `dataset` under this rule's settings alone: a rule that names no file of its own
  /// (scenario file, superset, population table).
  public func check(_ dataset: Dataset, file: String, showValues: Bool = false)
    throws(ScanError) -> RuleResult
  {
    let options: ScanOptions
    do {
      options = try settings.scanOptions()
    } catch {
      throw ScanError(file: file, reason: error.message(name: "scenarios"))
    }
    return try check(dataset, file: file, options: options, showValues: showValues)
  }
}

extension PolicyRule {
  /// `report` (of this rule's table, measured from the class counts an engine returned) as
  /// this rule's result, each bound named by its policy key as for a file.
  public func result(of report: ScanReport) -> RuleResult {
    RuleResult(rule: RuleReference(name: name, line: line), report: report.relabellingBounds())
  }
}

extension ScanReport {
  /// The report with each bound named by its policy key (`min_k`) rather than its flag.
  func relabellingBounds() -> ScanReport {
    var report = self
    for index in report.bounds.indices {
      if let bound = BoundKind.forCheck(report.bounds[index].id) {
        report.bounds[index].option = bound.key
      }
    }
    return report
  }
}

extension RuleResult {
  /// Scans `dataset` with `options`; bounds are relabelled with their policy keys when a rule
  /// set them.
  public static func measure(
    _ dataset: Dataset, file: String, options: ScanOptions,
    populationSource: PopulationSource? = nil, rule: RuleReference?, showValues: Bool,
    sampleSize: Int = 50
  ) throws(ScanError) -> RuleResult {
    let scan = try Scan(
      dataset: dataset, file: file, options: options, populationSource: populationSource)
    let report = rule != nil ? scan.report.relabellingBounds() : scan.report
    let sample = showValues ? Array(scan.findings(showValues: true).prefix(sampleSize)) : nil
    return RuleResult(rule: rule, report: report, flaggedSample: sample)
  }
}
