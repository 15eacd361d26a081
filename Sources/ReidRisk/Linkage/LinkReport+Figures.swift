/// The figures of a linkage as (name, value, meaning) lines in two sections, export side then
/// outside side: the single source of the one-line explanations the text and Markdown renderers
/// print.
extension LinkReport {
  public struct Figure: Sendable, Equatable {
    public var name: String
    public var value: String
    public var meaning: String
  }

  public struct Section: Sendable, Equatable {
    public var title: String
    public var figures: [Figure]
  }

  public var sections: [Section] {
    let columns = link.on.joined(separator: ", ")
    let count = Formatting.count
    func share(_ records: Int, of total: Int) -> String {
      total == 0
        ? count(records)
        : "\(count(records)) (\(Formatting.percent(Double(records) / Double(total))))"
    }
    var export = [
      Figure(
        name: "records", value: count(link.records),
        meaning: "export records counted"
          + (link.recordsExcluded > 0
            ? ", after leaving out \(count(link.recordsExcluded)) with a missing value" : "")),
      Figure(
        name: "re-identified", value: share(link.reidentified, of: link.records),
        meaning:
          "exactly one outside record shares their \(columns): the attacker puts its name on them"),
      Figure(
        name: "  one-to-one", value: share(link.reidentifiedOneToOne, of: link.records),
        meaning: "of those, alone in the export on \(columns): the link holds both ways"),
      Figure(
        name: "ambiguous", value: share(link.ambiguous, of: link.records),
        meaning: "2 to 4 outside records share their values: a short list of candidate names"),
      Figure(
        name: "hidden", value: share(link.hidden, of: link.records),
        meaning: "5 or more outside records share their values"),
      Figure(
        name: "not found", value: share(link.notFound, of: link.records),
        meaning: "no outside record shares their values"),
    ]
    if link.recordsWithMissingValue > 0 {
      export.append(
        Figure(
          name: "missing values", value: count(link.recordsWithMissingValue),
          meaning: link.recordsExcluded > 0
            ? "records with a missing join value, left out (--missing exclude)"
            : "records with a missing join value: a missing value never matches, so not found"))
    }
    var outside = [
      Figure(name: "records", value: count(link.outsideRecords), meaning: "outside records read"),
      Figure(
        name: "in the export", value: share(link.outsideInExport, of: link.outsideRecords),
        meaning:
          "their \(columns) appear in the export: the attacker learns they are probably in it"),
      Figure(
        name: "matching one record",
        value: share(link.outsideMatchingOneRecord, of: link.outsideRecords),
        meaning: "their values single out one export record"),
      Figure(
        name: "highest presence", value: Formatting.ratio(link.presence.highest),
        meaning: "δ = min(1, export / outside records sharing the values): the chance such a person"
          + " is in the export, if the outside file covers everyone"),
      Figure(
        name: "certainly present",
        value: share(link.presence.outsideRecordsCertain, of: link.outsideRecords),
        meaning:
          "outside records with δ = 1: as many export records as outside records share their values"
      ),
    ]
    if link.outsideWithMissingValue > 0 {
      outside.append(
        Figure(
          name: "missing values", value: count(link.outsideWithMissingValue),
          meaning: "outside records with a missing join value, never matched"))
    }
    return [Section(title: "export", figures: export), Section(title: "outside", figures: outside)]
  }

  /// One line per join column: "birth_date = birth_date  dates to ISO yyyy-mm-dd (...);
  /// 0 export and 598 outside spellings changed".
  public var joinLines: [(pair: String, how: String)] {
    link.columns.map { column in
      let pairing: String
      switch column.pairing {
      case .sameName: pairing = "same name"
      case .synonym: pairing = "synonyms"
      case .option: pairing = "chosen"
      }
      let changes =
        column.rule == .exact
        ? "exact bytes"
        : "\(column.normalisation); \(Formatting.count(column.respelled)) export and"
          + " \(Formatting.count(column.outsideRespelled)) outside spellings changed"
      return ("\(column.column) = \(column.outsideColumn)", "\(pairing); \(changes)")
    }
  }
}
