import Foundation
import Testing

@testable import ReidRisk
@testable import ReidRiskCLI

/// The lanes follow the cores the process may use: its affinity mask, capped by a cgroup
/// quota (v2 `cpu.max`, v1 `cfs_quota_us` / `cfs_period_us`), capped again by `--threads`.
@Suite struct CoreCountTests {
  @Test(arguments: [
    ("max 100000", nil as Double?),  // no quota
    ("150000 100000", 1.5),
    ("200000 100000\n", 2.0),
    ("50000 100000", 0.5),
    ("", nil), ("max", nil), ("0 100000", nil),
  ])
  func cgroupV2CPUMax(text: String, cores: Double?) {
    #expect(CoreCount.quota(cpuMax: text) == cores)
  }

  @Test func cgroupV1Quota() {
    #expect(CoreCount.quota(cfsQuota: "-1\n", period: "100000\n") == nil)
    #expect(CoreCount.quota(cfsQuota: "300000\n", period: "100000\n") == 3)
  }

  /// 8 CPUs in the mask with 1.5 cores of quota: 2 lanes (rounded up); 0.5 cores: 1; no quota:
  /// all 8; a quota above the mask: the mask.
  @Test(arguments: [
    (8, 1.5 as Double?, 2), (8, 0.5, 1), (8, nil, 8), (2, 16, 2), (0, nil, 1),
  ])
  func lanesFromCPUsAndQuota(cpus: Int, quota: Double?, lanes: Int) {
    #expect(CoreCount.count(cpus: cpus, quota: quota) == lanes)
  }

  /// A fake cgroup tree: v2 with a quota on a parent of the process's group (the smallest
  /// along the path counts), and v1 with the quota in the `cpu,cpuacct` mount.
  @Test func quotaFoundAlongTheGroupPath() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("reidrisk-cgroup-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    func write(_ text: String, _ path: String) throws {
      let file = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
    }
    try write("max 100000\n", "v2/cpu.max")
    try write("300000 100000\n", "v2/jobs/cpu.max")
    try write("max 100000\n", "v2/jobs/build/cpu.max")
    #expect(CoreCount.quota(membership: "0::/jobs/build\n", root: root.path + "/v2") == 3)
    try write("100000\n", "v1/cpu,cpuacct/ci/cpu.cfs_quota_us")
    try write("50000\n", "v1/cpu,cpuacct/ci/cpu.cfs_period_us")
    #expect(
      CoreCount.quota(membership: "5:memory:/ci\n4:cpu,cpuacct:/ci\n", root: root.path + "/v1")
        == 2)
    #expect(CoreCount.quota(membership: "0::/\n", root: root.path + "/none") == nil)
  }

  @Test func threadsFlagRefusesZero() {
    #expect(throws: (any Error).self) { _ = try ScanCommand.parse(["x.csv", "--threads", "0"]) }
  }

  /// The report is the same with 1 thread as with the default: the lanes' codes are merged in
  /// file order, whatever their number.
  @Test func reportDoesNotDependOnThreads() throws {
    var csv = "zip,age\n"
    for record in 0..<30_000 { csv += "\(10_000 + record % 977),\(record % 83)\n" }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("reidrisk-threads-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try csv.write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
    let arguments = ["scan", "m.csv", "--qi", "zip,age", "--format", "json"]
    let one = try BinaryRun.reidrisk(arguments + ["--threads", "1"], in: folder)
    let two = try BinaryRun.reidrisk(arguments + ["--threads", "2"], in: folder)
    let all = try BinaryRun.reidrisk(arguments, in: folder)
    #expect(one.status == 0 && two.status == 0 && all.status == 0)
    #expect(one.standardOutput.contains("\"records\" : 30000"))
    #expect(two.standardOutput == one.standardOutput)
    #expect(all.standardOutput == one.standardOutput)
  }

  /// Standard input, read through a pipe (at most 64 KiB a read, gathered into blocks), gives
  /// the report the file gives, strict and lenient.
  @Test(arguments: [false, true]) func standardInputMatchesTheFile(lenient: Bool) throws {
    var csv = "zip,note\n"
    for record in 0..<5_000 { csv += "\(20_000 + record % 311),\"a\nb\"\n" }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("reidrisk-stdin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try csv.write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
    let flags = ["--qi", "zip", "--format", "json"] + (lenient ? ["--lenient"] : [])
    let file = try BinaryRun.reidrisk(["scan", "m.csv"] + flags, in: folder)
    let piped = try BinaryRun.run(
      BinaryRun.reidrisk, ["scan", "-"] + flags, in: folder, input: csv)
    #expect(file.status == piped.status)
    #expect(
      piped.standardOutput.replacingOccurrences(of: "\"file\" : \"-\"", with: "")
        == file.standardOutput.replacingOccurrences(of: "\"file\" : \"m.csv\"", with: ""))
    #expect(file.standardOutput.contains("\"records\" : 5000"))
  }
}
