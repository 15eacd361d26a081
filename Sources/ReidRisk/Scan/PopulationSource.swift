/// Where population class sizes F come from, beside the export itself.
public enum PopulationSource: Sendable {
  /// A file the export was drawn from (`--superset`), read on the same quasi-identifiers.
  case superset(Dataset)
  /// A frequency table (`--population-table`): the quasi-identifiers and a count column.
  case table(Dataset, countColumn: String)
}

/// Why a scan could not be completed once the file was read: a bad population, weight or
/// count, nothing left to analyse. The message names the file and what to do, its remedy in
/// the words of the edge that reports it (`message(_:)`); `description` words it for flags.
public struct ScanError: Error, Equatable, CustomStringConvertible {
  public let file: String
  private let words: @Sendable (SettingWording) -> String

  /// A problem whose words do not depend on how settings are named.
  public init(file: String, reason: String) {
    self.file = file
    self.words = { _ in reason }
  }

  /// A problem whose remedy names settings, worded by `words`.
  init(file: String, words: @escaping @Sendable (SettingWording) -> String) {
    self.file = file
    self.words = words
  }

  /// The reason, without the file.
  public var reason: String { words(.flags) }

  /// The one-line message, with the remedy's settings named as `wording` names them.
  /// At most 300 characters: a long path is shortened, a long reason cut.
  public func message(_ wording: SettingWording) -> String {
    MessageText.capped("\(MessageText.file(file)): \(words(wording))")
  }

  public var description: String { message(.flags) }

  /// Two errors are equal when they say the same to a user of the flags.
  public static func == (a: ScanError, b: ScanError) -> Bool {
    a.file == b.file && a.words(.flags) == b.words(.flags)
  }
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
