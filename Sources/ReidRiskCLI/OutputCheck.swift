import Foundation

/// The outputs of a command checked before any input is read, so that a mistake costs no
/// time: an empty name, an output that is one of the inputs named on the command line, two
/// outputs on one file. (Inputs found later, such as the files of a folder or the policy, are
/// checked when the output is written: see `RunFiles`.)
enum OutputCheck {
  /// Throws the first problem among `outputs` (option name, value; nil when not given).
  static func before(outputs: [(option: String, path: String?)], inputs: [String])
    throws(ReportedError)
  {
    let given = outputs.compactMap { output in output.path.map { (output.option, $0) } }
    var seen: [(option: String, path: String, identity: FileIdentity?)] = []
    for (option, path) in given {
      guard !path.isEmpty else {
        throw ReportedError(
          message: "\(option) is empty; give a file name, or - for standard output")
      }
      guard path != "-", AtomicFile.openDescriptor(path) == nil else { continue }
      let identity = FileIdentity(path: path)
      if let identity, isRegular(path) {
        for input in inputs where input != "-" && FileIdentity(path: input) == identity {
          let same = input == path ? "" : " (\(input))"
          throw ReportedError(
            message:
              "\(path): \(option) names an input of the run\(same); writing it would destroy the"
              + " input; give another file")
        }
      }
      if let other = seen.first(where: {
        $0.path == path || (identity != nil && $0.identity == identity && isRegular(path))
      }) {
        throw ReportedError(
          message: "\(path): \(other.option) and \(option) name the same file; give each its own")
      }
      seen.append((option, path, identity))
    }
  }

  private static func isRegular(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
  }
}
