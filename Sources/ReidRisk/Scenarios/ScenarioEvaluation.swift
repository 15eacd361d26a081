/// Attack scenarios evaluated on a file: for each, the equivalence classes on the columns that
/// source publishes (those the file has), the records it singles out (alone in their class)
/// and the records in classes smaller than k.
///
/// Example: records (zip, gender) = (02139, F), (02139, F), (10001, M); scenario "voter roll"
/// on zip and gender (the file has no birth date): classes of 2 and 1, so 1 record is unique
/// and, with k = 5, all 3 are in classes under k. The third record's flag names "voter roll".
public struct ScenarioEvaluation: Sendable {
  public let report: [ScenarioResult]
  /// Per applicable scenario (in `report` order), the class size of each record (0: left out).
  private let classSizes: [[Int32]]
  private let applicable: [Int]  // index in report of each entry of classSizes

  /// Evaluates `scenarios` on `dataset`, which must hold their columns (under any spelling:
  /// see `ResolvedScenario.additionalColumns`).
  public init(
    dataset: Dataset, scenarios: [ResolvedScenario], options: ScenarioOptions = ScenarioOptions()
  ) {
    var report: [ScenarioResult] = []
    var classSizes: [[Int32]] = []
    var applicable: [Int] = []
    var derived: [String: EncodedColumn] = [:]  // one column per label, shared by scenarios
    for resolved in scenarios {
      let columns = resolved.columns.compactMap { column -> EncodedColumn? in
        if let done = derived[column.label] { return done }
        guard let source = dataset.column(matching: column.column) else { return nil }
        let made = Self.prepare(source, column.derivation, options)
        derived[column.label] = made
        return made
      }
      guard resolved.isApplicable, columns.count == resolved.columns.count else {
        report.append(ScenarioResult(resolved, partition: nil, k: options.k))
        continue
      }
      let partition = Partition(
        columns: columns.map(\.codes), isMissing: columns.map { $0.missingCodes(tokens: []) },
        policy: options.missingPolicy, distinctValues: columns.map(\.dictionary.count))
      applicable.append(report.count)
      report.append(ScenarioResult(resolved, partition: partition, k: options.k))
      classSizes.append(
        partition.classOfRecord.indices.map { Int32(partition.classSize(ofRecord: $0)) })
    }
    self.report = report
    self.classSizes = classSizes
    self.applicable = applicable
  }

  /// The names of the scenarios that single out record `record` (from 0): it is alone in its
  /// class on their columns.
  public func scenarios(singlingOut record: Int) -> [String] {
    zip(applicable, classSizes).compactMap { index, sizes in
      sizes[record] == 1 ? report[index].name : nil
    }
  }

  /// "singled out by the voter roll and social profile scenarios", or nil when none does.
  public func flagNote(record: Int) -> String? {
    let names = scenarios(singlingOut: record)
    guard !names.isEmpty else { return nil }
    let list =
      names.count == 1
      ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    return "singled out by the \(list) scenario" + (names.count == 1 ? "" : "s")
  }

  /// The column as the scenario compares it: normalised when asked, reduced to a year when
  /// derived; missing values are empty afterwards.
  private static func prepare(
    _ column: EncodedColumn, _ derivation: ResolvedScenario.Derivation?, _ options: ScenarioOptions
  ) -> EncodedColumn {
    switch derivation {
    case .year:
      // "1980-03-07", "03/07/1980" → "1980"; a value that is no date stays as it was
      let order = DateOrder.evidence(
        in: (0..<Int32(column.dictionary.count)).map {
          TextNormalisation.collapseWhitespace(column.dictionary.bytes(of: $0))
        })
      return column.mapped(missingTokens: options.missingTokens) { value in
        let trimmed = TextNormalisation.collapseWhitespace(value)
        guard let date = CalendarDate(parsing: trimmed, order: order) else { return Array(value) }
        return Array(String(date.year).utf8)
      }.column
    case nil:
      let normaliser =
        options.normalises
        ? ColumnNormaliser.infer(header: column.name, dictionaries: [column.dictionary])
        : ColumnNormaliser(rule: .exact)
      return column.normalised(by: normaliser, missingTokens: options.missingTokens).column
    }
  }
}

/// How scenarios are evaluated.
public struct ScenarioOptions: Sendable {
  /// Records in classes smaller than this are counted.
  public var k: Int
  /// Normalise values before grouping (`--normalise`).
  public var normalises: Bool
  public var missingTokens: [String]
  public var missingPolicy: MissingValuePolicy

  public init(
    k: Int = 5, normalises: Bool = false, missingTokens: [String] = [],
    missingPolicy: MissingValuePolicy = .value
  ) {
    self.k = k
    self.normalises = normalises
    self.missingTokens = missingTokens
    self.missingPolicy = missingPolicy
  }
}
