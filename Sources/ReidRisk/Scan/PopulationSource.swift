/// Where population class sizes F come from, beside the export itself.
public enum PopulationSource: Sendable {
  /// A file the export was drawn from (`--superset`), read on the same quasi-identifiers.
  case superset(Dataset)
  /// A frequency table (`--population-table`): the quasi-identifiers and a count column.
  case table(Dataset, countColumn: String)
}

/// Why a scan could not be completed once the file was read: a bad population, weight or
/// count. The description names the file and what to do.
public struct ScanError: Error, Equatable, CustomStringConvertible {
  public let file: String
  public let reason: String

  /// At most 300 characters: a long path is shortened, a long reason cut.
  public var description: String { MessageText.capped("\(MessageText.file(file)): \(reason)") }
}

extension EncodedColumn {
  /// The value of each record as a number, or the first record (from 0) whose value is not
  /// one. Parsed once per distinct value.
  func numbers() -> Result<[Double], NumberError> {
    var parsed: [Double?] = []
    parsed.reserveCapacity(dictionary.count)
    for code in 0..<Int32(dictionary.count) { parsed.append(Double(dictionary.string(of: code))) }
    var values = [Double](repeating: 0, count: codes.count)
    for (record, code) in codes.enumerated() {
      guard let value = parsed[Int(code)] else {
        return .failure(NumberError(record: record, value: dictionary.string(of: code)))
      }
      values[record] = value
    }
    return .success(values)
  }

  struct NumberError: Error {
    let record: Int
    let value: String
  }
}
