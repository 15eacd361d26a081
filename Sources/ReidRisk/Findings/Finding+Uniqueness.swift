/// Adds each flagged record's MSU figures to its finding, and names its smallest MSU in the
/// reason: "unique on zip + birth_date" instead of "unique on zip, birth_date, gender" for a
/// record alone on all of them. The MSU's columns carry their values
/// ("zip=02139 + birth_date=1990-01-01") only with `showValues`. Texts are made once per
/// smallest MSU, so a million findings share a handful of strings.
final class UniquenessExplainer {
  let analysis: UniquenessAnalysis
  let quasiIdentifiers: [EncodedColumn]
  let showValues: Bool
  /// "unique on zip, birth_date, gender", the reason a record alone on every QI gets.
  let whole: String
  private var texts: [ColumnSet: (reason: String, columns: String)] = [:]

  init(_ analysis: UniquenessAnalysis, quasiIdentifiers: [EncodedColumn], k: Int, showValues: Bool)
  {
    self.analysis = analysis
    self.quasiIdentifiers = quasiIdentifiers
    self.showValues = showValues
    whole = Finding.reason(size: 1, k: k, columns: quasiIdentifiers.map(\.name))
  }

  func explain(_ finding: inout Finding, record: Int) {
    let figures = analysis.record(record)
    finding.uniqueness = figures
    guard let smallest = figures.smallest else { return }
    let text = texts[smallest] ?? makeTexts(smallest)
    finding.smallestMSUColumns =
      showValues
      ? smallest.indices.map { column in
        let values = quasiIdentifiers[column]
        return values.name + "=" + values.dictionary.string(of: values.codes[record])
      }.joined(separator: " + ") : text.columns
    if finding.classSize == 1 && finding.reason.hasPrefix(whole) {
      finding.reason =
        finding.reason.count == whole.count
        ? text.reason : text.reason + finding.reason.dropFirst(whole.count)
    }
  }

  private func makeTexts(_ set: ColumnSet) -> (reason: String, columns: String) {
    let columns = set.names(quasiIdentifiers.map(\.name)).joined(separator: " + ")
    let text = (reason: "unique on " + columns, columns: columns)
    texts[set] = text
    return text
  }
}
