/// One pair of columns a linkage joins on: a column of the export and the column of the outside
/// file that holds the same thing, and how the pair was found.
public struct JoinColumn: Sendable, Equatable, Encodable {
  /// How the two columns were paired.
  public enum Pairing: String, Sendable, Encodable, Equatable {
    /// The same name, ignoring case and punctuation ("Birth Date" and "birth_date").
    case sameName = "same_name"
    /// Synonyms of one concept ("dob" and "birth_date").
    case synonym
    /// Named by the user with `--on` or `--map`.
    case option
  }

  /// The export's column, as its header spells it.
  public var column: String
  /// The outside file's column, as its header spells it.
  public var outsideColumn: String
  public var pairing: Pairing

  public init(column: String, outsideColumn: String, pairing: Pairing) {
    self.column = column
    self.outsideColumn = outsideColumn
    self.pairing = pairing
  }

  enum CodingKeys: String, CodingKey {
    case column, pairing
    case outsideColumn = "outside_column"
  }
}
