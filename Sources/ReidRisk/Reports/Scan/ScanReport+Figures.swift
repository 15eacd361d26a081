/// The figures of a scan as (name, value, meaning) lines, in reading order: the single source
/// of the one-line explanations that every renderer prints.
extension ScanReport {
  public struct Figure: Sendable, Equatable {
    public var name: String
    public var value: String
    public var meaning: String
  }

  /// A titled group of figures: the file alone, the population, each sensitive column.
  public struct FigureSection: Sendable, Equatable {
    public var title: String
    /// The attacker model or assumption behind the section, in one line.
    public var assumption: String
    public var figures: [Figure]
  }

  /// Every figure, section after section.
  public var figures: [Figure] { sections.flatMap(\.figures) }

  public var sections: [FigureSection] {
    [
      FigureSection(
        title: "the file",
        assumption: "prosecutor model: the attacker knows the person is in this file",
        figures: fileFigures),
      populationSection,
    ] + sensitiveAttributes.map(Self.sensitiveSection)
  }

  private var fileFigures: [Figure] {
    let qis = quasiIdentifiers.joined(separator: ", ")
    let count = Formatting.count
    let percent = Formatting.percent
    var figures = [
      Figure(
        name: "records", value: count(records),
        meaning: "records analysed"
          + (recordsExcluded > 0
            ? ", after leaving out \(count(recordsExcluded)) with a missing value" : "")
          + (recordsSkipped > 0 ? ", after skipping \(count(recordsSkipped)) malformed" : "")),
      Figure(
        name: "equivalence classes", value: count(equivalenceClasses),
        meaning: "distinct combinations of \(qis); records sharing one cannot be told apart on them"
      ),
      Figure(
        name: "k", value: count(k),
        meaning: k <= 1
          ? "the smallest class: some records share their \(qis) with no other record"
          : "the smallest class: every record shares its \(qis) with at least \(k - 1) others"),
      Figure(
        name: "sample uniques",
        value: "\(count(sampleUniques.records)) (\(percent(sampleUniques.fraction)))",
        meaning: "records alone in their class: whoever knows a member's \(qis) finds their record"),
    ]
    for share in recordsInSmallClasses {
      figures.append(
        Figure(
          name: "in classes < \(share.below)",
          value: "\(count(share.records)) (\(percent(share.fraction)))",
          meaning: "records that fail \(share.below)-anonymity"))
    }
    figures += [
      Figure(
        name: "highest risk", value: Formatting.ratio(prosecutor.highestRisk),
        meaning:
          "1/k: the chance of re-identifying the most exposed record (prosecutor, El Emam rB)"),
      Figure(
        name: "lowest risk", value: Formatting.ratio(prosecutor.lowestRisk),
        meaning: "1 / the largest class: the least exposed record's chance"),
      Figure(
        name: "average risk per record", value: Formatting.ratio(prosecutor.averageRiskPerRecord),
        meaning: "classes / records: the expected share of records an attacker re-identifies (rC)"),
      Figure(
        name: "records at risk",
        value: "\(count(prosecutor.recordsAtRisk)) (\(percent(prosecutor.recordsAtRiskFraction)))",
        meaning:
          "records whose risk 1/f is above the threshold \(Formatting.ratio(prosecutor.threshold)) (rA)"
      ),
      Figure(
        name: "flagged", value: count(flagged.records),
        meaning: "records in classes smaller than \(flagged.k)"
          + (sensitiveAttributes.isEmpty ? "" : " or short of l or t on a sensitive column")
          + ", listed by --flags"),
    ]
    if missing.records > 0 {
      figures.insert(
        Figure(
          name: "missing values", value: count(missing.records),
          meaning: {
            switch missing.policy {
            case .exclude:
              return "records with a missing quasi-identifier, left out (--missing exclude)"
            case .value:
              return "records with a missing quasi-identifier; a missing value counts as a value of"
                + " its own (--missing exclude or wildcard to change)"
            case .wildcard:
              return "records with a missing quasi-identifier; a missing value matches every value"
                + " (--missing wildcard, as sdcMicro)"
            }
          }()),
        at: 1)
    }
    return figures
  }
}
