import Testing

@testable import ReidRisk

/// MD5 against the test suite of RFC 1321 (appendix A.5), whatever the chunking.
@Suite struct MD5Tests {
  /// RFC 1321, A.5 "Test suite", verbatim.
  static let vectors: [(String, String)] = [
    ("", "d41d8cd98f00b204e9800998ecf8427e"),
    ("a", "0cc175b9c0f1b6a831c399e269772661"),
    ("abc", "900150983cd24fb0d6963f7d28e17f72"),
    ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
    ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
    (
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
      "d174ab98d277d9f5a5611c2c9f419d9f"
    ),
    (
      "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
      "57edf4a22be3c955ac49da2e2107b67a"
    ),
  ]

  @Test(arguments: vectors)
  func rfc1321TestSuite(message: String, digest: String) {
    #expect(MD5.hex(message) == digest)
  }

  /// Fed one byte at a time, the digest is the same: the 80-byte vector crosses a block.
  @Test(arguments: vectors)
  func chunkingDoesNotMatter(message: String, digest: String) {
    var md5 = MD5()
    for byte in message.utf8 { md5.update([byte]) }
    #expect(md5.finish().hex == digest)
  }

  /// Lengths where the padding needs a second block (56 to 63 bytes) and exactly one block;
  /// the expected digests are those of Python's hashlib.md5 (b"a" * n).
  @Test(arguments: [
    (55, "ef1772b6dff9a122358552954ad0df65"),
    (56, "3b0c8ac703f828b04c6c197006d17218"),
    (64, "014842d480b571495a4a0363793f7367"),
  ])
  func paddingBoundaries(length: Int, digest: String) {
    #expect(MD5.hex(String(repeating: "a", count: length)) == digest)
  }

  @Test func hexReadsBack() throws {
    let digest = MD5.digest(Array("abc".utf8))
    #expect(try #require(MD5Digest(hex: Array(digest.hex.utf8))) == digest)
    #expect(MD5Digest(hex: Array("900150983CD24FB0D6963F7D28E17F72".utf8)) == digest)
    #expect(MD5Digest(hex: Array("90015098".utf8)) == nil)  // too short
    #expect(MD5Digest(hex: Array("g00150983cd24fb0d6963f7d28e17f72".utf8)) == nil)  // not hex
  }
}
