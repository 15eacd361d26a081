import Foundation

/// A file as the system knows it: its device and inode, the same whatever name, link or hard
/// link reaches it. Two paths name one file exactly when their identities are equal.
struct FileIdentity: Hashable, Sendable {
  let device: UInt64
  let inode: UInt64

  init(_ status: stat) {
    device = UInt64(truncatingIfNeeded: status.st_dev)
    inode = UInt64(truncatingIfNeeded: status.st_ino)
  }

  /// The identity of the file `path` leads to (links followed); nil when there is none.
  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    self.init(status)
  }

  /// The identity of an open descriptor; nil when `fstat` fails.
  init?(descriptor: Int32) {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    self.init(status)
  }
}

/// The regular files this run has read and written, so that no output lands on an input (the
/// data, the policy, a scenario file) or on another output of the same run.
///
/// Every input is recorded when it is opened, every output when it has been written; an output
/// is refused before anything is written when its destination is one of them.
final class RunFiles: @unchecked Sendable {
  static let shared = RunFiles()

  private let lock = NSLock()
  private var inputs: [FileIdentity: String] = [:]
  private var outputs: [FileIdentity: String] = [:]

  /// Records the regular file open on `descriptor`, read as `path`.
  func recordInput(descriptor: Int32, path: String) {
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
    lock.withLock { _ = inputs.updateValue(path, forKey: FileIdentity(status)) }
  }

  /// Records the regular file written as `path`.
  func recordOutput(path: String) {
    var status = stat()
    guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
    lock.withLock { _ = outputs.updateValue(path, forKey: FileIdentity(status)) }
  }

  /// Why writing to the existing file `identity` (reached as `path`) would destroy something
  /// of this run, as a one-line error; nil when it is free.
  func clash(_ identity: FileIdentity, path: String) -> ReportedError? {
    let (input, output) = lock.withLock { (inputs[identity], outputs[identity]) }
    if let input {
      let same = input == path ? "" : " (\(input))"
      return ReportedError(
        message:
          "\(path): this output is an input of the run\(same); writing it would destroy the"
          + " input; give another output file")
    }
    if let output {
      let same = output == path ? "" : " (\(output))"
      return ReportedError(
        message:
          "\(path): this output is already written by the run\(same); give each output its own"
          + " file")
    }
    return nil
  }
}
