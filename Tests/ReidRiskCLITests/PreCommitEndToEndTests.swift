import Foundation
import Testing

/// The hook of `.pre-commit-hooks.yaml` run by the real `pre-commit` tool (from
/// `Tests/requirements.txt`) on commits in a new git repository whose policy has a rule for a
/// folder that does not exist yet: unrelated commits pass, a risky file blocks its commit, a
/// commit of the policy alone checks the files it matches, and the CI run over the whole tree
/// still catches the glob that matches nothing.
@Suite(.serialized) struct PreCommitEndToEndTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let policy = """
    rules:
      - name: members
        files: ["data/*.csv"]
        quasi_identifiers: [zip, gender]
        bounds: {min_k: 2}
      - name: surveys
        files: ["surveys/*.csv"]
        quasi_identifiers: [zip]
        bounds: {min_k: 2}
    """
  /// (02139,F) ×2, (10001,M) ×2 → k = 2
  static let safe = "zip,gender\n02139,F\n02139,F\n10001,M\n10001,M\n"
  /// (02139,F) ×2, (10001,M) ×1 → k = 1
  static let risky = "zip,gender\n02139,F\n02139,F\n10001,M\n"

  /// The `files:` pattern and `entry:` of the first hook (`reidrisk-check`), read from
  /// `.pre-commit-hooks.yaml`; the second hook must have the same.
  static func hook() throws -> (files: String, entry: String) {
    let text = try String(
      contentsOf: root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
    let files = text.split(separator: "\n").filter {
      $0.trimmingCharacters(in: .whitespaces).hasPrefix("files:")
    }
    #expect(files.count == 2 && files[0] == files[1])
    #expect(text.contains("- id: reidrisk-check\n"))
    #expect(text.contains("- id: reidrisk-check-system\n"))
    func value(_ key: String) throws -> String {
      let line = try #require(
        text.split(separator: "\n").first {
          $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(key):")
        })
      return String(line.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
    }
    return (try value("files"), try value("entry"))
  }

  struct Repository {
    let folder: URL
    let git: URL
    let environment: [String: String]

    func git(_ arguments: [String]) throws -> BinaryRun {
      try BinaryRun.run(
        git, ["-c", "user.name=test", "-c", "user.email=test@example.com"] + arguments,
        in: folder, environment: environment)
    }

    func commit(_ files: [String: String], message: String) throws -> BinaryRun {
      try BinaryRun.write(files, in: folder)
      _ = try git(["add"] + files.keys.sorted())
      return try git(["commit", "-q", "-m", message])
    }
  }

  /// A repository with the policy committed (without the hook), the hook installed as the
  /// project documents it, but pointing at the built binary instead of building it.
  static func repository() throws -> Repository {
    let git = try #require(BinaryRun.tool("git"), "git is needed")
    let folder = try BinaryRun.temporaryFolder()
    let hook = try hook()
    // `repo: local` runs the same entry and file pattern without building from a clone
    let binary = BinaryRun.reidrisk.path
    let entry = hook.entry.replacingOccurrences(of: "reidrisk ", with: "\(binary) ")
    let config = """
      repos:
        - repo: local
          hooks:
            - id: reidrisk
              name: reidrisk check
              entry: \(entry)
              language: unsupported
              files: '\(hook.files)'
              pass_filenames: true
              require_serial: true
      """
    let environment = ["PRE_COMMIT_HOME": folder.appendingPathComponent(".cache").path]
    let repository = Repository(folder: folder, git: git, environment: environment)
    _ = try repository.git(["init", "-q"])
    try BinaryRun.write([".pre-commit-config.yaml": config, ".gitignore": ".cache/\n"], in: folder)
    _ = try repository.git(["add", ".pre-commit-config.yaml", ".gitignore"])
    _ = try repository.git(["commit", "-q", "-m", "hook config"])
    let install = try BinaryRun.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-m", "pre_commit", "install"],
      in: folder, environment: environment)
    #expect(install.status == 0, "pre-commit install: \(install.standardError)")
    return repository
  }

  @Test func hookPatternMatchesDataFilesAndThePolicy() throws {
    let pattern = try Self.hook().files
    let regex = try Regex(pattern)
    for path in ["data/a.csv", "a.csv.gz", ".reidrisk.yml", "sub/.reidrisk.yml"] {
      #expect(path.contains(regex), "\(path) should match \(pattern)")
    }
    for path in ["notes.txt", "x.reidrisk.yml", "a.csv.bak"] {
      #expect(!path.contains(regex), "\(path) should not match \(pattern)")
    }
  }

  @Test func commitsUnderAPolicyWithAFolderNotCreatedYet() throws {
    let repository = try Self.repository()
    // the policy and a safe file: the surveys rule matches no staged file, so it is not applied
    let first = try repository.commit(
      [".reidrisk.yml": Self.policy, "data/safe.csv": Self.safe], message: "policy and safe data")
    #expect(first.status == 0, "\(first.standardOutput)\(first.standardError)")
    // a risky file: blocked, with the broken bound named
    let risky = try repository.commit(["data/risky.csv": Self.risky], message: "risky")
    #expect(risky.status != 0)
    #expect(
      (risky.standardOutput + risky.standardError).contains(
        "FAIL   data/risky.csv  min_k: k must be at least 2, found 1"))
    _ = try repository.git(["reset", "-q", "HEAD", "data/risky.csv"])
    try FileManager.default.removeItem(
      at: repository.folder.appendingPathComponent("data/risky.csv"))
    // an unrelated file: the hook does not run
    let notes = try repository.commit(["notes.txt": "hello\n"], message: "notes")
    #expect(notes.status == 0)
    // the CI run over the whole tree: the surveys glob is an error naming its line
    let tree = try BinaryRun.reidrisk(["check"], in: repository.folder)
    #expect(tree.status == 2)
    #expect(
      tree.standardError.hasPrefix(
        "reidrisk: .reidrisk.yml:7: files: \"surveys/*.csv\" matches no file under the policy's folder"
      ))
    // optional: true makes it a warning; the data still passes
    let optional = Self.policy.replacingOccurrences(
      of: "    quasi_identifiers: [zip]\n",
      with: "    quasi_identifiers: [zip]\n    optional: true\n")
    let policyOnly = try repository.commit([".reidrisk.yml": optional], message: "optional")
    #expect(policyOnly.status == 0, "\(policyOnly.standardOutput)\(policyOnly.standardError)")
    // the hook ran on the policy alone (pre-commit shows a passing hook's name, not its output)
    let hookLog = policyOnly.standardOutput + policyOnly.standardError
    #expect(hookLog.contains("reidrisk check"), "\(hookLog)")
    #expect(hookLog.contains("Passed"))
    let warned = try BinaryRun.reidrisk(["check"], in: repository.folder)
    #expect(warned.status == 0)
    #expect(warned.standardError.hasPrefix("reidrisk: warning: .reidrisk.yml:7:"))
    #expect(warned.standardOutput.contains("pass   data/safe.csv"))
  }

  @Test func aPolicyThatBreaksAFileBlocksItsOwnCommit() throws {
    let repository = try Self.repository()
    let lax = Self.policy.replacingOccurrences(of: "{min_k: 2}", with: "{min_k: 1}")
    let first = try repository.commit(
      [".reidrisk.yml": lax, "data/risky.csv": Self.risky], message: "lax policy")
    #expect(first.status == 0, "\(first.standardOutput)\(first.standardError)")
    // tightening the policy alone re-checks data/risky.csv, which now fails
    let strict = try repository.commit([".reidrisk.yml": Self.policy], message: "strict policy")
    #expect(strict.status != 0)
    #expect((strict.standardOutput + strict.standardError).contains("FAIL   data/risky.csv"))
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
