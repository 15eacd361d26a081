import Foundation

extension SparkClient {
  /// The driver, run as `python3 -c DRIVER [MASTER]`: pyspark starts the JVM itself (through
  /// `spark-submit`, as the `pyspark` shell does), so the driver's standard input and output
  /// are reidrisk's pipes, not a pipe of the JVM's (under `spark-submit driver.py` the JVM's
  /// `PythonRunner` gives Python a standard input it never feeds, and merges Python's standard
  /// error into its output).
  ///
  /// - Requests: one JSON line each, `{"sql": ..., "args": {"p1": ...}}`, run as
  ///   `spark.sql(sql, args=args)`. Answers: one JSON array a row, then `{"end": true}` or
  ///   `{"error": "Type: first line"}`.
  /// - The answers go to a copy of descriptor 1 that no child inherits (Python's `os.dup`
  ///   makes it non-inheritable); descriptor 1 itself is pointed at standard error before the
  ///   JVM starts, so nothing the JVM or a library prints lands among the rows.
  /// - The driver leads a process group of its own, which the JVM joins. SIGTERM, SIGINT or
  ///   SIGHUP, or its parent (reidrisk) ending, checked each second, sends SIGTERM to the whole
  ///   group, so the JVM never outlives reidrisk and still runs its shutdown hooks (Spark
  ///   removes its `/tmp/spark-*` folders). The JVM of pyspark also ends when the driver does
  ///   (its standard input, a pipe from the driver, closes). The driver unblocks those three
  ///   signals first: a child inherits them blocked from a parent that blocks them (the test
  ///   runner does), and a blocked SIGTERM would leave it running.
  /// - Exit status 3: pyspark cannot be imported by this Python.
  static let driver = """
    import json
    import os
    import signal
    import sys
    import threading
    import time

    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        os.setpgid(0, 0)
    except OSError:
        pass


    def end(number, frame):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.killpg(0, signal.SIGTERM)


    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, end)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, (signal.SIGTERM, signal.SIGINT, signal.SIGHUP))
    parent = os.getppid()


    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)


    threading.Thread(target=watch, daemon=True).start()
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        sys.stderr.write("pyspark cannot be imported: %s\\n" % error)
        sys.exit(3)
    builder = SparkSession.builder.appName("reidrisk")
    builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    builder = builder.config("spark.sql.session.timeZone", "UTC")
    if len(sys.argv) > 1:
        builder = builder.master(sys.argv[1])
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    for line in sys.stdin:
        request = json.loads(line)
        try:
            frame = spark.sql(request["sql"], args=request["args"])
            for row in frame.toLocalIterator():
                answers.write(json.dumps([None if v is None else str(v) for v in row]) + "\\n")
            answers.write('{"end": true}\\n')
        except Exception as error:
            message = str(error).strip().split("\\n")[0]
            answers.write(json.dumps({"error": type(error).__name__ + ": " + message}) + "\\n")
        answers.flush()
    spark.stop()

    """

  /// The Python that runs the driver, and what to add to its environment. The first of:
  /// `PYSPARK_DRIVER_PYTHON`, `PYSPARK_PYTHON` (as the `pyspark` shell chooses), `python3`
  /// beside `spark-submit` (a virtual environment or pyenv with `pip install pyspark`), beside
  /// the file it links to, then on PATH. When `spark-submit` is that of a Spark distribution
  /// (`SPARK_HOME/bin`, with `SPARK_HOME/python/pyspark`), its `python` folder and py4j
  /// archive go first on PYTHONPATH, as `bin/pyspark` puts them, and SPARK_HOME is set.
  static func driverPython(beside submit: URL, environment: [String: String]) -> (
    program: URL, environment: [String: String]
  )? {
    let resolved = submit.resolvingSymlinksInPath()
    let home = resolved.deletingLastPathComponent().deletingLastPathComponent()
    var extra: [String: String] = [:]
    let sources = home.appendingPathComponent("python")
    if FileManager.default.fileExists(atPath: sources.appendingPathComponent("pyspark").path) {
      let library = sources.appendingPathComponent("lib")
      let archives = (try? FileManager.default.contentsOfDirectory(atPath: library.path)) ?? []
      let paths =
        [sources.path]
        + archives.filter { $0.hasPrefix("py4j-") && $0.hasSuffix(".zip") }.sorted()
        .map { library.appendingPathComponent($0).path }
        + (environment["PYTHONPATH"].map { [$0] } ?? [])
      extra["PYTHONPATH"] = paths.joined(separator: ":")
      if environment["SPARK_HOME"] == nil { extra["SPARK_HOME"] = home.path }
    }
    for name in ["PYSPARK_DRIVER_PYTHON", "PYSPARK_PYTHON"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      let program =
        value.contains("/")
        ? URL(fileURLWithPath: value) : EngineProcess.find(value, environment: environment)
      return program.map { ($0, extra) }
    }
    for folder in [submit.deletingLastPathComponent(), resolved.deletingLastPathComponent()] {
      let program = folder.appendingPathComponent("python3")
      if FileManager.default.isExecutableFile(atPath: program.path) { return (program, extra) }
    }
    return EngineProcess.find("python3", environment: environment).map { ($0, extra) }
  }
}
