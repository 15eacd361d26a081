import ArgumentParser
import ReidRisk

/// `scan --source ENGINE` and `scan --emit-sql DIALECT`: the counting in an engine.
enum EngineScan {
  /// An engine scan reads no files, and `--emit-sql` runs no engine.
  static func check(_ command: ScanCommand) throws(ReportedError) {
    guard command.input.files.isEmpty else {
      throw ReportedError(
        message:
          command.emitSql != nil
          ? "--emit-sql prints the queries for --table or --query; give no files"
          : "--source reads the records from the engine; give no files")
    }
    if command.emitSql != nil && command.input.reading.source != nil {
      throw ReportedError(
        message: "--emit-sql prints the queries and runs none; drop --source")
    }
  }

  static func run(_ command: ScanCommand, layer: ScanSettings) throws {
    try check(command)
    if let dialect = command.emitSql {
      let queries = try EngineQueries.make(layer, dialect: dialect)
      try command.report.write(try EngineQueries.emitted(queries, k: layer.k ?? 5))
      return
    }
    throw ReportedError(message: "--source is not wired yet")
  }
}
