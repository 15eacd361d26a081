/// Rows of RFC 4180 CSV as bytes arrive: fields split at commas outside double quotes, `""`
/// inside quotes a quote, a line feed (or CR LF) outside quotes the end of a row. An empty
/// field is nil: an engine's shell writes NULL and '' alike.
///
/// `a,"b,""c"""\n,x\n` gives the rows `["a", "b,\"c\""]` and `[nil, "x"]`.
struct CSVRows {
  private var field: [UInt8] = []
  private var row: [String?] = []
  private var inQuotes = false
  private var quoteSeen = false
  private var afterQuote = false
  private var pendingReturn = false

  /// Hands each complete row of `bytes` (with what came before) to `emit`.
  mutating func read<E: Error>(
    _ bytes: some Collection<UInt8>, _ emit: ([String?]) throws(E) -> Void
  ) throws(E) {
    for byte in bytes {
      if inQuotes {
        if byte == UInt8(ascii: "\"") {
          inQuotes = false
          afterQuote = true
        } else {
          field.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        if afterQuote { field.append(byte) }  // "" inside a quoted field
        inQuotes = true
        quoteSeen = true
        afterQuote = false
      case UInt8(ascii: ","):
        endField()
      case UInt8(ascii: "\n"):
        endField()
        let complete = row
        row = []
        try emit(complete)
      case UInt8(ascii: "\r"):
        afterQuote = false
      default:
        afterQuote = false
        field.append(byte)
      }
    }
  }

  /// The last row when the text does not end with a line feed.
  mutating func finish<E: Error>(_ emit: ([String?]) throws(E) -> Void) throws(E) {
    guard !field.isEmpty || !row.isEmpty || quoteSeen else { return }
    endField()
    let complete = row
    row = []
    try emit(complete)
  }

  private mutating func endField() {
    row.append(field.isEmpty && !quoteSeen ? nil : String(decoding: field, as: UTF8.self))
    field.removeAll(keepingCapacity: true)
    quoteSeen = false
    afterQuote = false
  }
}
