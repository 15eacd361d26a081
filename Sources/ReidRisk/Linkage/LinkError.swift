/// Why two files could not be joined. The description is the one-line message a user sees: it
/// names the files and columns and what to do.
public enum LinkError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The files share no column name (nor synonym), and no `--on` or `--map` was given.
  case noSharedColumns(file: String, outside: String, header: [String], outsideHeader: [String])
  /// Columns named in `--on` or `--map` that one file does not have.
  case unknownColumns(file: String, names: [String], header: [String])
  /// A name that fits several columns of a file (by case, punctuation or synonym).
  case ambiguousColumn(file: String, name: String, matches: [String])
  /// Two export columns paired with the same outside column.
  case outsideColumnUsedTwice(outside: String, column: String, exportColumns: [String])

  public var description: String {
    switch self {
    case .noSharedColumns(let file, let outside, let header, let outsideHeader):
      return "\(file) and \(outside) share no column name; \(file) has \(list(header)),"
        + " \(outside) has \(list(outsideHeader)); pair columns with --map export_column=outside_column"
    case .unknownColumns(let file, let names, let header):
      let plural = names.count == 1 ? "column" : "columns"
      return "\(file): no \(plural) \(list(names)) in the header (nor a synonym);"
        + " the header has \(list(header)); pair columns with --map export_column=outside_column"
    case .ambiguousColumn(let file, let name, let matches):
      return
        "\(file): \(quoted(name)) could be \(matches.map { quoted($0) }.joined(separator: " or "));"
        + " name the column with --map export_column=outside_column"
    case .outsideColumnUsedTwice(let outside, let column, let exportColumns):
      return "\(outside): the column \(quoted(column)) is paired with both "
        + "\(exportColumns.map { quoted($0) }.joined(separator: " and ")); pair each column once"
    }
  }

  private func list(_ names: [String]) -> String {
    names.map { quoted($0) }.joined(separator: ", ")
  }
}
