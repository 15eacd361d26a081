import PostgresNIO

/// Reads the rows of one query in batches, each cell as text: text types as their UTF-8 bytes,
/// integers in decimal, NULL as nil. Other types are refused (`columnType`): the queries
/// reidrisk writes return text and integers only, and a `--query` is run inside them.
///
/// Used by one `PostgresSession.stream` at a time, which awaits each call before the next, so
/// the iterator is never touched by two tasks at once.
final class RowReader: @unchecked Sendable {
  private var iterator: PostgresRowSequence.AsyncIterator?

  func start(_ rows: PostgresRowSequence) {
    iterator = rows.makeAsyncIterator()
  }

  /// Up to `count` rows; none at the end of the result.
  func next(_ count: Int) async throws -> [[String?]] {
    var batch: [[String?]] = []
    batch.reserveCapacity(count)
    while batch.count < count, let row = try await iterator?.next() {
      batch.append(try row.map(Self.text))
    }
    if batch.isEmpty { iterator = nil }
    return batch
  }

  static func text(_ cell: PostgresCell) throws(PostgresSourceError) -> String? {
    guard let bytes = cell.bytes else { return nil }
    switch cell.dataType {
    case .text, .varchar, .bpchar, .name:
      return String(buffer: bytes)
    case .int2, .int4, .int8:
      guard let value = try? cell.decode(Int.self) else {
        throw .columnType(column: cell.columnName, type: "\(cell.dataType)")
      }
      return String(value)
    default:
      throw .columnType(column: cell.columnName, type: "\(cell.dataType)")
    }
  }
}
