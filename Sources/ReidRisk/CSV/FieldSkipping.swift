/// Whether libcsv is handed each record only up to its last needed field, the rest skipped
/// (`RecordCuts`). The dataset is the same either way; only the time differs.
///
/// With `zip,birth_date,gender` (fields 5, 7 and 8 of 22) needed from a record of 254 bytes
/// whose zip ends at byte 80, libcsv reads 81 bytes instead of 254.
public enum FieldSkipping: Sendable, Equatable {
  /// Every byte goes through libcsv.
  case never
  /// Records are cut where they can be, on every piece.
  case always
  /// Records are cut while the cuts leave out at least `minimumSkippedShare` of a piece's
  /// bytes; past a piece where they leave out less, its lane reads whole.
  case whenWorthwhile

  /// The share below which finding the cuts costs more than it saves (measured in
  /// BENCHMARKS.md, "Reading only the needed fields").
  static let minimumSkippedShare = 0.2
}
