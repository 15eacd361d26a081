/// Recognises the binary files people give by mistake (a spreadsheet saved as `.xlsx`, a
/// PDF), by their first bytes, so that the error names the format instead of complaining
/// about a header that is not UTF-8. Gzip is not among them: it is read.
enum BinaryFormat {
  /// What the file is, when its first bytes say it is not text: "an Excel or OpenDocument
  /// workbook (a zip archive)", ...; nil for text.
  static func recognise(_ bytes: UnsafeRawBufferPointer) -> String? {
    func starts(with magic: [UInt8]) -> Bool {
      bytes.count >= magic.count && zip(bytes, magic).allSatisfy { $0 == $1 }
    }
    if starts(with: [0x50, 0x4B, 0x03, 0x04]) || starts(with: [0x50, 0x4B, 0x05, 0x06]) {
      return "a zip archive (an .xlsx or .ods workbook is one)"
    }
    if starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      return "an old Office document (.xls)"
    }
    if starts(with: Array("%PDF".utf8)) { return "a PDF document" }
    if starts(with: Array("SQLite format 3".utf8)) { return "an SQLite database" }
    if starts(with: Array("PAR1".utf8)) { return "a Parquet file" }
    if starts(with: [0xFF, 0xFE]) || starts(with: [0xFE, 0xFF]) {
      return "UTF-16 text (reidrisk reads UTF-8)"
    }
    // a NUL among the first bytes: not a text file
    if bytes.prefix(4096).contains(0) { return "a binary file (it holds NUL bytes)" }
    return nil
  }

  /// The one-line error for `path`.
  static func error(_ path: String, kind: String) -> ReportedError {
    ReportedError(
      message: "\(path): this is \(kind), not CSV; export or save it as CSV (UTF-8) and give"
        + " that file")
  }
}
