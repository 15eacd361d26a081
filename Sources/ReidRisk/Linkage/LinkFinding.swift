/// An export record that exactly one outside record matches: the attacker puts that outside
/// record's name on it.
public struct LinkFinding: Sendable, Equatable {
  /// The export record's number, from 1 after the header, and the line where it starts.
  public var record: Int
  public var line: Int
  /// The matching outside record's number and line.
  public var outsideRecord: Int
  public var outsideLine: Int
  /// The export records sharing the join values (1: the link holds both ways).
  public var classSize: Int
  public var reason: String
  /// The export id column's value, when one was given.
  public var id: String?
  /// The outside record's identifying columns (`--show-values` only).
  public var outsideValues: [String]?
  /// The join values (`--show-values` only).
  public var values: [String]?

  /// "one outside record shares zip, birth_date, gender, and no other export record does";
  /// with 3 export records: "one outside record shares zip, birth_date, gender with this record
  /// and 2 other export records".
  static func reason(classSize: Int, columns: [String]) -> String {
    let list = columns.joined(separator: ", ")
    if classSize == 1 {
      return "one outside record shares \(list), and no other export record does"
    }
    let others = classSize - 1
    return "one outside record shares \(list) with this record and \(others) other export"
      + (others == 1 ? " record" : " records")
  }
}
