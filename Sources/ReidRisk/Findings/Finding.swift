/// A record that outside data could single out, with the reason in words.
public struct Finding: Sendable, Equatable {
  /// The record's number in the file, from 1 after the header.
  public var record: Int
  /// The physical line where the record starts.
  public var line: Int
  /// The size of its equivalence class.
  public var classSize: Int
  /// Its prosecutor risk, 1 / classSize.
  public var risk: Double
  public var reason: String
  /// The value of the id column, when one was given.
  public var id: String?
  /// The quasi-identifier values, only when values were asked for.
  public var values: [String]?
  /// The record's minimal sample uniques, when they were searched.
  public var uniqueness: RecordUniqueness? = nil
  /// Its smallest MSU's columns, `+`-joined (with their values when asked for).
  public var smallestMSUColumns: String? = nil
}

extension Finding {
  /// The reason a record in a class of `size` is flagged, with k the class size asked for.
  ///
  /// "unique on zip, birth_date, gender" for a class of 1; "one of 3 records sharing zip,
  /// birth_date, gender (fewer than k = 5)" otherwise.
  static func reason(size: Int, k: Int, columns: [String]) -> String {
    let list = columns.joined(separator: ", ")
    if size == 1 { return "unique on \(list)" }
    return "one of \(size) records sharing \(list) (fewer than k = \(k))"
  }
}
