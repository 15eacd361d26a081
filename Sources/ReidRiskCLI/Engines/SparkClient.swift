import Foundation
import ReidRisk

/// Spark SQL through `spark-submit` on PATH (`pip install pyspark` puts it there): reidrisk
/// writes a small Python driver (`SparkClient.driver`, fixed text) to a temporary file and
/// starts it once per run; each query goes to it as one JSON line, `{"sql": ..., "args":
/// {"p1": ...}}`, and runs as `spark.sql(sql, args=args)`, the parameters bound by Spark
/// (`:p1`). Rows come back as JSON arrays, one a line, then `{"end": true}` or
/// `{"error": ...}`. The master is `spark-submit`'s own unless `--source spark:MASTER` names it.
final class SparkClient: EngineClient {
  let engine = "Spark"
  let dialect = SQLDialect.spark
  private let program: URL
  private let master: String?
  private var child: EngineProcess?
  private var driverPath: String?

  init(master: String?, environment: [String: String]) throws(EngineError) {
    guard let program = EngineProcess.find("spark-submit", environment: environment) else {
      throw EngineError(
        engine: engine, kind: .unavailable, detail: "no spark-submit program on PATH",
        remedy: "that Spark is installed (pip install pyspark) with Java 17, and on PATH")
    }
    self.program = program
    self.master = master
  }

  deinit {
    child?.write("", close: true)
    _ = child?.wait()
    if let driverPath { unlink(driverPath) }
  }

  /// The driver, started on the first query.
  private func started() throws(EngineError) -> EngineProcess {
    if let child { return child }
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("reidrisk-spark-\(getpid()).py").path
    guard FileManager.default.createFile(atPath: path, contents: Data(Self.driver.utf8)) else {
      throw EngineError(
        engine: engine, kind: .unavailable, detail: "cannot write the driver to \(path)",
        remedy: "that the temporary folder (TMPDIR) is writable")
    }
    driverPath = path
    var arguments = [
      "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.session.timeZone=UTC",
    ]
    if let master { arguments += ["--master", master] }
    let started = try EngineProcess(
      engine: engine, program: program, arguments: arguments + [path])
    child = started
    return started
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
    while true {
      let data = child.read()
      if data.isEmpty {
        let (status, errors) = child.wait()
        self.child = nil
        throw EngineError(
          engine: engine, kind: .connectionLost,
          detail: errors.isEmpty ? "spark-submit ended with status \(status)" : Self.cause(errors),
          remedy: "Java 17 (JAVA_HOME), the --source master and the driver's log above")
      }
      pending.append(data)
      while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
        let line = pending[pending.startIndex..<newline]
        pending = Data(pending[pending.index(after: newline)...])
        if try take(line, columns: query.columns.count, row: row) { return }
      }
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
      remedy: "that nothing else in the driver writes to standard output")
  }

  /// The line of Spark's log that says why it stopped: the last with "Error" or "Exception".
  static func cause(_ log: String) -> String {
    let lines = log.split(whereSeparator: \.isNewline)
    return lines.last { $0.contains("Error") || $0.contains("Exception") }.map(String.init)
      ?? lines.last.map(String.init) ?? ""
  }

  /// The driver spark-submit runs: reads requests, answers each with its rows.
  static let driver = """
    import json
    import sys

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("reidrisk").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    out = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        try:
            frame = spark.sql(request["sql"], args=request["args"])
            for row in frame.toLocalIterator():
                out.write(json.dumps([None if v is None else str(v) for v in row]) + "\\n")
            out.write('{"end": true}\\n')
        except Exception as error:
            message = str(error).strip().split("\\n")[0]
            out.write(json.dumps({"error": type(error).__name__ + ": " + message}) + "\\n")
        out.flush()
    spark.stop()

    """
}
