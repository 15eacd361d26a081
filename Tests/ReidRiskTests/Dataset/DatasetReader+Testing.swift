@testable import ReidRisk

extension DatasetReader {
  /// Reads `text` in chunks of `chunkSize` bytes (nil: all at once).
  static func read(
    _ text: String, columns: [String], chunkSize: Int? = nil, isStrict: Bool = true,
    parallelism: Int = 2, isSequential: Bool = false, delimiter: UInt8? = nil,
    seed: HashSeed = .deterministic,
    maximumDistinctValues: Int = DatasetRequest.defaultMaximumDistinctValues
  ) throws(DatasetError) -> Dataset {
    try read(
      Array(text.utf8), columns: columns, chunkSize: chunkSize, isStrict: isStrict,
      parallelism: parallelism, isSequential: isSequential, delimiter: delimiter, seed: seed,
      maximumDistinctValues: maximumDistinctValues)
  }

  static func read(
    _ bytes: [UInt8], columns: [String], chunkSize: Int? = nil, isStrict: Bool = true,
    parallelism: Int = 2, isSequential: Bool = false, delimiter: UInt8? = nil,
    seed: HashSeed = .deterministic,
    maximumDistinctValues: Int = DatasetRequest.defaultMaximumDistinctValues,
    fieldSkipping: FieldSkipping? = nil
  ) throws(DatasetError) -> Dataset {
    var request = DatasetRequest(
      columns: columns, delimiter: delimiter, isStrict: isStrict, parallelism: parallelism)
    request.isSequential = isSequential
    request.hashSeed = seed
    request.maximumDistinctValues = maximumDistinctValues
    if let fieldSkipping { request.fieldSkipping = fieldSkipping }
    let reader = DatasetReader(file: "test.csv", request: request)
    let size = max(chunkSize ?? bytes.count, 1)
    var start = 0
    while start < bytes.count {
      let end = min(start + size, bytes.count)
      let chunk = Array(bytes[start..<end])
      let failure: DatasetError? = chunk.withUnsafeBytes { buffer in
        do throws(DatasetError) { try reader.consume(buffer) } catch { return error }
        return nil
      }
      if let failure { throw failure }
      start = end
    }
    return try reader.finish()
  }
}

extension Dataset {
  /// The values of column `name`, record by record, as text.
  func values(_ name: String) -> [String] {
    guard let column = column(named: name) else { return [] }
    return column.codes.map { column.dictionary.string(of: $0) }
  }

  /// The line of every record.
  var recordLines: [Int] { (0..<recordCount).map { lines.line(ofRecord: $0) } }
}
