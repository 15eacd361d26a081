import Foundation
import ReidRisk

/// DuckDB through its shell, `duckdb` on PATH (`pip install duckdb-cli`): the query on
/// standard input, each parameter in the child's environment and read with
/// `getenv('REIDRISK_P1')` (the shell's own function), so no value is written into the SQL;
/// the result as CSV on standard output, NULL written as empty. A database file is opened
/// read-only; `duckdb:` alone is an in-memory database, for `read_parquet('...')`.
struct DuckDBClient: EngineClient {
  let engine = "DuckDB"
  let dialect = SQLDialect.duckdb
  let database: String
  let program: URL
  /// The folder the shell runs in, which relative paths in `--table` are read from (a
  /// policy's folder); nil: the current folder.
  var folder: String?

  init(database: String, environment: [String: String], folder: String? = nil)
    throws(EngineError)
  {
    guard let program = EngineProcess.find("duckdb", environment: environment) else {
      throw EngineError(
        engine: engine, kind: .unavailable, detail: "no duckdb program on PATH",
        remedy: "that the DuckDB shell is installed (pip install duckdb-cli) and on PATH")
    }
    if !database.isEmpty && !FileManager.default.fileExists(atPath: database) {
      throw EngineError(
        engine: engine, kind: .connection, detail: "no database file \(database)",
        remedy: "the path after duckdb: (duckdb: alone reads files through --table)")
    }
    self.database = database
    self.program = program
    self.folder = folder
  }

  func run(_ query: SQLQuery, row: ([String?]) throws(EngineError) -> Void) throws(EngineError) {
    var environment: [String: String] = [:]
    for (index, value) in query.parameters.enumerated() {
      environment["REIDRISK_P\(index + 1)"] = value
    }
    let text = query.text { "getenv('REIDRISK_P\($0 + 1)')" }
    // -init /dev/null: no ~/.duckdbrc may change the output mode
    var arguments = ["-init", "/dev/null", "-csv", "-nullvalue", "", "-bail"]
    if !database.isEmpty { arguments += ["-readonly", database] }
    let child = try EngineProcess(
      engine: engine, program: program, arguments: arguments, environment: environment,
      folder: folder)
    child.write(text + ";\n", close: true)
    var rows = CSVRows()
    var header: [String?]?
    func take(_ fields: [String?]) throws(EngineError) {
      guard header != nil else {
        header = fields
        guard fields == query.columns.map(Optional.some) else {
          throw EngineError(
            engine: engine, kind: .result, detail: "the result's columns are not the query's",
            remedy: "that no ~/.duckdbrc or DUCKDB_ setting changes the shell's output")
        }
        return
      }
      guard fields.count == query.columns.count else {
        throw EngineError(
          engine: engine, kind: .result,
          detail: "a row of \(fields.count) fields, not \(query.columns.count)",
          remedy: "the DuckDB shell's version (1.1 or later)")
      }
      try row(fields)
    }
    do throws(EngineError) {
      while true {
        let data = child.read()
        if data.isEmpty { break }
        try rows.read(data, take)
      }
      let (status, errors) = child.wait()
      guard status == 0 else {
        throw EngineError(
          engine: engine, kind: .query,
          detail: errors.isEmpty ? "the shell ended with status \(status)" : errors,
          remedy: "that --table or --query names a table, file or columns DuckDB can read")
      }
      try rows.finish(take)
      guard header != nil else {
        throw EngineError(
          engine: engine, kind: .result, detail: "no result", remedy: "the DuckDB shell")
      }
    } catch {
      child.stop()
      throw error
    }
  }
}
