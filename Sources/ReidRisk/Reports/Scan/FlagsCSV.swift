/// Renders flags as CSV: record, line, class size, risk, reason, then the id column and the
/// quasi-identifier values when present. Cells that a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab or carriage return) get a leading apostrophe.
public struct FlagsCSV: ReportRenderer {
  /// The column named in each row (`--id`), when given.
  public var idColumn: String?
  public var quasiIdentifiers: [String]
  /// Whether the quasi-identifier values are written (`--show-values`).
  public var showValues: Bool

  public init(idColumn: String?, quasiIdentifiers: [String], showValues: Bool) {
    self.idColumn = idColumn
    self.quasiIdentifiers = quasiIdentifiers
    self.showValues = showValues
  }

  public func render(_ flags: [Finding]) -> String {
    Self.render(
      flags, idColumn: idColumn, quasiIdentifiers: quasiIdentifiers, showValues: showValues)
  }

  public static func render(
    _ flags: [Finding], idColumn: String?, quasiIdentifiers: [String], showValues: Bool
  ) -> String {
    var header = ["record", "line", "class_size", "risk", "reason"]
    if let idColumn { header.append(idColumn) }
    if showValues { header += quasiIdentifiers }
    let withMSUs = flags.first?.uniqueness != nil
    if withMSUs { header += uniquenessHeader }
    var output = header.map(cell).joined(separator: ",") + "\n"
    for flag in flags {
      var row = [
        "\(flag.record)", "\(flag.line)", "\(flag.classSize)", Formatting.ratio(flag.risk),
        flag.reason,
      ]
      if let id = flag.id { row.append(id) }
      if let values = flag.values { row += values }
      if withMSUs { row += uniquenessCells(flag) }
      output += row.map(cell).joined(separator: ",") + "\n"
    }
    return output
  }

  /// One CSV cell: neutralised against formula injection, quoted when needed.
  static func cell(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      text = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return text
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
