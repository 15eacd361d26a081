/// Something a scan's reader should know that does not stop it, as a value with a kind (so a
/// program, a renderer or a test can tell them apart) and its one-line message. JSON writes
/// the message alone, as before.
public struct ScanWarning: Sendable, Equatable, Encodable, CustomStringConvertible {
  public enum Kind: String, Sendable, Equatable {
    /// No quasi-identifiers were given: those profiling suggests were used.
    case quasiIdentifiersSuggested = "quasi_identifiers_suggested"
    /// Columns that name people by themselves are in the file.
    case directIdentifiers = "direct_identifiers"
    /// `lenient` skipped records whose field count differs from the header's.
    case skippedRecords = "skipped_records"
    /// `lenient` read a quote left open: the records after it became one field.
    case openQuote = "open_quote"
  }

  public var kind: Kind
  public var message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(message)
  }
}
