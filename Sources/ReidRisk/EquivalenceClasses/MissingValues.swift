/// What to do with a record whose quasi-identifier value is missing (an empty cell, or one of
/// the tokens given with `--na`).
public enum MissingValuePolicy: String, Sendable, CaseIterable, Codable {
  /// A missing value is a value of its own: all records missing the ZIP code share one.
  case value
  /// Records with a missing quasi-identifier are left out of the analysis and counted.
  case exclude
  /// A missing value matches every value, as sdcMicro counts frequencies: the record (A, ?)
  /// hides among all records with A, and makes each of them a little harder to single out.
  case wildcard
}
