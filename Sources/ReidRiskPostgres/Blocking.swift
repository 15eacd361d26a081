import Dispatch
import Foundation

/// Runs async work from synchronous code (the CLI's commands are synchronous) and waits for it,
/// at most `seconds`: past that the work is cancelled and `timedOut` is thrown.
///
/// The work runs on a thread of its own (`JobThread`), not on Swift's shared pool: a caller
/// that waits on a thread of that pool (a test, say) would otherwise hold one of its few
/// threads while the work waits for one.
enum Blocking {
  static func run<T: Sendable>(
    seconds: Int?, what: String, _ work: @escaping @Sendable () async throws -> T
  ) throws(PostgresSourceError) -> T {
    let outcome = Outcome<T>()
    let task = Task(executorPreference: JobThread.shared) {
      let result: Result<T, any Error>
      do { result = .success(try await work()) } catch { result = .failure(error) }
      outcome.finish(result)
    }
    let timeout: DispatchTime = seconds.map { .now() + .seconds($0) } ?? .distantFuture
    if outcome.done.wait(timeout: timeout) == .timedOut {
      task.cancel()
      _ = outcome.done.wait(timeout: .now() + .seconds(5))
      throw .timedOut(what: what, seconds: seconds ?? 0)
    }
    switch outcome.result {
    case .success(let value): return value
    case .failure(let error as PostgresSourceError): throw error
    case .failure(let error): throw PostgresSourceError(error, endpoint: "", address: nil)
    case nil: throw .connectionLost
    }
  }

  /// The result of a task, written once before `done` is signalled and read after.
  private final class Outcome<T: Sendable>: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var result: Result<T, any Error>?

    func finish(_ result: Result<T, any Error>) {
      self.result = result
      done.signal()
    }
  }
}

/// One thread that runs the jobs of the tasks that prefer it, in the order they come.
final class JobThread: TaskExecutor, @unchecked Sendable {
  static let shared = JobThread()

  private let condition = NSCondition()
  private var jobs: [UnownedJob] = []

  private init() {
    let thread = Thread { [unowned self] in self.runJobs() }
    thread.name = "reidrisk-postgres"
    thread.start()
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  private func runJobs() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}
