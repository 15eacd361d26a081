import Foundation
import Testing

/// An interrupted write leaves no temporary file (with records in it) behind, keeps the old
/// output whole, and ends the process by the signal, as the shell expects.
///
/// To send the signal while the temporary file exists, the debug binary pauses after its
/// first megabyte when `REIDRISK_TEST_PAUSE_IN_WRITE` is set (`TestHooks`; a release build has
/// no such pause). The flags file of 60,000 unique records is about 1.5 MB, so part of it is
/// on disk when the signal comes.
@Suite struct SignalEndToEndTests {
  static func interruptedWrite(_ signal: Int32) throws {
    let folder = try BinaryRun.temporaryFolder()
    var csv = "id,zip\n"
    for index in 0..<60_000 { csv += "\(index),\(index % 1000)\n" }
    try BinaryRun.write(["big.csv": csv, "flags.csv": "old flags\n"], in: folder)
    // posix_spawn, not Process: the child starts as from a shell, every signal unblocked and
    // at its default action (a test runner's threads block signals, and children inherit that)
    let errorPipe = Pipe()
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
      var attributes: posix_spawnattr_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, errorPipe.fileHandleForWriting.fileDescriptor, 2)
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let program = BinaryRun.reidrisk.path
    let arguments = [
      program, "scan", folder.appendingPathComponent("big.csv").path, "--qi", "id",
      "--show-values", "--flags", folder.appendingPathComponent("flags.csv").path,
    ]
    let environment =
      ProcessInfo.processInfo.environment.map { "\($0)=\($1)" } + ["REIDRISK_TEST_PAUSE_IN_WRITE=1"]
    var argv = arguments.map { strdup($0) } + [nil]
    var envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    #expect(posix_spawn(&pid, program, &actions, &attributes, &argv, &envp) == 0)
    try errorPipe.fileHandleForWriting.close()
    // wait for "paused": the temporary file holds the first megabyte
    var seen = Data()
    let started = Date()
    while !String(decoding: seen, as: UTF8.self).contains("paused") {
      let data = errorPipe.fileHandleForReading.availableData
      if data.isEmpty || Date().timeIntervalSince(started) > 60 { break }
      seen += data
    }
    let before = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(before.contains { $0.hasPrefix(".flags.csv.reidrisk-") && $0.hasSuffix(".tmp") })
    kill(pid, signal)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    // killed by the signal: the low 7 bits of the wait status are its number
    #expect(status & 0x7F == signal, "wait status \(status)")
    let after = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!after.contains { $0.hasSuffix(".tmp") }, "\(after)")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("flags.csv"), encoding: .utf8)
        == "old flags\n")
  }

  @Test func interruptWithSIGINTRemovesTheTemporaryFile() throws {
    try Self.interruptedWrite(SIGINT)
  }

  @Test func interruptWithSIGTERMRemovesTheTemporaryFile() throws {
    try Self.interruptedWrite(SIGTERM)
  }

  @Test func interruptWithSIGHUPRemovesTheTemporaryFile() throws {
    try Self.interruptedWrite(SIGHUP)
  }
}
