/// The profile of every column of a file, with the suggested quasi-identifiers: the value the
/// `columns` command renders.
///
/// JSON: `{schema_version, file, records, columns: [ColumnProfile], suggested_quasi_identifiers,
/// direct_identifiers, warnings}`, keys sorted; documented in `docs/columns.md`.
public struct ColumnsReport: Sendable, Encodable {
  public static let schemaVersion = 1

  public var schemaVersion = ColumnsReport.schemaVersion
  public var file: String
  public var records: Int
  public var columns: [ColumnProfile]
  public var suggestedQuasiIdentifiers: [String]
  public var directIdentifiers: [String]
  public var warnings: [String]

  public init(file: String, dataset: Dataset, missingTokens: [String] = []) {
    self.file = file
    records = dataset.recordCount
    columns = ColumnProfile.profiles(of: dataset, missingTokens: missingTokens)
    suggestedQuasiIdentifiers = ColumnProfile.suggestedQuasiIdentifiers(columns)
    directIdentifiers = ColumnProfile.directIdentifiers(columns)
    warnings =
      dataset.skippedRecords.first.map { first in
        [
          "skipped \(dataset.skippedRecords.count) records whose field count differs from the header's"
            + " (first: record \(first.record), line \(first.line))"
        ]
      } ?? []
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case file, records, columns, warnings
    case suggestedQuasiIdentifiers = "suggested_quasi_identifiers"
    case directIdentifiers = "direct_identifiers"
  }
}
