/// Why the records of one equivalence class are flagged: the class's size and the reason each
/// of its records carries in the flags ("one of 3 records sharing zip, gender (fewer than
/// k = 5)"; "all 6 members share one value of tier" for a class of k or more short of l = 2).
public struct ClassFlag: Sendable, Equatable {
  /// The class's size, by which a record's risk is 1 / size.
  public var size: Int
  public var reason: String

  public init(size: Int, reason: String) {
    self.size = size
    self.reason = reason
  }
}
