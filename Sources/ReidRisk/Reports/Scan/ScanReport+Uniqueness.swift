/// The words of the section "which columns single people out", shared by the text, Markdown and
/// HTML renderers: the figures with their meaning, the columns by contribution, the
/// combinations of one and two columns by the records they single out, and the advice.
extension ScanReport {
  /// The section's title and its one-line assumption.
  static let uniquenessTitle = "which columns single people out"

  /// How many combinations and attribute-risk rows the text and Markdown reports list.
  static let uniquenessListLimit = 10

  var uniquenessAssumption: String {
    guard let msu else { return "" }
    return "minimal sample uniques: the smallest sets of columns on which a record is alone,"
      + " searched up to \(msu.maxSize) of \(msu.quasiIdentifiers.count) columns"
  }

  /// The MSU figures, each with what it means.
  var minimalUniqueFigures: [Figure] {
    guard let msu else { return [] }
    let count = Formatting.count
    let share = records > 0 ? Double(msu.recordsWithMSU) / Double(records) : 0
    var figures = [
      Figure(
        name: "records with an MSU",
        value: "\(count(msu.recordsWithMSU)) (\(Formatting.percent(share)))",
        meaning: "records alone on some set of at most \(msu.maxSize) of the quasi-identifiers"),
      Figure(
        name: "MSUs", value: count(msu.msus),
        meaning: "minimal sets found, over all records (a record can have several)"),
    ]
    for entry in msu.bySize where entry.msus > 0 || entry.records > 0 {
      figures.append(
        Figure(
          name: "  of size \(entry.size)", value: count(entry.msus),
          meaning: "MSUs of \(entry.size) column\(entry.size == 1 ? "" : "s");"
            + " \(count(entry.records)) records have no smaller one"))
    }
    return figures
  }

  /// The columns, largest contribution first: (column, contribution, MSUs containing it).
  var uniquenessColumns: [MSUSummary.ColumnContribution] {
    (msu?.columns ?? []).enumerated().sorted {
      $0.element.contribution != $1.element.contribution
        ? $0.element.contribution > $1.element.contribution : $0.offset < $1.offset
    }.map(\.element)
  }

  /// "zip + birth_date: 15,208 records", the first `limit` combinations.
  func uniquenessCombinations(limit: Int) -> [String] {
    (msu?.combinations ?? []).prefix(limit).map {
      $0.columns.joined(separator: " + ") + ": \(Formatting.count($0.records)) record"
        + ($0.records == 1 ? "" : "s")
    }
  }

  /// The coarsening to try first: the column with the largest contribution, with the pair
  /// that singles out most records when it holds that column.
  var uniquenessAdvice: String? {
    guard let top = uniquenessColumns.first, top.contribution > 0, let msu else { return nil }
    var text =
      "try first: coarsen \(top.column) (a birth date to its year, a ZIP code to its first"
      + " digits, a title to its group) or drop it: it carries"
      + " \(Formatting.percent(top.contribution)) of the MSUs' SUDA weight"
    if let pair = msu.combinations.first(where: { $0.columns.contains(top.column) }) {
      text +=
        ", and \(pair.columns.joined(separator: " + ")) alone singles out"
        + " \(Formatting.count(pair.records)) records"
    }
    return text + "; then scan again"
  }

  /// Attribute-risk rows to list: the most distinguishing sets first (distinction, then
  /// separation, then size and QI order).
  func attributeRiskRows(limit: Int) -> [AttributeRisk] {
    Array(
      (attributeRisk ?? []).enumerated().sorted {
        $0.element.distinction != $1.element.distinction
          ? $0.element.distinction > $1.element.distinction : $0.offset < $1.offset
      }.prefix(limit).map(\.element))
  }

  /// A distinction or separation with 4 decimals, ">0.9999" for a share just short of 1
  /// (which 4 decimals would round to 1, the value that means "every record alone"), "n/a"
  /// for none.
  static func share(_ value: Double?) -> String {
    guard let value else { return "n/a" }
    let text = Formatting.ratio(value)
    return text == "1" && value < 1 ? ">0.9999" : text
  }

  static let attributeRiskTitle = "attribute risk"
  static let attributeRiskAssumption =
    "how well each set of quasi-identifiers tells records apart; ARX, after Motwani and Xu"
  static let distinctionMeaning =
    "distinction: distinct combinations ÷ records (1: every record alone)"
  static let separationMeaning =
    "separation: share of record pairs that differ on the columns (1: no two agree)"
}
