import ArgumentParser
import CHints
import Foundation

/// The cores this process may use, for the number of lanes that read a file: the CPUs of its
/// affinity mask (`sched_getaffinity`: `taskset`, a container's cpuset), fewer when a cgroup
/// quota grants less CPU time, rounded up: cgroup v2 `cpu.max` ("150000 100000" is 1.5 cores,
/// so 2), or v1 `cpu.cfs_quota_us` over `cpu.cfs_period_us` (−1: no quota). At least 1.
///
/// A container limited to 2 cores on a 64-core host reads with 2 lanes, not 64: more lanes
/// than cores only take turns, each holding its own dictionaries.
enum CoreCount {
  /// The cores available to this process, measured once.
  static let available: Int = {
    let cpus = Int(reidrisk_affinity_cpus())
    let online = cpus > 0 ? cpus : ProcessInfo.processInfo.activeProcessorCount
    let membership = (try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8)) ?? ""
    return count(cpus: online, quota: quota(membership: membership, root: "/sys/fs/cgroup"))
  }()

  /// `cpus`, capped by `quota` cores rounded up; at least 1.
  static func count(cpus: Int, quota: Double?) -> Int {
    guard let quota, quota > 0 else { return max(1, cpus) }
    return max(1, min(cpus, Int(quota.rounded(.up))))
  }

  /// The CPU quota in cores of the cgroups that `membership` (the text of
  /// `/proc/self/cgroup`) names under `root`, the smallest along each group's path up to the
  /// root; nil when none is set.
  static func quota(membership: String, root: String) -> Double? {
    var quotas: [Double] = []
    for line in membership.split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3 else { continue }
      let controllers = parts[1].split(separator: ",")
      let path = String(parts[2])
      if parts[0] == "0" && controllers.isEmpty {
        // v2: "0::/path"
        for folder in folders(root, path) {
          if let text = read("\(folder)/cpu.max"), let quota = quota(cpuMax: text) {
            quotas.append(quota)
          }
        }
      } else if controllers.contains("cpu") {
        // v1: "4:cpu,cpuacct:/path", mounted at root/cpu or root/cpu,cpuacct
        for mount in ["cpu", controllers.joined(separator: ",")] {
          for folder in folders("\(root)/\(mount)", path) {
            if let quotaText = read("\(folder)/cpu.cfs_quota_us"),
              let periodText = read("\(folder)/cpu.cfs_period_us"),
              let quota = quota(cfsQuota: quotaText, period: periodText)
            {
              quotas.append(quota)
            }
          }
        }
      }
    }
    return quotas.min()
  }

  /// Cores from a v2 `cpu.max` ("quota period", or "max period" for none): "150000 100000"
  /// is 1.5.
  static func quota(cpuMax text: String) -> Double? {
    let fields = text.split(whereSeparator: \.isWhitespace)
    guard fields.count == 2, let quota = Double(fields[0]), let period = Double(fields[1]),
      quota > 0, period > 0
    else { return nil }
    return quota / period
  }

  /// Cores from v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us`: 200000 over 100000 is 2; a
  /// quota of −1 is none.
  static func quota(cfsQuota: String, period: String) -> Double? {
    guard let quota = Double(cfsQuota.trimmingCharacters(in: .whitespacesAndNewlines)),
      let period = Double(period.trimmingCharacters(in: .whitespacesAndNewlines)),
      quota > 0, period > 0
    else { return nil }
    return quota / period
  }

  /// `root` + `path`, then each parent folder up to `root` itself.
  private static func folders(_ root: String, _ path: String) -> [String] {
    var parts = path.split(separator: "/").map(String.init)
    var result: [String] = []
    while true {
      result.append(([root] + parts).joined(separator: "/"))
      if parts.isEmpty { return result }
      parts.removeLast()
    }
  }

  private static func read(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }
}

/// How many lanes read each file of this run: the cores available, at most `--threads`.
final class ReadingLanes: @unchecked Sendable {
  static let shared = ReadingLanes()

  private let lock = NSLock()
  private var cap: Int?

  /// Caps the lanes at `threads` (nil: no cap).
  func limit(to threads: Int?) { lock.withLock { cap = threads } }

  /// The lanes for a file.
  var count: Int { lock.withLock { min(CoreCount.available, cap ?? Int.max) } }
}

/// `--threads N`: at most N cores read a file.
///
/// Not a setting: a policy travels with the data to every machine that checks it, while the
/// cores belong to the machine; and the report is the same for any number of threads.
struct ThreadsOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Read with at most this many threads. Default: the cores this process may use"
        + " (CPU affinity and cgroup quota). The report does not depend on it.",
      valueName: "n"))
  var threads: Int?

  func validate() throws {
    if let threads, threads < 1 {
      throw ValidationError("--threads takes a number of 1 or more, not \(threads)")
    }
    ReadingLanes.shared.limit(to: threads)
  }
}
