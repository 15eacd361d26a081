/// Streams a CSV file a second time and writes its generalized export: the header's kept
/// columns, then each kept record with its quasi-identifier fields replaced by their written
/// values and every other field copied as the bytes the tokenizer gave (quoted again by
/// `CSVFieldWriter` where it must be). Feed the file's bytes with `consume`, then `finish`.
///
/// The same tokenizer rules as the first read (strict quotes, empty lines skipped, spaces at
/// field edges kept; in lenient mode records of the wrong field count skipped), so record i
/// here is record i of the dataset the export was built from; a file that changed between the
/// two reads is an error, never a shifted column.
public final class GeneralizedExportWriter {
  private let file: String
  private let tokenizer: CSVTokenizer
  private let sink: Sink
  private var isFirst = true

  public init(export: GeneralizedExport, file: String, delimiter: UInt8, isStrict: Bool)
    throws(ScanError)
  {
    self.file = file
    do {
      tokenizer = try CSVTokenizer(delimiter: delimiter, strict: isStrict)
    } catch {
      throw ScanError(file: file, reason: "out of memory starting the CSV parser")
    }
    sink = Sink(export: export, delimiter: delimiter)
  }

  /// Tokenizes and writes the next bytes of the file.
  public func consume(_ bytes: UnsafeRawBufferPointer) throws(ScanError) {
    var bytes = bytes
    if isFirst {
      isFirst = false
      if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
        bytes = UnsafeRawBufferPointer(rebasing: bytes[3...])
      }
    }
    do {
      try tokenizer.parse(bytes, into: sink)
    } catch {
      throw failure(error)
    }
    if sink.headerIsMalformed { throw changed }
  }

  private var changed: ScanError {
    ScanError(
      file: file,
      reason: "the file changed between its two reads (record \(sink.record + 1)); run again")
  }

  private func failure(_ error: CSVTokenizerError) -> ScanError {
    let what =
      switch error {
      case .malformedQuote: "a misplaced or unterminated quote"
      case .fieldTooLarge(let limit): "a field over \(limit) bytes"
      case .outOfMemory: "out of memory"
      case .unknown(let code): "libcsv error \(code)"
      }
    return ScanError(
      file: file,
      reason: "record \(sink.record + 1) (line \(sink.recordStartLine)): \(what) on the second"
        + " read; the file changed while it was read")
  }

  /// Ends the file and returns the written bytes.
  public func finish() throws(ScanError) -> [UInt8] {
    do {
      try tokenizer.finish(into: sink)
    } catch {
      throw failure(error)
    }
    guard !sink.headerIsMalformed, sink.record == sink.export.isKept.count else { throw changed }
    return sink.writer.bytes
  }

  private final class Sink: FieldSink {
    let export: GeneralizedExport
    var writer: CSVFieldWriter
    /// The record being read, from 0; -1 for the header.
    var record = -1
    let fieldCount: Int
    /// Each header position's place among the written columns, or -1.
    let slot: [Int]
    let isSingle: Bool
    /// The written quasi-identifier column at each header position, or nil.
    let quasiIdentifierAt: [EncodedColumn?]
    /// Whether the current record is written.
    var isWritten = false
    var recordStart = 0
    var headerIsMalformed = false

    init(export: GeneralizedExport, delimiter: UInt8) {
      self.export = export
      writer = CSVFieldWriter(delimiter: delimiter, capacity: 1 << 20)
      fieldCount = export.header.names.count
      var slot = [Int](repeating: -1, count: fieldCount)
      for (position, index) in export.keptIndices.enumerated() { slot[index] = position }
      self.slot = slot
      isSingle = export.keptIndices.count == 1
      quasiIdentifierAt = (0..<fieldCount).map { export.quasiIdentifierColumns[$0] }
      isWritten = true  // the header
    }

    override func field(_ bytes: UnsafeRawBufferPointer, index: Int) {
      guard isWritten, index < fieldCount, slot[index] >= 0 else { return }
      if record < 0 {
        writer.field(bytes, isOnlyField: isSingle)
        return
      }
      if let column = quasiIdentifierAt[index] {
        writer.field(column.dictionary.bytes(of: column.codes[record]), isOnlyField: isSingle)
      } else {
        writer.field(bytes, isOnlyField: isSingle)
      }
    }

    override func record(fields: Int) {
      defer { recordStart = writer.bytes.count }
      if fields != fieldCount {
        // the record is skipped: it was not counted, so the next one keeps its number
        // lenient reading skipped this record too; strict reading stopped at it
        writer.truncate(to: recordStart)
        if record < 0 { headerIsMalformed = true }
        return
      }
      if isWritten { writer.endRecord() }
      record += 1
      isWritten = record < export.isKept.count && export.isKept[record]
    }
  }
}
