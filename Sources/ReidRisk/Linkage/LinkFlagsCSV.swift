/// Renders the re-identified export records as CSV: record, line, outside record, outside line,
/// class size, reason; then the export id column; then, with `--show-values` only, the outside
/// record's identifying columns (prefixed "outside_") and the join values. Cells a spreadsheet
/// would run as a formula are neutralised (see `FlagsCSV.cell`).
public enum LinkFlagsCSV {
  public static func render(
    _ findings: [LinkFinding], idColumn: String?, outsideIdColumns: [String], joinColumns: [String],
    showValues: Bool
  ) -> String {
    var header = ["record", "line", "outside_record", "outside_line", "class_size", "reason"]
    if let idColumn { header.append(idColumn) }
    if showValues { header += outsideIdColumns.map { "outside_" + $0 } + joinColumns }
    var output = header.map(FlagsCSV.cell).joined(separator: ",") + "\n"
    for finding in findings {
      var row = [
        "\(finding.record)", "\(finding.line)", "\(finding.outsideRecord)",
        "\(finding.outsideLine)",
        "\(finding.classSize)", finding.reason,
      ]
      if let id = finding.id { row.append(id) }
      if let outsideValues = finding.outsideValues { row += outsideValues }
      if let values = finding.values { row += values }
      output += row.map(FlagsCSV.cell).joined(separator: ",") + "\n"
    }
    return output
  }
}
