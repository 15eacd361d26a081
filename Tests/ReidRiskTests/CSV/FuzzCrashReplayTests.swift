import Foundation
import Testing

@testable import ReidRisk

/// The inputs `FuzzCSVReading` reported (`Tests/Fixtures/fuzz/FuzzCSVReading`, see its
/// README), replayed as the target reads them: the parallel reader, its input cut where bytes
/// 0 and 1 say and read in pieces of 4 + 4 × byte 2 bytes, against one parser over the whole
/// input; then the reader that cuts records against the reader of every byte, on the run of
/// columns the target picks. Each must give the same records, values, lines and skipped
/// records, or the same error. The first 20 failed before the fix for bare carriage returns,
/// `crash-f22d12b8…` before the fix for a space past a misplaced quote, `crash-243ff919…`
/// before the fix for a space before a block with quotes, `crash-5b8d99a4…` before the fix for
/// spaces ending the file in a block, `crash-fff42d28…` before the fix for a space ending the
/// file in a block that cutting records walked quickly.
@Suite struct FuzzCrashReplayTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/fuzz/FuzzCSVReading").standardizedFileURL

  static let inputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

  /// A replay suite over an empty folder would pass with no cases.
  @Test func folderHoldsInputs() {
    #expect(Self.inputs.count == 24, "the inputs are missing from \(Self.folder.path)")
  }

  /// What a read gave, to compare.
  enum Outcome: Equatable {
    case read(values: [[[UInt8]]], lines: [Int], skipped: [SkippedRecord])
    case failed(DatasetError)
  }

  /// Reads every column (`columns` nil) or those of the header's indices in `columns` (the
  /// first column when it has none of them), as the target does.
  static func read(
    _ input: [UInt8], cuts: [Int], pieceBytes: Int?, columns: Range<Int>? = nil,
    skipping: FieldSkipping = .whenWorthwhile
  ) -> Outcome {
    var request = DatasetRequest(
      columns: [],
      columnsForHeader: { header in
        guard let columns else { return header.names }
        let names = header.names.indices.clamped(to: columns).map { header.names[$0] }
        return names.isEmpty ? Array(header.names.prefix(1)) : names
      })
    request.hashSeed = .deterministic
    request.isSequential = pieceBytes == nil
    request.fieldSkipping = skipping
    let reader = DatasetReader(file: "fuzz.csv", request: request)
    if let pieceBytes { reader.pieceBytes = pieceBytes }
    do throws(DatasetError) {
      var start = 0
      for end in cuts + [input.count] where end > start {
        let chunk = Array(input[start..<end])
        let failure: DatasetError? = chunk.withUnsafeBytes { buffer in
          do throws(DatasetError) { try reader.consume(buffer) } catch { return error }
          return nil
        }
        if let failure { throw failure }
        start = end
      }
      let data = try reader.finish()
      return .read(
        values: data.columns.map { column in
          column.codes.map { Array(column.dictionary.bytes(of: $0)) }
        },
        lines: data.recordLines, skipped: data.skippedRecords)
    } catch {
      return .failed(error)
    }
  }

  @Test(arguments: inputs)
  func parallelReaderAgreesWithOneParser(name: String) throws {
    let data = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
    try #require(data.count >= 3)
    let input = Array(data[3...])
    let first = Int(data[0]) * input.count / 256
    let second = first + Int(data[1]) * (input.count - first) / 256
    let parallel = Self.read(input, cuts: [first, second], pieceBytes: 4 + Int(data[2]) * 4)
    let oneParser = Self.read(input, cuts: [], pieceBytes: nil)
    #expect(parallel == oneParser, "\(name)")
    let mix = Int(data[0] ^ data[1])
    let columns = mix / 4 % 3..<(mix / 4 % 3 + 1 + mix % 4)
    let pieceBytes = 4 + Int(data[2]) * 4
    let cutting = Self.read(
      input, cuts: [first, second], pieceBytes: pieceBytes, columns: columns, skipping: .always)
    let whole = Self.read(
      input, cuts: [first, second], pieceBytes: pieceBytes, columns: columns, skipping: .never)
    #expect(cutting == whole, "\(name), columns \(columns): \(cutting) against \(whole)")
  }
}
