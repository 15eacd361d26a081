import Foundation
import Testing

/// The composite GitHub Action (`action.yml`) run locally: each step's `run:` command in order,
/// with the inputs' defaults, the variables the runner sets (GITHUB_ACTION_PATH,
/// GITHUB_WORKSPACE, GITHUB_PATH, GITHUB_OUTPUT) and the built binary instead of a release
/// build. The `uses:` steps (cache, upload-sarif) are GitHub's and are not run.
@Suite struct ActionEndToEndTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  struct Step {
    var name = ""
    var run: String?
    var uses: String?
    var environment: [String: String] = [:]
  }

  /// The steps of `action.yml` and its inputs' defaults, read line by line (the file keeps to
  /// a plain layout: `- name:`, `run:`, `uses:`, `env:` with one `KEY: value` a line).
  static func action() throws -> (steps: [Step], inputs: [String: String]) {
    let text = try String(contentsOf: root.appendingPathComponent("action.yml"), encoding: .utf8)
    var steps: [Step] = []
    var inputs: [String: String] = [:]
    var section = ""
    var input = ""
    var inEnvironment = false
    for raw in text.split(separator: "\n") {
      let line = raw.trimmingCharacters(in: .whitespaces)
      let indent = raw.prefix { $0 == " " }.count
      if indent == 0 { section = String(line.prefix { $0 != ":" }) }
      if section == "inputs" && indent == 2 { input = String(line.dropLast()) }
      if section == "inputs" && line.hasPrefix("default:") {
        inputs[input] = value(of: line)
      }
      guard section == "runs" else { continue }
      if line.hasPrefix("- name:") {
        steps.append(Step(name: value(of: String(line.dropFirst(2)))))
        inEnvironment = false
      } else if line.hasPrefix("run:") {
        steps[steps.count - 1].run = value(of: line)
        inEnvironment = false
      } else if line.hasPrefix("uses:") {
        steps[steps.count - 1].uses = value(of: line)
      } else if line == "env:" {
        inEnvironment = true
      } else if inEnvironment && indent == 8 {
        let key = String(line.prefix { $0 != ":" })
        steps[steps.count - 1].environment[key] = value(of: line)
      } else if indent <= 6 {
        inEnvironment = false
      }
    }
    return (steps, inputs)
  }

  /// The value after `key:`, unquoted.
  static func value(of line: String) -> String {
    var text = String(line.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
    if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
      text = String(text.dropFirst().dropLast())
    }
    return text
  }

  @Test func stepsRunLocally() throws {
    let (steps, inputs) = try Self.action()
    #expect(
      steps.map(\.name) == [
        "Install libcsv", "Cache the build", "Build reidrisk", "Check", "Upload to code scanning",
        "Verdict",
      ])
    #expect(
      steps.compactMap(\.uses) == ["actions/cache@v4", "github/codeql-action/upload-sarif@v3"])
    #expect(inputs["sarif-file"] == "reidrisk.sarif")
    let workspace = try BinaryRun.temporaryFolder()
    try BinaryRun.write(
      [
        ".reidrisk.yml": "rules:\n  - files: [\"data/*.csv\"]\n    quasi_identifiers: [zip]\n"
          + "    bounds: {min_k: 2}\n",
        "data/a.csv": "zip\n1\n1\n2\n",
      ], in: workspace)
    let runner = workspace.appendingPathComponent(".runner")
    try FileManager.default.createDirectory(at: runner, withIntermediateDirectories: true)
    let pathFile = runner.appendingPathComponent("path")
    let outputFile = runner.appendingPathComponent("output")
    try Data().write(to: pathFile)
    var path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    var outputs: [String: String] = [:]
    var statuses: [String: Int32] = [:]
    for step in steps {
      guard let run = step.run else { continue }
      try Data().write(to: outputFile)
      var environment = [
        "GITHUB_ACTION_PATH": Self.root.path, "GITHUB_WORKSPACE": workspace.path,
        "GITHUB_PATH": pathFile.path, "GITHUB_OUTPUT": outputFile.path,
        "REIDRISK_BINARY": BinaryRun.reidrisk.path, "PATH": path,
      ]
      for (key, value) in step.environment {
        environment[key] = Self.substitute(value, inputs: inputs, outputs: outputs)
      }
      let result = try BinaryRun.run(
        URL(fileURLWithPath: "/bin/bash"), ["-c", run], in: workspace, environment: environment)
      statuses[step.name] = result.status
      // what the runner does between steps: PATH additions and step outputs
      let added = try String(contentsOf: pathFile, encoding: .utf8).split(separator: "\n")
      for folder in added where !path.hasPrefix(folder + ":") { path = folder + ":" + path }
      for line in try String(contentsOf: outputFile, encoding: .utf8).split(separator: "\n") {
        let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
        if parts.count == 2 { outputs["steps.check.outputs.\(parts[0])"] = parts[1] }
      }
    }
    #expect(statuses["Install libcsv"] == 0)
    #expect(statuses["Build reidrisk"] == 0)
    // the check step records exit 1 (k = 1 < 2) and lets the upload run
    #expect(statuses["Check"] == 0)
    #expect(outputs["steps.check.outputs.exit-code"] == "1")
    let sarif = try Data(contentsOf: workspace.appendingPathComponent("reidrisk.sarif"))
    let log = try #require(try JSONSerialization.jsonObject(with: sarif) as? [String: Any])
    let results = try #require(
      (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(results.compactMap { $0["ruleId"] as? String } == ["min_k"])
    // the verdict step fails the job
    #expect(statuses["Verdict"] == 1)
  }

  /// `${{ inputs.x }}` and `${{ steps.check.outputs.y }}` replaced by their values.
  static func substitute(_ text: String, inputs: [String: String], outputs: [String: String])
    -> String
  {
    var result = text
    for (key, value) in inputs { result = result.replacing("${{ inputs.\(key) }}", with: value) }
    for (key, value) in outputs { result = result.replacing("${{ \(key) }}", with: value) }
    return result
  }
}
