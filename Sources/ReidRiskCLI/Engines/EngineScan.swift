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
    guard let source = layer.source else { return }
    if command.flags != nil && layer.missing == .wildcard {
      throw ReportedError(
        message: "--flags from an engine source takes --missing value or exclude; under"
          + " wildcard a record's class size needs the classes it matches (scan an export)")
    }
    if command.flags != nil && layer.id == nil {
      throw ReportedError(
        message: "--flags from an engine source needs --id: the column that names each record"
          + " in the flags (the engine returns no record numbers)")
    }
    try OutputCheck.before(
      outputs: [("--output", command.report.output), ("--flags", command.flags)],
      inputs: [layer.populationTable, layer.superset].compactMap { $0 })
    let queries = try EngineQueries.make(layer, dialect: source.dialect)
    let name = source.description + " " + relationName(layer.relation)
    let counts: ClassCounts
    let client: any EngineClient
    do throws(EngineError) {
      client = try EngineClients.client(for: source)
      counts = try classCounts(queries, client: client, layer: layer, source: name)
    } catch {
      throw ReportedError(message: error.description)
    }
    // the id names records in the flags; the classes are measured without it
    var measured = layer
    measured.id = nil
    let scan = try ClassCountsInput.measure(counts, file: name, layer: measured)
    let scanReport = scan.report
    if let flags = command.flags {
      let csv: String
      do throws(EngineError) {
        csv = try EngineFlags.csv(
          queries, client: client, counts: counts, flags: scan.classFlags(of: counts),
          layer: layer, idColumn: layer.id ?? "id")
      } catch {
        throw ReportedError(message: error.description)
      }
      try AtomicFile.write(csv, to: flags)
    }
    try command.report.write(
      ClassCountsInput.render([scanReport], report: command.report, asArray: false))
    if !scanReport.isWithinBounds { throw ExitCode(1) }
  }

  /// The relation in the report's `file`: the table as written, or "query".
  static func relationName(_ relation: EngineRelation?) -> String {
    switch relation {
    case .table(let table): table
    case .query, nil: "(query)"
    }
  }

  /// The class counts the engine returns for `queries`, checked row by row.
  static func classCounts(
    _ queries: ClassCountsQueries, client: any EngineClient, layer: ScanSettings, source: String
  ) throws(EngineError) -> ClassCounts {
    let query =
      queries.sensitiveAttributes.isEmpty
      ? queries.classCounts() : queries.classAndSensitiveCounts()
    func failed(_ error: ClassCountsError) -> EngineError {
      EngineError(
        engine: client.engine, kind: .result, detail: error.description,
        remedy: "that the engine ran the query reidrisk wrote (docs/class-counts.md)")
    }
    var builder: ClassCountsBuilder
    do throws(ClassCountsError) {
      builder = try ClassCountsBuilder(
        source: source, quasiIdentifiers: queries.quasiIdentifiers.map(\.name),
        missingTokens: queries.missingTokens)
    } catch {
      throw failed(error)
    }
    var line = 1
    try client.run(query) { (fields) throws(EngineError) in
      line += 1
      do throws(ClassCountsError) {
        try add(fields, to: &builder, line: line, engine: client.engine)
      } catch {
        throw failed(error)
      }
    }
    do throws(ClassCountsError) {
      return try builder.finish(metadata: ClassCountsInput.metadata(layer))
    } catch {
      throw failed(error)
    }
  }

  /// One row of `key, missing, count[, sensitive, value, rank]`.
  private static func add(
    _ fields: [String?], to builder: inout ClassCountsBuilder, line: Int, engine: String
  ) throws(ClassCountsError) {
    let key = Array((fields[0] ?? "").utf8)
    guard let mask = UInt64(fields[1] ?? ""), let count = Int(fields[2] ?? "") else {
      throw ClassCountsError(
        source: engine, line: line,
        reason: "the missing mask or the count is not a whole number")
    }
    if fields.count > 3, let column = fields[3], !column.isEmpty {
      let rank = fields[5].flatMap { Int($0) }
      try builder.addSensitive(
        key: key, missing: mask, count: count, column: column,
        value: Array((fields[4] ?? "").utf8), rank: rank, line: line)
    } else {
      try builder.addClass(key: key, missing: mask, count: count, line: line)
    }
  }
}
