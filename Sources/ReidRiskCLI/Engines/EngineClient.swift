import Foundation
import ReidRisk

/// A database or warehouse that runs reidrisk's queries and hands back their rows: the DuckDB
/// shell, Spark, PostgreSQL.
///
/// `run` streams: each row goes to `row` as it arrives, its fields in `query.columns` order,
/// nil for SQL NULL. Any error, from the engine or thrown by `row`, ends the run; the caller
/// then reports nothing from what came before (never a partial report) and exits 2. A client
/// never prints; messages go up as `EngineError`.
protocol EngineClient {
  /// The engine's name in messages: "DuckDB", "Spark", "PostgreSQL".
  var engine: String { get }
  /// The SQL the engine reads.
  var dialect: SQLDialect { get }
  /// Runs `query`, binding `query.parameters` (never splicing them into the text), and hands
  /// each result row to `row`.
  func run(_ query: SQLQuery, row: ([String?]) throws(EngineError) -> Void) throws(EngineError)
}

/// An engine run that failed: which engine, what happened, what to check. The message is one
/// line; text from the engine is cut to its first line and its quoted parts (which may hold a
/// value from the table) are replaced by `'…'`.
struct EngineError: Error, Equatable, CustomStringConvertible {
  enum Kind: Equatable {
    /// The engine's client is not installed or cannot start (`duckdb` not on PATH).
    case unavailable
    /// No connection could be made (host, socket, credentials, database file).
    case connection
    /// The connection ended before the result did.
    case connectionLost
    /// The engine refused or failed the query (unknown table or column, permission).
    case query
    /// A result row is not what reidrisk asked for (a column count, a count that is no number).
    case result
  }

  let engine: String
  let kind: Kind
  /// What happened, worded by reidrisk or scrubbed from the engine's message.
  let detail: String
  /// What the user should check, e.g. "that --table names a table the user may read".
  let remedy: String

  init(engine: String, kind: Kind, detail: String, remedy: String) {
    self.engine = engine
    self.kind = kind
    self.detail = Self.scrubbed(detail)
    self.remedy = remedy
  }

  var description: String {
    let what: String
    switch kind {
    case .unavailable: what = "cannot start"
    case .connection: what = "cannot connect"
    case .connectionLost: what = "lost the connection before the result was complete"
    case .query: what = "refused the query"
    case .result: what = "returned a result reidrisk cannot read"
    }
    return "\(engine) \(what): \(detail); check \(remedy)"
  }

  /// The engine's text cut to its first non-empty line and 200 characters, each quoted part
  /// (`'...'`, `"..."`) replaced by `'…'`: an engine quotes the value it choked on.
  static func scrubbed(_ text: String) -> String {
    let line =
      text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
      .map(String.init) ?? ""
    var result = ""
    var quote: Character?
    for character in line {
      if let open = quote {
        if character == open {
          quote = nil
          result += "'…'"
        }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
        result.append(character)
      }
    }
    if quote != nil { result += "'…'" }
    let trimmed = result.trimmingCharacters(in: .whitespaces)
    return trimmed.count > 200 ? String(trimmed.prefix(199)) + "…" : trimmed
  }
}
