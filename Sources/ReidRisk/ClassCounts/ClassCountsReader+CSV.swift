extension ClassCountsReader {
  /// The names a class-counts CSV header may hold.
  static let csvColumns = ["key", "missing", "count", "sensitive", "value", "rank"]

  /// One byte of CSV (RFC 4180): fields end at commas, records at line feeds (a carriage
  /// return before one is dropped), quotes open a field that may hold commas and line feeds.
  mutating func csv(_ byte: UInt8) throws(ClassCountsError) {
    switch state {
    case .quoted:
      if byte == 0x22 { state = .quoteInQuoted } else { field.append(byte) }
    case .quoteInQuoted:
      switch byte {
      case 0x22:
        field.append(byte)
        state = .quoted
      case 0x2C: endField()
      case 0x0A: try endRecord()
      case 0x0D: return
      default:
        throw ClassCountsError(
          source: source, line: line, column: fields.count + 1,
          reason: "a quote ends a field but is followed by more text; double the quotes inside"
            + " a quoted field")
      }
    case .lineStart, .comment, .fieldStart, .unquoted:
      if state == .lineStart { recordLine = line }
      switch byte {
      case 0x22 where state != .unquoted: state = .quoted
      case 0x2C: endField()
      case 0x0A: try endRecord()
      case 0x0D: return
      default:
        field.append(byte)
        state = .unquoted
      }
    }
  }

  private mutating func endField() {
    fields.append(field)
    field = []
    state = .fieldStart
  }

  private mutating func endRecord() throws(ClassCountsError) {
    if state == .lineStart && fields.isEmpty && field.isEmpty { return }  // blank line
    fields.append(field)
    field = []
    state = .lineStart
    let record = fields
    fields = []
    guard let header else {
      try readHeader(record)
      return
    }
    guard record.count == header.count else {
      throw ClassCountsError(
        source: source, line: recordLine,
        reason: "the row has \(record.count) fields, the header \(header.count); give every row"
          + " the header's columns, empty where they do not apply")
    }
    let columns = columnOf
    try add(
      line: recordLine,
      value: { name in
        guard let index = columns[name], !record[index].isEmpty else { return nil }
        return record[index]
      },
      column: { name in columns[name].map { $0 + 1 } })
  }

  private mutating func readHeader(_ record: [[UInt8]]) throws(ClassCountsError) {
    let names = record.map { String(decoding: $0, as: UTF8.self) }
    var columnOf: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      guard Self.csvColumns.contains(name) else {
        throw ClassCountsError(
          source: source, line: recordLine, column: index + 1,
          reason: "the header holds a column that class counts do not have; the columns are "
            + Self.csvColumns.joined(separator: ", ") + " (the last three for sensitive rows)")
      }
      guard columnOf[name] == nil else {
        throw ClassCountsError(
          source: source, line: recordLine, column: index + 1, field: name,
          reason: "the header names this column twice")
      }
      columnOf[name] = index
    }
    for required in ["key", "missing", "count"] where columnOf[required] == nil {
      throw ClassCountsError(
        source: source, line: recordLine,
        reason: "the header has no \(required) column; it starts key,missing,count")
    }
    if columnOf["sensitive"] != nil && columnOf["value"] == nil {
      throw ClassCountsError(
        source: source, line: recordLine,
        reason: "the header has a sensitive column but no value column")
    }
    header = names
    self.columnOf = columnOf
  }

  mutating func finishCSV() throws(ClassCountsError) {
    switch state {
    case .quoted:
      throw ClassCountsError(
        source: source, line: recordLine,
        reason: "a quoted field is never closed; close the quote")
    case .lineStart where fields.isEmpty && field.isEmpty: break
    default: try endRecord()
    }
    if header == nil {
      throw ClassCountsError(source: source, reason: "no header line key,missing,count")
    }
  }
}
