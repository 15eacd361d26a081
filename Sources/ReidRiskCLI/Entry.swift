import ArgumentParser
import CHints
import Foundation

/// Runs the command and maps every outcome to the documented exit codes: 0 within bounds,
/// 1 a bound broken, 2 a usage or input error (ArgumentParser's own 64 included).
@main
enum Entry {
  static func main() {
    reidrisk_return_large_blocks(256 << 10)
    ProcessHashSeed.install()
    if let problem = UsageCheck.problem(Array(CommandLine.arguments.dropFirst())) {
      Terminal.standardError("reidrisk: \(problem)\n")
      Foundation.exit(2)
    }
    do {
      var command = try Reidrisk.parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch let error as ReportedError {
      Terminal.error(error.message)
      Foundation.exit(2)
    } catch {
      let code = Reidrisk.exitCode(for: error)
      if code == .success {
        // --help, --version: checked like any output
        do throws(ReportedError) {
          try AtomicFile.write(Reidrisk.fullMessage(for: error) + "\n", to: nil)
        } catch {
          Terminal.error(error.message)
          Foundation.exit(2)
        }
        Foundation.exit(0)
      }
      var message = Reidrisk.fullMessage(for: error)
      if message.hasPrefix("Error: ") { message.removeFirst(7) }
      // ArgumentParser's usage text spans lines on purpose; each line is made safe
      let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
      Terminal.standardError(
        "reidrisk: " + lines.map { Terminal.safe(String($0)) }.joined(separator: "\n") + "\n")
      Foundation.exit(2)
    }
  }
}

/// An error already worded for the user (file, record, remedy).
struct ReportedError: Error {
  let message: String
  /// The line of the input file the error points at, when one does (SARIF's `startLine`).
  var line: Int? = nil
}
