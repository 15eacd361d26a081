/// The column names of a file, and the rule that finds a column by name.
public struct Header: Sendable, Equatable {
  public let names: [String]

  /// Validates the raw header fields: each must be UTF-8 and each name must be unique. `line`
  /// is the header's line in the file, for the errors.
  init(fields: [[UInt8]], file: String, line: Int = 1) throws(DatasetError) {
    var names: [String] = []
    for (index, field) in fields.enumerated() {
      guard let name = String(validating: field, as: UTF8.self) else {
        throw .invalidUTF8InHeader(file: file, column: index + 1, line: line)
      }
      names.append(name)
    }
    var firstColumn: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      if let first = firstColumn[name] {
        throw .duplicateHeader(
          file: file, name: name, columns: [first + 1, index + 1], line: line)
      }
      firstColumn[name] = index
    }
    self.names = names
  }

  public init(names: [String]) { self.names = names }

  /// The indices of `requested` names: an exact match, else the one name equal when case is
  /// ignored. All unknown names are reported at once, with the header that was found (on
  /// `line` of the file). Linear in the header and the request: `columns` and `scan` without
  /// `--qi` ask for every name, and a header of a million names must not take a million
  /// passes over itself.
  public func indices(of requested: [String], file: String, line: Int = 1) throws(DatasetError)
    -> [Int]
  {
    var exact: [String: Int] = [:]
    exact.reserveCapacity(names.count)
    for (index, name) in names.enumerated().reversed() { exact[name] = index }
    var caseless: [String: [Int]]?
    var indices: [Int] = []
    var unknown: [String] = []
    for name in requested {
      if let index = exact[name] {
        indices.append(index)
        continue
      }
      if caseless == nil {
        caseless = Dictionary(grouping: names.indices) { names[$0].lowercased() }
      }
      let matches = caseless?[name.lowercased()] ?? []
      switch matches.count {
      case 1: indices.append(matches[0])
      case 0: unknown.append(name)
      default:
        throw .ambiguousColumn(
          file: file, name: name, matches: matches.map { names[$0] }, line: line)
      }
    }
    guard unknown.isEmpty else {
      throw .unknownColumns(file: file, names: unknown, header: names, line: line)
    }
    return indices
  }
}
