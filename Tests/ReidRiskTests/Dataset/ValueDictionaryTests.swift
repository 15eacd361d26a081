import Testing

@testable import ReidRisk

@Suite struct ValueDictionaryTests {
  func code(_ dictionary: inout ValueDictionary, _ text: String) -> Int32 {
    Array(text.utf8).withUnsafeBytes { dictionary.code(of: $0) }
  }

  /// Codes follow first appearance; short (≤ 16 bytes, compared inline) and long values
  /// (compared in the arena) alike, and values that share their first 16 bytes stay apart.
  @Test func codesInOrderOfFirstAppearance() {
    var dictionary = ValueDictionary()
    let long = "a member bio that is longer than sixteen bytes"
    let sameHead = "a member bio that differs after sixteen bytes"
    let values = ["02139", "", "1980-03-07", long, sameHead, "0213", "02139\u{0}"]
    for (index, value) in values.enumerated() {
      #expect(code(&dictionary, value) == Int32(index))
    }
    for (index, value) in values.enumerated() {
      #expect(code(&dictionary, value) == Int32(index))
      #expect(dictionary.string(of: Int32(index)) == value)
    }
    #expect(dictionary.count == values.count)
    #expect(Array("nope".utf8).withUnsafeBytes { dictionary.existingCode(of: $0) } == nil)
    #expect(Array(long.utf8).withUnsafeBytes { dictionary.existingCode(of: $0) } == 3)
  }

  /// Growing the table (8 slots at the start, grown by half past 75% full) keeps every code.
  @Test func growthKeepsCodes() {
    var dictionary = ValueDictionary()
    for number in 0..<10_000 { #expect(code(&dictionary, "v\(number)") == Int32(number)) }
    for number in stride(from: 0, to: 10_000, by: 997) {
      #expect(code(&dictionary, "v\(number)") == Int32(number))
    }
    #expect(dictionary.count == 10_000)
  }
}

@Suite struct ValueDictionaryLengthTests {
  /// Every length from 0 to 40 bytes, and values that differ only in their last byte or by a
  /// trailing NUL, stay distinct (the head of short values is read with overlapping loads).
  @Test func everyLengthStaysDistinct() {
    var dictionary = ValueDictionary()
    var values: [[UInt8]] = []
    for length in 0...40 {
      let base = (0..<length).map { UInt8(65 + $0 % 26) }
      values.append(base)
      if length > 0 { values.append(base.dropLast() + [UInt8(97)]) }
      values.append(base + [0])
    }
    var seen: [[UInt8]: Int32] = [:]
    for value in values {
      let code = value.withUnsafeBytes { dictionary.code(of: $0) }
      if let known = seen[value] { #expect(code == known) } else { seen[value] = code }
    }
    #expect(dictionary.count == seen.count)
    for (value, code) in seen { #expect(Array(dictionary.bytes(of: code)) == value) }
  }
}

/// The arena past 2^32 bytes: each value's end keeps its low 32 bits, and `wraps` says where
/// the high bits step up. Exercised with 8-bit offsets (the arena "wraps" every 256 bytes).
@Suite struct ValueDictionaryWrapTests {
  /// Values of 0 to 200 bytes, 601 of them (about 60 KB, so the offsets wrap over 200 times,
  /// one value ending exactly on a multiple of 256): every code, its bytes and its look-up
  /// survive the wraps and the table's growth, and agree with 32-bit offsets.
  @Test func offsetsPastTheirWidth() {
    var narrow = ValueDictionary(seed: .deterministic, probeBound: 160, offsetBits: 8)
    var wide = ValueDictionary(seed: .deterministic)
    var values: [[UInt8]] = []
    for number in 0..<600 {
      let length = number == 0 ? 0 : 1 + (number - 1) % 200
      values.append((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ number) })
    }
    // 256 bytes in all after the first three values of 0 + 1 + 2 bytes and one of 253.
    values.insert(Array(repeating: 7, count: 253), at: 3)
    var ends: [Int] = []
    var total = 0
    for (index, value) in values.enumerated() {
      let code = value.withUnsafeBytes { narrow.code(of: $0) }
      #expect(code == Int32(index))
      #expect(value.withUnsafeBytes { wide.code(of: $0) } == code)
      total += value.count
      ends.append(total)
    }
    #expect(ends[3] == 256)
    #expect(narrow.byteCount == total)
    #expect(total > 200 * 256)
    for (index, value) in values.enumerated() {
      #expect(Array(narrow.bytes(of: Int32(index))) == value)
      #expect(value.withUnsafeBytes { narrow.existingCode(of: $0) } == Int32(index))
    }
    #expect(
      Array([UInt8](repeating: 9, count: 100)).withUnsafeBytes {
        narrow.existingCode(of: $0)
      } == nil)
  }

  /// A reseed (probe bound 0: at the first collision) rebuilds the table from an arena whose
  /// offsets wrap, and keeps every code.
  @Test func reseedAcrossWraps() {
    var dictionary = ValueDictionary(seed: .deterministic, probeBound: 0, offsetBits: 8)
    for number in 0..<2_000 {
      let value = Array("value number \(number) of the wrapped arena".utf8)
      #expect(value.withUnsafeBytes { dictionary.code(of: $0) } == Int32(number))
    }
    #expect(dictionary.generation > 0)
    for number in stride(from: 0, to: 2_000, by: 7) {
      let value = Array("value number \(number) of the wrapped arena".utf8)
      #expect(value.withUnsafeBytes { dictionary.existingCode(of: $0) } == Int32(number))
      #expect(dictionary.string(of: Int32(number)) == String(decoding: value, as: UTF8.self))
    }
  }
}
