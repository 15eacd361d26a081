/// What the values of a column are, inferred from the values themselves (and, for ZIP codes,
/// the header). A column's type is the first in this order that fits at least 90% of its
/// non-missing records; the shares come from up to 10,000 distinct values.
public enum ValueType: String, Sendable, Codable, CaseIterable, Equatable {
  /// Hex or base64 strings of the length of an MD5, SHA-1 or SHA-256 digest.
  case digest
  case email
  case url
  case ipAddress = "ip_address"
  /// A national identification number pattern: a US social security number (123-45-6789) or a
  /// UK National Insurance number (QQ123456C).
  case nationalID = "national_id"
  /// A date and time of day: `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS`, an optional
  /// fraction and zone (`Z`, `+02:00`); or Unix epoch seconds (9 or 10 digits) in a column
  /// whose header says time or ends in `_at`. The time of an event.
  case timestamp
  case date
  /// A US ZIP code (5 digits, or ZIP+4) where the header says ZIP or the values keep leading
  /// zeros, or a UK postcode.
  case zip
  /// A phone number written with separators or a leading "+": "(617) 555-0123", "+44 20 7946 0958".
  case phone
  case integer
  case decimal
  /// Free text: long values or several words, line breaks.
  case freeText = "free_text"
  /// Short tokens without spaces, most of them distinct: an id or a reference ("M00000001").
  case code
  /// Any other text: a limited set of values repeated over the records.
  case categorical
  /// No value in any record.
  case empty
}
