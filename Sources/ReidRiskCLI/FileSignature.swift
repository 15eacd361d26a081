/// Formats that are not CSV text, known by their first bytes ("magic numbers"), so that an
/// `.xlsx` given by mistake is named as such instead of failing as a header that is not valid
/// UTF-8.
///
/// Example: `50 4B 03 04` ("PK\u{3}\u{4}") starts every ZIP archive, hence every `.xlsx`,
/// `.docx` and `.ods`; `FF FE` starts UTF-16 text with a byte-order mark, little-endian.
/// Sources: the ZIP application note (APPNOTE.TXT 4.3.7), ISO 32000 (PDF, 7.5.2), the Unicode
/// standard (byte-order marks, 23.8), the file formats' own specifications for the others.
enum FileSignature {
  /// What the file is and what to do, when its start is a known non-CSV format.
  static func foreignFormat(_ bytes: UnsafeRawBufferPointer) -> String? {
    func starts(_ magic: [UInt8]) -> Bool {
      bytes.count >= magic.count && zip(bytes, magic).allSatisfy { $0 == $1 }
    }
    if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
      return "a ZIP archive (an Excel .xlsx or .ods workbook, or a .zip), not CSV text;"
        + " export the sheet as CSV (UTF-8), or unzip it"
    }
    if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      return
        "an old Office file (an Excel .xls workbook), not CSV text; export the sheet as CSV (UTF-8)"
    }
    if starts(Array("%PDF-".utf8)) {
      return "a PDF document, not CSV text; export the table as CSV"
    }
    if starts(Array("SQLite format 3".utf8)) {
      return "an SQLite database, not CSV text; export a table with sqlite3 -csv -header"
    }
    if starts(Array("PAR1".utf8)) {
      return
        "a Parquet file, not CSV text; convert it to CSV (e.g. with DuckDB COPY ... TO 'x.csv')"
    }
    if starts([0x42, 0x5A, 0x68]) { return compressed("bzip2", "bunzip2 -k") }
    if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return compressed("xz", "unxz -k") }
    if starts([0x28, 0xB5, 0x2F, 0xFD]) { return compressed("zstd", "unzstd") }
    if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return compressed("7-Zip", "7z x") }
    if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00]) {
      return utf("UTF-32", "UTF-32")
    }
    if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return utf("UTF-16", "UTF-16") }
    // UTF-16 without a byte-order mark: ASCII text with a zero byte after or before each
    if bytes.count >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0 {
      return utf("UTF-16 (little-endian)", "UTF-16LE")
    }
    if bytes.count >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0 {
      return utf("UTF-16 (big-endian)", "UTF-16BE")
    }
    return nil
  }

  /// The most bytes `foreignFormat` looks at.
  static let length = 16

  private static func compressed(_ format: String, _ command: String) -> String {
    "compressed with \(format), which reidrisk does not read (gzip only); decompress it"
      + " (\(command)) or recompress it with gzip"
  }

  private static func utf(_ encoding: String, _ iconvName: String) -> String {
    "text encoded as \(encoding), not UTF-8; convert it, e.g. iconv -f \(iconvName) -t UTF-8"
  }
}
