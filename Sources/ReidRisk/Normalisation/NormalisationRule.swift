/// How the values of one column are brought to one spelling before they are compared.
///
/// Two files rarely spell a value the same way: " Boston" and "BOSTON", "03/07/1980" and
/// "1980-03-07", "2139" (a ZIP code that lost its leading zero in a spreadsheet) and "02139",
/// "F" and "Female". An attacker joining the files would normalise them; so does reidrisk, per
/// column type. Rules apply to a column's distinct values only (its dictionary), never per record.
public enum NormalisationRule: String, Sendable, Codable, CaseIterable, Equatable {
  /// Values compared as exact bytes (`--exact`).
  case exact
  /// Whitespace trimmed and runs of it made one space, Unicode canonical composition (NFC),
  /// lower case: " José  Smith" → "josé smith".
  case text
  /// A calendar date in ISO, US or European numeric, or "7 Mar 1980" spelling → "1980-03-07".
  /// A value that is not a valid date falls back to the text rule.
  case date
  /// A ZIP code or postcode: digits only, 3 or 4 long, in a column of 5-digit ZIP codes get
  /// their leading zeros back ("2139" → "02139"); letters are upper-cased ("sw1a1aa" →
  /// "SW1A 1AA").
  case zip
  /// A gender code: f / female / woman → "female", m / male / man → "male", nb / non-binary /
  /// nonbinary → "non-binary"; other values follow the text rule.
  case gender

  /// The rule in a few words, for reports.
  public var summary: String {
    switch self {
    case .exact: return "exact bytes"
    case .text: return "trimmed, one space, NFC, lower case"
    case .date: return "dates to ISO yyyy-mm-dd"
    case .zip: return "ZIP codes with leading zeros, postcodes upper case"
    case .gender: return "gender codes to female / male / non-binary"
    }
  }
}
