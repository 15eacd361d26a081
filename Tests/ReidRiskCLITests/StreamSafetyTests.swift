import Foundation
import Testing

@testable import ReidRiskCLI

/// The pieces behind safe standard error and the gzip bomb limit, tested directly.
@Suite struct StreamSafetyTests {
  @Test func controlCharactersBecomeVisibleEscapes() {
    #expect(Terminal.oneLine("a\nb\r\u{1B}[31m.csv") == "a\\u{a}b\\u{d}\\u{1b}[31m.csv")
    // a right-to-left override (format character) would reorder what the terminal shows
    #expect(Terminal.oneLine("x\u{202E}vsc.exe") == "x\\u{202e}vsc.exe")
    // the zero-width joiner inside an emoji stays
    #expect(Terminal.oneLine("👩‍💻.csv") == "👩‍💻.csv")
  }

  /// 400 characters: the first 200, " [… 140 characters cut …] " (26 characters) and the last
  /// 60: 200 + 26 + 60 = 286 ≤ 290, so with "reidrisk: " the line stays within 300.
  @Test func longMessageKeepsItsStartAndItsRemedy() {
    let message = String(repeating: "a", count: 340) + String(repeating: "z", count: 60)
    let line = Terminal.oneLine(message)
    #expect(line.count == 286)
    #expect(line.hasPrefix(String(repeating: "a", count: 200) + " [… 140 characters cut …] "))
    #expect(line.hasSuffix(String(repeating: "z", count: 60)))
    #expect(Terminal.oneLine(String(repeating: "b", count: 290)).count == 290)
  }

  /// `bytes` compressed by the system's gzip.
  static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let folder = try BinaryRun.temporaryFolder()
    let file = folder.appendingPathComponent("x")
    try Data(bytes).write(to: file)
    let run = try BinaryRun.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -9 -c x > x.gz"], in: folder)
    #expect(run.status == 0)
    return Array(try Data(contentsOf: folder.appendingPathComponent("x.gz")))
  }

  /// Decompresses `packed` with `ratio`, returning the bytes out or the error.
  static func inflate(_ packed: [UInt8], ratio: Double) throws -> Result<Int, ReportedError> {
    let stream = try GzipStream(file: "x.gz", outputSize: 64 << 10, maximumRatio: ratio)
    var total = 0
    do {
      try packed.withUnsafeBytes { bytes in
        try stream.decompress(bytes) { total += $0.count }
      }
      try stream.finish()
      return .success(total)
    } catch let error as ReportedError {
      return .failure(error)
    }
  }

  /// 3 MiB of one repeated line compress about 1,000 times: refused at 200, read at 5,000.
  @Test func ratioAboveTheLimitIsRefused() throws {
    let text = Array(String(repeating: "1,2\n", count: 3 << 18).utf8)  // 4 × 786,432 = 3 MiB
    let packed = try Self.gzip(text)
    #expect(packed.count * 200 < text.count)
    guard case .failure(let error) = try Self.inflate(packed, ratio: 200) else {
      Issue.record("a 1,000:1 stream passed a 200:1 limit")
      return
    }
    #expect(error.message.contains("x.gz: the gzip data expands more than 200 times"))
    #expect(try Self.inflate(packed, ratio: 5000) == .success(3 << 20))
  }

  /// The check starts after the first MiB of output: 512 KiB at 1,000:1 are read.
  @Test func smallOutputIsNeverRefused() throws {
    let text = Array(String(repeating: "1,2\n", count: 1 << 17).utf8)  // 4 × 131,072 = 512 KiB
    let packed = try Self.gzip(text)
    #expect(packed.count * 200 < text.count)
    #expect(try Self.inflate(packed, ratio: 200) == .success(512 << 10))
  }
}

extension ReportedError: Equatable {
  public static func == (a: ReportedError, b: ReportedError) -> Bool { a.message == b.message }
}
