import Foundation

/// Validates JSON text against a schema file of the repository with
/// `scripts/validate-json.py` (Python's jsonschema, from `Tests/requirements.txt`).
enum SchemaValidation {
  /// The package's root folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The violations of `json` against the schema at `schema` (relative to the root): empty
  /// when it validates. Throws when Python or jsonschema cannot be run, so the test fails.
  static func violations(of json: String, schema: String) throws -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reidrisk-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("document.json")
    try Data(json.utf8).write(to: document)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", root.appendingPathComponent("scripts/validate-json.py").path,
      root.appendingPathComponent(schema).path, document.path,
    ]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus != 0 && text.isEmpty {
      throw ValidationUnavailable(
        message: "validate-json.py failed (pip install -r Tests/requirements.txt): \(problem)")
    }
    return text.split(separator: "\n").map(String.init)
  }

  struct ValidationUnavailable: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }
}
