import Foundation
import ReidRisk

/// Measures the rules of a policy that read a table of an engine (`source:` with `table:` or
/// `query:`) for `check`, each as `scan --source` measures it: the queries reidrisk writes for
/// the rule's settings, the class counts the engine returns, measured as a file's classes are
/// (`Scan(classCounts:)`), the bounds assessed as for a file. An engine that fails (not
/// installed, no connection, an unknown table) makes an error row and the run goes on.
///
/// Paths in the rule are relative to the policy's folder, as every path of a policy: the
/// database file of `duckdb:FILE` is rebased onto it and the DuckDB shell runs in it, so that
/// `read_csv('members.csv')` reads the file beside the policy.
struct CheckSource {
  let loaded: LoadedPolicy
  /// Settings given on the command line, over the rule's own.
  var overrides = ScanSettings()
  /// Names the rule's policy in its reference, for a batch that holds several policies.
  var namesPolicy = false
  /// The repository root results are located from (the policy file, relative to it).
  let root: String

  /// The result of `rule`: named by its source and table, located at the policy's file and
  /// the rule's line.
  func measure(_ rule: PolicyRule) -> FileResult {
    let written = rule.settings.overridden(by: overrides)
    let location = RepositoryRoot.location(of: loaded.policy.file, root: root)
    guard let target = target(of: rule) else {
      // the parser refuses such a rule; a guard, not a path
      return FileResult(
        file: rule.name, location: location,
        error: "\(loaded.policy.file):\(rule.line): rule \(rule.name) gives no table",
        errorLine: rule.line)
    }
    var result = FileResult(file: target.name(rule: rule.name), location: location)
    result.source = target
    do {
      var ruleResult = rule.result(of: try report(rule, settings: written, name: result.file))
      if namesPolicy { ruleResult.rule?.policy = loaded.policy.file }
      result.results = [ruleResult]
    } catch {
      let origin = RuleReference(name: rule.name, line: rule.line).origin(in: loaded.policy.file)
      result.error = Self.policyWording(error.message) + " (\(origin))"
      result.errorLine = rule.line
    }
    return result
  }

  /// `message` with each setting's flag (`--table`, `--qi`) named by its policy key (`table`,
  /// `quasi_identifiers`): the engine's remedies are worded for `scan --source`.
  ///
  ///     "check that --table or --query names a table" → "check that table or query names a table"
  static func policyWording(_ message: String) -> String {
    let flags = ScanSettings.all.map { ($0.key, SettingWording.flags.name($0.key)) }
      .sorted { $0.1.count > $1.1.count }
    var text = Substring(message)
    var result = ""
    while !text.isEmpty {
      if text.hasPrefix("--"),
        let (key, flag) = flags.first(where: { text.hasPrefix($0.1) }),
        !(text.dropFirst(flag.count).first.map { $0.isLetter || $0.isNumber || $0 == "-" }
          ?? false)
      {
        result += key
        text = text.dropFirst(flag.count)
      } else {
        result.append(text.removeFirst())
      }
    }
    return result
  }

  /// The table `rule` names, with the settings given on the command line over its own.
  func target(of rule: PolicyRule) -> SourceTarget? {
    let written = rule.settings.overridden(by: overrides)
    guard let source = written.source, let relation = written.relation else { return nil }
    return SourceTarget(source: source, relation: relation, line: rule.line)
  }

  /// The scan report of the rule's table, named `name`.
  private func report(_ rule: PolicyRule, settings written: ScanSettings, name: String)
    throws(ReportedError) -> ScanReport
  {
    let settings = Self.rebased(written, onto: loaded.folder)
    guard let source = settings.source else {
      throw ReportedError(message: "\(name): no source")
    }
    let queries = try EngineQueries.make(settings, dialect: source.dialect)
    let counts: ClassCounts
    do throws(EngineError) {
      let client = try EngineClients.client(for: source, folder: loaded.folder)
      counts = try EngineScan.classCounts(queries, client: client, layer: settings, source: name)
    } catch {
      throw ReportedError(message: error.description)
    }
    // the id names records in flags, which check does not write; classes are measured without
    var measured = settings
    measured.id = nil
    let layer = try ClassCountsInput.settings(measured, for: counts, source: name)
    let inputs = try ScanInputs.load(
      layer, naming: .policy(file: loaded.policy.file, rule: rule.name))
    do throws(ScanError) {
      return try Scan(
        classCounts: counts, file: name, options: inputs.options,
        populationSource: inputs.populationSource
      ).report
    } catch {
      throw ReportedError(message: error.message(.policy))
    }
  }

  /// `settings` with their paths relative to `folder`: the population table, superset and
  /// scenario file, and the database file of `duckdb:FILE`.
  static func rebased(_ settings: ScanSettings, onto folder: String) -> ScanSettings {
    var rebased = settings.rebasingPaths(onto: folder)
    if case .duckdb(let database) = settings.source, !database.isEmpty, !database.hasPrefix("/") {
      rebased.source = .duckdb(database: (folder as NSString).appendingPathComponent(database))
    }
    return rebased
  }
}
