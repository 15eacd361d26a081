import Foundation
import ReidRisk

/// Spark SQL through pyspark, as the `pyspark` shell runs it: reidrisk starts the Python
/// beside `spark-submit` (`SparkClient.driverPython`) on a fixed driver (`SparkClient.driver`,
/// given with `-c`, so no file is written), and pyspark starts the JVM through
/// `spark-submit`. The driver runs once per run of reidrisk; each query goes to its standard
/// input as one JSON line and runs as `spark.sql(sql, args=args)`, the parameters bound by
/// Spark (`:p1`); rows come back on its standard output as JSON arrays, one a line, then
/// `{"end": true}` or `{"error": ...}`. The master is Spark's default (`spark-defaults.conf`,
/// `PYSPARK_SUBMIT_ARGS`, else `local[*]`) unless `--source spark:MASTER` names it
/// (`local[2]`, `yarn`, `spark://host:7077`; the driver runs here, in client mode).
///
/// The driver and its JVM form a process group that ends with reidrisk: at the end of the
/// run (standard input closed, `spark.stop()`), on an error in a row (SIGTERM to the group),
/// and when reidrisk is interrupted or killed (the driver notices within a second). A driver
/// that ends early is a `connectionLost` error naming the cause from its log; reidrisk
/// notices the end of its output, so it never waits for an answer that cannot come.
final class SparkClient: EngineClient {
  let engine = "Spark"
  let dialect = SQLDialect.spark
  private let python: URL
  private let environment: [String: String]
  private let master: String?
  private var child: EngineProcess?

  init(master: String?, environment: [String: String]) throws(EngineError) {
    guard let submit = EngineProcess.find("spark-submit", environment: environment) else {
      throw EngineError(
        engine: engine, kind: .unavailable, detail: "no spark-submit program on PATH",
        remedy: "that Spark is installed (pip install pyspark) with Java 17, and on PATH")
    }
    guard let (python, extra) = Self.driverPython(beside: submit, environment: environment) else {
      throw EngineError(
        engine: engine, kind: .unavailable, detail: "no python3 beside spark-submit or on PATH",
        remedy: "that the Python pyspark is installed for is on PATH, or PYSPARK_DRIVER_PYTHON")
    }
    self.python = python
    self.environment = extra
    self.master = master
  }

  deinit {
    guard let child else { return }
    // the driver stops Spark and ends; what is left of its group (a JVM on its way out, or
    // a driver that does not end within a minute) gets SIGTERM
    child.write("", close: true)
    _ = child.ended(within: 60)
    _ = child.end(grace: 10)
  }

  /// The driver, started on the first query.
  private func started() throws(EngineError) -> EngineProcess {
    if let child { return child }
    let started = try EngineProcess(
      engine: engine, program: python,
      arguments: ["-c", Self.driver] + (master.map { [$0] } ?? []), environment: environment)
    child = started
    return started
  }

  /// The driver ended before its answer did: the cause from its log, the group ended.
  private func lost(_ child: EngineProcess) -> EngineError {
    let (status, errors) = child.end(grace: 10)
    self.child = nil
    if status == 3 {
      return EngineError(
        engine: engine, kind: .unavailable, detail: "\(python.path) cannot import pyspark",
        remedy: "that pyspark is installed for that Python (pip install pyspark), or set"
          + " PYSPARK_DRIVER_PYTHON")
    }
    return EngineError(
      engine: engine, kind: .connectionLost,
      detail: errors.isEmpty ? "the driver ended with status \(status)" : Self.cause(errors),
      remedy: "Java 17 (JAVA_HOME) and the --source master")
  }

  func run(_ query: SQLQuery, row: ([String?]) throws(EngineError) -> Void) throws(EngineError) {
    let child = try started()
    var arguments: [String: String] = [:]
    for (index, value) in query.parameters.enumerated() { arguments["p\(index + 1)"] = value }
    let request: [String: Any] = ["sql": query.text, "args": arguments]
    guard let json = try? JSONSerialization.data(withJSONObject: request) else {
      throw EngineError(
        engine: engine, kind: .query, detail: "the query could not be written as JSON",
        remedy: "the names and --na tokens (valid UTF-8)")
    }
    child.write(String(decoding: json, as: UTF8.self) + "\n", close: false)
    var pending = Data()
    do throws(EngineError) {
      while true {
        let data = child.read()
        if data.isEmpty { throw lost(child) }
        pending.append(data)
        var start = pending.startIndex
        while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
          let line = pending[start..<newline]
          start = pending.index(after: newline)
          if try take(line, columns: query.columns.count, row: row) { return }
        }
        pending.removeSubrange(pending.startIndex..<start)
      }
    } catch {
      // an error in a row, or a result reidrisk cannot read: the driver is ended with its JVM
      if self.child != nil {
        _ = child.end(grace: 10)
        self.child = nil
      }
      throw error
    }
  }

  /// Handles one line of the driver's output; true at the end of the result.
  private func take(
    _ line: Data, columns: Int, row: ([String?]) throws(EngineError) -> Void
  ) throws(EngineError) -> Bool {
    let parsed = try? JSONSerialization.jsonObject(with: line)
    if let fields = parsed as? [Any] {
      guard fields.count == columns else {
        throw EngineError(
          engine: engine, kind: .result, detail: "a row of \(fields.count) fields, not \(columns)",
          remedy: "the Spark version (3.4 or later)")
      }
      try row(fields.map { $0 as? String })
      return false
    }
    if let object = parsed as? [String: Any] {
      if object["end"] != nil { return true }
      if let error = object["error"] as? String {
        throw EngineError(
          engine: engine, kind: .query, detail: error,
          remedy: "that --table or --query names a table, path or columns Spark can read")
      }
    }
    throw EngineError(
      engine: engine, kind: .result, detail: "a line of output that is no result row",
      remedy: "that no Python start-up file (sitecustomize, usercustomize) prints")
  }

  /// The line of Spark's log that says why it stopped: the last with "Error" or "Exception".
  static func cause(_ log: String) -> String {
    let lines = log.split(whereSeparator: \.isNewline)
    return lines.last { $0.contains("Error") || $0.contains("Exception") }.map(String.init)
      ?? lines.last.map(String.init) ?? ""
  }
}
