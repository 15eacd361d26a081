import Foundation
import ReidRisk

/// The client of each engine source.
enum EngineClients {
  static func client(for source: EngineSource) throws(EngineError) -> any EngineClient {
    let environment = ProcessInfo.processInfo.environment
    switch source {
    case .duckdb(let database):
      return try DuckDBClient(database: database, environment: environment)
    case .spark(let master):
      return try SparkClient(master: master, environment: environment)
    case .postgres(let url):
      return try PostgresClient(url: url, environment: environment)
    }
  }
}
