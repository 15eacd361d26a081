import Foundation
import Testing

@testable import ReidRiskCLI

/// The Spark driver's channel and its ending, without a JVM: a stand-in `pyspark` module on
/// PYTHONPATH (its `spark.sql` does what `FAKE_SPARK` says) and a stand-in `spark-submit` on
/// PATH, so reidrisk runs the real driver (`SparkClient.driver`) on the real python3.
@Suite(
  .enabled(
    if: EnginePrograms.find("python3") != nil, "no python3 on PATH: the driver is Python"))
struct SparkDriverTests {
  /// A stand-in pyspark: "stray" prints to descriptor 1 from Python and from a child (as the
  /// JVM would), then fails the query; "die" writes a JVM's last words and exits; "hang"
  /// starts a child (the JVM), writes its process id to `jvm.pid`, and never answers.
  static let module = """
    import os
    import subprocess
    import sys
    import time

    mode = os.environ["FAKE_SPARK"]


    class Builder:
        def appName(self, name):
            return self

        def config(self, key, value):
            return self

        def master(self, master):
            return self

        def getOrCreate(self):
            return Session()


    class Context:
        def setLogLevel(self, level):
            pass


    class Session:
        sparkContext = Context()

        def sql(self, text, args=None):
            if mode == "stray":
                print("a line from a library")
                sys.stdout.flush()
                subprocess.run(["echo", "a line from the JVM"])
                raise RuntimeError("[TABLE_OR_VIEW_NOT_FOUND] no table x")
            if mode == "die":
                sys.stderr.write("INFO starting\\njava.lang.OutOfMemoryError: Java heap space\\n")
                os._exit(1)
            jvm = subprocess.Popen(["sleep", "300"])
            with open("jvm.pid", "w") as out:
                out.write(str(jvm.pid))
            time.sleep(300)

        def stop(self):
            pass


    class SparkSession:
        builder = Builder()

    """

