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

  /// Growing the table (64 slots at the start, doubled at half full) keeps every code.
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
