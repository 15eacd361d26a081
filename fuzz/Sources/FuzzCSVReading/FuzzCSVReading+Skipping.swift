@testable import ReidRisk

/// The reader that hands libcsv each record only from its first to its last needed field,
/// against the reader that hands it every byte, on the same bytes cut the same way: the
/// header's `columns` (those of them it has; the first column when it has none of them), the
/// same values, lines, skipped records and error.
func compareFieldSkipping(
  _ input: UnsafeRawBufferPointer, _ steering: Steering, columns: Range<Int>
) {
  let skipping = read(input, columns: columns, skipping: .always, steering: steering)
  let whole = read(input, columns: columns, skipping: .never, steering: steering)
  if skipping != whole {
    fatalError("skipping and whole readers disagree: \(skipping) against \(whole)")
  }
}

/// What a read of the needed columns gave: each column's values record by record, the lines,
/// or the error.
private enum NeededColumns: Equatable, CustomStringConvertible {
  case dataset(records: Int, skipped: [SkippedRecord], values: [[[UInt8]]], lines: [Int])
  case failure(DatasetError)

  var description: String {
    switch self {
    case .dataset(let records, let skipped, _, _): "\(records) records, \(skipped.count) skipped"
    case .failure(let error): error.description
    }
  }
}

private func read(
  _ input: UnsafeRawBufferPointer, columns: Range<Int>, skipping: FieldSkipping,
  steering: Steering
) -> NeededColumns {
  var request = DatasetRequest(
    columns: [], isStrict: true, parallelism: 2,
    columnsForHeader: { header in
      let names = header.names.indices.clamped(to: columns).map { header.names[$0] }
      return names.isEmpty ? Array(header.names.prefix(1)) : names
    })
  request.hashSeed = .deterministic
  request.fieldSkipping = skipping
  let reader = DatasetReader(file: "fuzz.csv", request: request)
  reader.pieceBytes = steering.pieceBytes
  do throws(DatasetError) {
    var start = 0
    for end in steering.cuts + [input.count] where end > start {
      try reader.consume(UnsafeRawBufferPointer(rebasing: input[start..<end]))
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
