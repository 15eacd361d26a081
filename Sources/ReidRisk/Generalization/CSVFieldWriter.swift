internal import CLibCSV

/// Writes CSV records into a byte buffer, quoting through libcsv's writer (`csv_write2`): a
/// field holding the delimiter, a quote, a carriage return or a line feed, or a space or tab
/// at an edge, is written quoted with its quotes doubled; any other field is copied as it is.
/// Read back by reidrisk's tokenizer (or any RFC 4180 reader) every field is the same bytes.
/// Records end with a line feed. A record of one empty field is written `""`, since an empty
/// line is no record.
struct CSVFieldWriter {
  let delimiter: UInt8
  private(set) var bytes: [UInt8] = []
  private var scratch: [UInt8] = []
  private var fieldsInRecord = 0

  init(delimiter: UInt8, capacity: Int = 0) {
    self.delimiter = delimiter
    bytes.reserveCapacity(capacity)
  }

  /// Whether `field` must be quoted.
  @inline(__always)
  func needsQuotes(_ field: UnsafeRawBufferPointer) -> Bool {
    guard let first = field.first, let last = field.last else { return false }
    if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
    for byte in field
    where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
      return true
    }
    return false
  }

  mutating func field(_ field: UnsafeRawBufferPointer, isOnlyField: Bool = false) {
    if fieldsInRecord > 0 { bytes.append(delimiter) }
    fieldsInRecord += 1
    if field.isEmpty {
      if isOnlyField { bytes += [0x22, 0x22] }
      return
    }
    guard needsQuotes(field) else {
      bytes.append(contentsOf: field)
      return
    }
    // csv_write2 returns the size the quoted field needs; a second call writes it
    let needed = csv_write2(nil, 0, field.baseAddress, field.count, 0x22)
    if scratch.count < needed { scratch = [UInt8](repeating: 0, count: needed) }
    let written = scratch.withUnsafeMutableBytes { target in
      csv_write2(target.baseAddress, needed, field.baseAddress, field.count, 0x22)
    }
    bytes.append(contentsOf: scratch[0..<min(written, needed)])
  }

  mutating func field(_ field: ArraySlice<UInt8>, isOnlyField: Bool = false) {
    field.withUnsafeBytes { self.field($0, isOnlyField: isOnlyField) }
  }

  /// Drops what was written after `count` bytes (a record that turned out to be skipped).
  mutating func truncate(to count: Int) {
    bytes.removeSubrange(count...)
    fieldsInRecord = 0
  }

  mutating func endRecord() {
    bytes.append(0x0A)
    fieldsInRecord = 0
  }
}
