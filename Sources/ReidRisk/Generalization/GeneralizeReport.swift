/// The figures of a written export: what `generalize` prints.
///
/// JSON: `{file, quasi_identifiers, records_read, records_written, records_suppressed,
/// records_masked, suppress_below, columns_written, columns_dropped, k, classes,
/// sample_uniques, generalizations}`.
public struct GeneralizeReport: Sendable, Encodable, Equatable {
  public var file: String
  public var recordsRead: Int
  public var recordsWritten: Int
  /// Records removed because their class was smaller than `suppressBelow`.
  public var recordsSuppressed: Int
  /// Records kept with `*` in every quasi-identifier (`--mask`).
  public var recordsMasked: Int
  /// Whether small classes were masked (`--mask`) rather than removed.
  public var masks: Bool
  public var suppressBelow: Int?
  /// The quasi-identifiers as `--qi` takes them.
  public var quasiIdentifiers: String
  public var columnsWritten: Int
  public var columnsDropped: [String]
  /// The smallest class of the written records, on the written quasi-identifier values.
  public var k: Int
  public var classes: Int
  public var sampleUniques: Int
  public var generalizations: [GeneralizationNote]

  enum CodingKeys: String, CodingKey {
    case file, k, classes, generalizations, masks
    case recordsRead = "records_read"
    case recordsWritten = "records_written"
    case recordsSuppressed = "records_suppressed"
    case recordsMasked = "records_masked"
    case suppressBelow = "suppress_below"
    case quasiIdentifiers = "quasi_identifiers"
    case columnsWritten = "columns_written"
    case columnsDropped = "columns_dropped"
    case sampleUniques = "sample_uniques"
  }

  /// The figures for a terminal, each with its meaning; `output` names the written file.
  public func text(output: String) -> String {
    let safe = Formatting.terminalSafe
    var rows: [(String, String, String)] = [
      ("records read", Formatting.count(recordsRead), "records in \(safe(file))"),
      ("records written", Formatting.count(recordsWritten), "records in \(safe(output))"),
    ]
    if let suppressBelow {
      rows.append(
        masks
          ? (
            "records masked", Formatting.count(recordsMasked),
            "records in classes smaller than \(suppressBelow), kept with * in every quasi-identifier"
          )
          : (
            "records suppressed", Formatting.count(recordsSuppressed),
            "records in classes smaller than \(suppressBelow), removed"
          ))
    }
    rows += [
      (
        "k", Formatting.count(k),
        "the smallest class of the written records on \(safe(quasiIdentifiers))"
      ),
      (
        "equivalence classes", Formatting.count(classes),
        "distinct combinations of the written quasi-identifier values"
      ),
      ("sample uniques", Formatting.count(sampleUniques), "written records alone in their class"),
      (
        "columns written", Formatting.count(columnsWritten),
        columnsDropped.isEmpty
          ? "every column of the file"
          : "dropped: " + columnsDropped.map(safe).joined(separator: ", ")
      ),
    ]
    let nameWidth = rows.map(\.0.count).max() ?? 0
    let valueWidth = rows.map(\.1.count).max() ?? 0
    var lines = [
      "\(safe(file)) → \(safe(output))  quasi-identifiers: \(safe(quasiIdentifiers))", "",
    ]
    for (name, value, meaning) in rows {
      lines.append(
        "  " + name + String(repeating: " ", count: nameWidth - name.count) + "  "
          + String(repeating: " ", count: valueWidth - value.count) + value + "  " + meaning)
    }
    for note in generalizations {
      lines.append("  \(safe(note.column))\(safe(note.summary))")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
