import ReidRisk

/// Collects a file's size and SHA-256 while `InputReader` reads it, for the reports that file
/// them (`report`): the bytes as read, before any gzip decompression.
final class InputDigest {
  private var sha256 = SHA256()

  func update(_ bytes: UnsafeRawBufferPointer) { sha256.update(bytes) }

  /// The size and digest of everything fed so far.
  var facts: InputFacts { InputFacts(bytes: sha256.count, sha256: sha256.hexDigest()) }
}
