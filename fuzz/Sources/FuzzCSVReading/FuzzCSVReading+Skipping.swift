@testable import ReidRisk

/// The skipping reader (`RecordCuts`: libcsv reads each record up to its last needed field)
/// and the reader of every byte agree on the records, values, lines and error, reading the
/// first `needed` columns of every input (1 to 4, from its first two bytes).
func compareFieldSkipping(_ input: [UInt8], cuts: [Int], needed: Int) {
  let skipping = read(input, firstColumns: needed, skipping: .always, cuts: cuts)
  let whole = read(input, firstColumns: needed, skipping: .never, cuts: cuts)
  if skipping != whole {
    fatalError("skipping and whole readers disagree: \(skipping) against \(whole)")
  }
}

func read(_ input: [UInt8], firstColumns: Int, skipping: FieldSkipping, cuts: [Int]) -> Outcome {
  var request = DatasetRequest(
    columns: [], isStrict: true, parallelism: 2,
    columnsForHeader: { header in Array(header.names.prefix(firstColumns)) })
  request.hashSeed = .deterministic
  request.fieldSkipping = skipping
  let reader = DatasetReader(file: "fuzz.csv", request: request)
  do throws(DatasetError) {
    var start = 0
    for end in cuts + [input.count] where end > start {
      let failure: DatasetError? = input[start..<end].withUnsafeBytes { buffer in
        do throws(DatasetError) { try reader.consume(buffer) } catch { return error }
        return nil
      }
      if let failure { throw failure }
      start = end
    }
    let dataset = try reader.finish()
    let values = dataset.columns.map { column in
      column.codes.map { Array(column.dictionary.bytes(of: $0)) }
    }
    let lines = (0..<dataset.recordCount).map { dataset.lines.line(ofRecord: $0) }
    return .dataset(
      records: dataset.recordCount, skipped: dataset.skippedRecords, values: values, lines: lines)
  } catch {
    return .failure(error)
  }
}
