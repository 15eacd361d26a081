import Foundation
import Synchronization
import Testing

/// A throwaway PostgreSQL cluster from `scripts/postgres-test-cluster.sh`, with the sample
/// members loaded: one for the whole test run (`shared`, stopped when the test process exits),
/// or one of a test's own (`start()`, for a test that crashes it).
///
/// When no cluster can be started (no PostgreSQL installed, `initdb` failing), `shared` holds
/// the reason and each test that needs it prints the reason and is skipped: never silently.
final class TestCluster: Sendable {
  let folder: String
  let port: Int

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let script = root.appendingPathComponent("scripts/postgres-test-cluster.sh").path
  static let members = root.appendingPathComponent("sample-data/members.csv").path

  /// The user and password the script creates for password logins.
  static let passwordUser = "secret"
  static let password = "secret-for-tests"

  private init(folder: String) throws {
    self.folder = folder
    let text = try String(contentsOfFile: folder + "/port", encoding: .utf8)
    guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw Failure("the cluster wrote no port")
    }
    self.port = port
  }

  /// The cluster of the test run, or why there is none.
  static let shared: Result<TestCluster, Failure> = {
    do {
      let cluster = try start()
      try cluster.loadMembers()
      sharedFolder.withLock { $0 = cluster.folder }
      atexit {
        if let folder = TestCluster.sharedFolder.withLock({ $0 }) {
          _ = try? TestCluster.script(["stop", folder])
        }
      }
      return .success(cluster)
    } catch let failure as Failure {
      return .failure(failure)
    } catch {
      return .failure(Failure("\(error)"))
    }
  }()

  private static let sharedFolder = Mutex<String?>(nil)

  /// Whether the shared cluster runs; when not, prints why (the condition of
  /// `.enabled(if:)`-style traits, so a test without a cluster is reported as skipped).
  static var isRunning: Bool {
    if case .failure(let failure) = shared {
      print("PostgreSQL tests skipped: \(failure.reason)")
      return false
    }
    return true
  }

  /// The shared cluster (tests carry the `.postgres` trait, so it runs).
  static func require() throws -> TestCluster { try shared.get() }

  /// A new cluster of the caller's own; `stop()` it when done.
  static func start() throws -> TestCluster {
    let run = try script(["start"])
    guard run.status == 0 else {
      throw Failure(run.error.isEmpty ? "the cluster script failed" : run.error)
    }
    return try TestCluster(folder: run.output.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  func stop() { _ = try? Self.script(["stop", folder]) }
  func crash() { _ = try? Self.script(["crash", folder]) }

  /// `postgres:///DATABASE?host=FOLDER&port=PORT` and `extra` parameters.
  func socketURL(database: String = "reidrisk", user: String = "reidrisk", _ extra: String = "")
    -> String
  {
    "postgres://\(user)@/\(database)?host=\(folder)&port=\(port)" + extra
  }

  /// A TCP URL on 127.0.0.1, TLS checked against the cluster's own certificate.
  func tlsURL(host: String = "localhost", mode: String = "verify-full") -> String {
    "postgres://\(Self.passwordUser)@\(host):\(port)/reidrisk?sslmode=\(mode)"
      + "&sslrootcert=\(folder)/root.crt"
  }

  /// Runs SQL through psql as the superuser.
  @discardableResult
  func psql(_ sql: String) throws -> String {
    let run = try Self.run(
      "/usr/bin/psql",
      [
        "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", "\(port)", "-U", "reidrisk",
        "-d", "reidrisk", "-At", "-c", sql,
      ])
    guard run.status == 0 else { throw Failure("psql: \(run.error)") }
    return run.output
  }

  /// The sample members as table `members`, every column text (so each value's text is the
  /// CSV cell's bytes; COPY reads an unquoted empty cell as NULL and "" as ''), and
  /// `members_typed` with birth_date a date and age an integer.
  func loadMembers() throws {
    let header = try String(contentsOfFile: Self.members, encoding: .utf8)
      .prefix { $0 != "\n" && $0 != "\r\n" }.split(separator: ",")
    let columns = header.map { "\"\($0)\" text" }.joined(separator: ", ")
    try psql("CREATE TABLE members (\(columns))")
    try psql("\\copy members FROM '\(Self.members)' WITH (FORMAT csv, HEADER true)")
    try psql(
      "CREATE TABLE members_typed AS SELECT member_id, zip, gender, membership_tier,"
        + " birth_date::date AS birth_date, age::integer AS age FROM members")
    try psql("GRANT SELECT ON members, members_typed TO \(Self.passwordUser)")
  }

  struct Failure: Error, CustomStringConvertible {
    let reason: String
    init(_ reason: String) { self.reason = reason }
    var description: String { reason }
  }

  struct Run {
    let status: Int32
    let output: String
    let error: String
  }

  static func script(_ arguments: [String]) throws -> Run {
    try run("/bin/bash", [script] + arguments)
  }

  /// Runs `program` and waits for it, its output and error going to temporary files that are
  /// read afterwards. posix_spawn and waitpid, not Foundation's Process: Process waits for its
  /// child through Dispatch, whose threads may all be blocked here by tests waiting for the
  /// shared cluster to start.
  static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:])
    throws -> Run
  {
    let base = NSTemporaryDirectory() + "reidrisk-run-\(UUID().uuidString)"
    let (outputPath, errorPath) = (base + ".out", base + ".err")
    defer {
      try? FileManager.default.removeItem(atPath: outputPath)
      try? FileManager.default.removeItem(atPath: errorPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var merged = ProcessInfo.processInfo.environment
    merged["NO_COLOR"] = "1"
    merged.merge(environment) { $1 }
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
    guard spawned == 0 else { throw Failure("cannot run \(program): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return Run(
      status: exitStatus,
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      error: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }
}

extension Trait where Self == ConditionTrait {
  /// Runs the test only when the shared test cluster runs; otherwise it is skipped, and the
  /// reason is printed.
  static var postgres: Self {
    .enabled("needs a PostgreSQL test cluster (scripts/postgres-test-cluster.sh)") {
      TestCluster.isRunning
    }
  }
}