  /// A folder with the stand-in pyspark and spark-submit, and the environment that finds them.
  static func stage() throws -> (folder: URL, environment: [String: String]) {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        "lib/pyspark/__init__.py": "", "lib/pyspark/sql/__init__.py": module,
        "bin/spark-submit": "#!/bin/sh\nexit 1\n",
        "bin/python-without-site": "#!/bin/sh\nexec python3 -S \"$@\"\n",
      ], in: folder)
    for name in ["bin/spark-submit", "bin/python-without-site"] {
      chmod(folder.appendingPathComponent(name).path, 0o755)
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return (
      folder,
      [
        "PATH": folder.appendingPathComponent("bin").path + ":" + path,
        "PYTHONPATH": folder.appendingPathComponent("lib").path,
      ]
    )
  }

  static let scan = ["scan", "--source", "spark", "--table", "t", "--qi", "zip"]

  /// What the JVM or a library prints to descriptor 1 never reaches the answers: the error of
  /// the query comes through, not "a line of output that is no result row".
  @Test func strayOutputIsNotAnAnswer() throws {
    let (folder, environment) = try Self.stage()
    let run = try BinaryRun.run(
      BinaryRun.reidrisk, Self.scan, in: folder,
      environment: environment.merging(["FAKE_SPARK": "stray"]) { $1 })
    #expect(run.status == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(
      run.standardError
        == "reidrisk: Spark refused the query: RuntimeError: [TABLE_OR_VIEW_NOT_FOUND] no table x;"
        + " check that --table or --query names a table, path or columns Spark can read\n")
  }

  /// A driver that dies is one line with the cause from its log (the last line naming an
  /// error), exit 2, at once.
  @Test func driverThatDiesIsConnectionLost() throws {
    let (folder, environment) = try Self.stage()
    let run = try BinaryRun.run(
      BinaryRun.reidrisk, Self.scan, in: folder,
      environment: environment.merging(["FAKE_SPARK": "die"]) { $1 })
    #expect(run.status == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(
      run.standardError.hasPrefix(
        "reidrisk: Spark lost the connection before the result was complete:"
          + " java.lang.OutOfMemoryError: Java heap space; check "))
    #expect(run.standardError.split(separator: "\n").count == 1)
  }

  /// A Python without pyspark (site-packages off) cannot start Spark: one line, exit 2.
  @Test func pythonWithoutPyspark() throws {
    let (folder, environment) = try Self.stage()
    let python = folder.appendingPathComponent("bin/python-without-site").path
    let run = try BinaryRun.run(
      BinaryRun.reidrisk, Self.scan, in: folder,
      environment: ["PYSPARK_DRIVER_PYTHON": python, "PYTHONPATH": ""].merging(environment) {
        first, _ in first
      })
    #expect(run.status == 2)
    #expect(
      run.standardError
        == "reidrisk: Spark cannot start: \(python) cannot import pyspark; check that pyspark"
        + " is installed for that Python (pip install pyspark), or set PYSPARK_DRIVER_PYTHON\n")
  }

  /// reidrisk killed (SIGKILL: no handler of its own runs) while the query runs: the driver
  /// notices within a second and ends its process group, the stand-in JVM with it.
  @Test func killedReidriskTakesTheJVMAlong() throws {
    let (folder, environment) = try Self.stage()
    let process = Process()
    process.executableURL = BinaryRun.reidrisk
    process.arguments = Self.scan
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment
      .merging(environment) { $1 }.merging(["FAKE_SPARK": "hang"]) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let pidFile = folder.appendingPathComponent("jvm.pid")
    var jvm: pid_t = 0
    for _ in 0..<200 where jvm == 0 {
      usleep(50_000)
      jvm = pid_t((try? String(contentsOf: pidFile, encoding: .utf8)) ?? "") ?? 0
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(jvm > 0, "the stand-in JVM never started")
    var alive = jvm > 0
    for _ in 0..<100 where alive {
      usleep(50_000)
      alive = Self.isRunning(jvm)
    }
    #expect(!alive, "the stand-in JVM outlived reidrisk by 5 s")
    if alive { kill(jvm, SIGKILL) }
  }

  /// Whether `id` is a process that has not ended (a zombie has).
  static func isRunning(_ id: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8) else {
      return kill(id, 0) == 0
    }
    let state = stat.split(separator: ")").last?.split(separator: " ").first
    return state != "Z" && state != "X"
  }

  /// `python3` beside `spark-submit` first; a Spark distribution's `python` folder and py4j
  /// archive on PYTHONPATH, and SPARK_HOME; PYSPARK_DRIVER_PYTHON before all.
  @Test func pythonBesideSparkSubmit() throws {
    let folder = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        "venv/bin/spark-submit": "", "venv/bin/python3": "",
        "spark/bin/spark-submit": "", "spark/python/pyspark/__init__.py": "",
        "spark/python/lib/py4j-0.10.9.9-src.zip": "", "spark/python/lib/other.zip": "",
      ], in: folder)
    for name in ["venv/bin/spark-submit", "venv/bin/python3", "spark/bin/spark-submit"] {
      chmod(folder.appendingPathComponent(name).path, 0o755)
    }
    let venv = try #require(
      SparkClient.driverPython(
        beside: folder.appendingPathComponent("venv/bin/spark-submit"), environment: [:]))
    #expect(venv.program.path == folder.appendingPathComponent("venv/bin/python3").path)
    #expect(venv.environment.isEmpty)
    let spark = folder.appendingPathComponent("spark")
    let distribution = try #require(
      SparkClient.driverPython(
        beside: spark.appendingPathComponent("bin/spark-submit"),
        environment: ["PATH": folder.appendingPathComponent("venv/bin").path, "PYTHONPATH": "/x"]))
    #expect(distribution.program.path == folder.appendingPathComponent("venv/bin/python3").path)
    #expect(
      distribution.environment == [
        "PYTHONPATH": "\(spark.path)/python:\(spark.path)/python/lib/py4j-0.10.9.9-src.zip:/x",
        "SPARK_HOME": spark.path,
      ])
    let chosen = SparkClient.driverPython(
      beside: spark.appendingPathComponent("bin/spark-submit"),
      environment: ["PYSPARK_DRIVER_PYTHON": "/opt/py/bin/python", "SPARK_HOME": "/s"])
    #expect(chosen?.program.path == "/opt/py/bin/python")
    #expect(chosen?.environment["SPARK_HOME"] == nil)
  }

  /// The cause of a driver's end: the last line of its log naming an error or an exception.
  @Test func causeFromTheLog() {
    #expect(
      SparkClient.cause("WARN a\njava.io.IOException: disk\n\tat x.y(z)\nINFO shutdown\n")
        == "java.io.IOException: disk")
    #expect(SparkClient.cause("only this\n") == "only this")
    #expect(SparkClient.cause("") == "")
  }
}
