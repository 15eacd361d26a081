import Foundation
import ReidRisk

/// The client of each engine source.
enum EngineClients {
  /// `folder`: where a client program runs, for relative paths in a table (DuckDB's
  /// `read_csv('members.csv')` in a policy is read from the policy's folder); nil: here.
  static func client(for source: EngineSource, folder: String? = nil) throws(EngineError)
    -> any EngineClient
  {
    let environment = ProcessInfo.processInfo.environment
    switch source {
    case .duckdb(let database):
      return try DuckDBClient(database: database, environment: environment, folder: folder)
    case .spark(let master):
      return try SparkClient(master: master, environment: environment)
    case .postgres(let url):
      return try PostgresClient(url: url, environment: environment)
    }
  }
}
