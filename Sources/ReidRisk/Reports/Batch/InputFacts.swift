/// What a filed report says about an input file so that a reader can tell it is the file they
/// hold: its size in bytes and its SHA-256, both of the bytes as read (a `.csv.gz` file's
/// compressed bytes). The CLI computes them while it reads; the core never opens a file.
public struct InputFacts: Sendable, Encodable, Equatable {
  /// The size in bytes.
  public var bytes: Int
  /// The SHA-256 digest in lower-case hexadecimal (64 characters).
  public var sha256: String

  public init(bytes: Int, sha256: String) {
    self.bytes = bytes
    self.sha256 = sha256
  }
}
