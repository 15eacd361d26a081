extension ClassCountsReader {
  /// One byte of JSON: objects are cut out whole (braces counted outside strings) and parsed
  /// one at a time, so a document of any size streams. The objects may sit in one array
  /// (`[{...},{...}]`) or follow one another (one per line).
  mutating func json(_ byte: UInt8) throws(ClassCountsError) {
    if depth > 0 {
      object.append(byte)
      if inString {
        if escaped {
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else if byte == 0x22 {
          inString = false
        }
        return
      }
      switch byte {
      case 0x22: inString = true
      case 0x7B, 0x5B: depth += 1
      case 0x7D, 0x5D:
        depth -= 1
        if depth == 0 {
          let text = object
          object = []
          try parseObject(text, line: objectLine)
        }
      default: break
      }
      return
    }
    switch byte {
    case 0x20, 0x09, 0x0D, 0x0A: return
    case 0x5B where !sawArray && rows == 0:
      sawArray = true
    case 0x2C where sawArray && !arrayClosed: return
    case 0x5D where sawArray && !arrayClosed:
      arrayClosed = true
    case 0x7B where !arrayClosed:
      depth = 1
      object = [byte]
      objectLine = line
    default:
      throw ClassCountsError(
        source: source, line: line,
        reason: "the JSON holds something other than objects of class counts; give an array of"
          + " objects, or one object per line")
    }
  }

  mutating func finishJSON() throws(ClassCountsError) {
    if depth > 0 {
      throw ClassCountsError(
        source: source, line: objectLine, reason: "the last JSON object is never closed")
    }
    if sawArray && !arrayClosed {
      throw ClassCountsError(source: source, line: line, reason: "the JSON array is never closed")
    }
  }

  /// A flat JSON object: names to strings, whole numbers or null.
  private mutating func parseObject(_ text: [UInt8], line: Int) throws(ClassCountsError) {
    var parser = FlatJSONObject(text: text)
    let members: [String: [UInt8]?]
    do {
      members = try parser.parse()
    } catch {
      throw ClassCountsError(
        source: source, line: line + error.lineOffset,
        reason: "the object is not flat JSON (\(error.problem)); give names with strings, whole"
          + " numbers or null")
    }
    for name in members.keys where !Self.csvColumns.contains(name) {
      throw ClassCountsError(
        source: source, line: line,
        reason: "an object holds a name that class counts do not have; the names are "
          + Self.csvColumns.joined(separator: ", "))
    }
    try add(
      line: line,
      value: { name in
        guard let value = members[name] ?? nil, !value.isEmpty else { return nil }
        return value
      },
      column: { _ in nil })
  }
}

/// The members of one JSON object whose values are strings, numbers, booleans or null (as
/// their text; null as nil), parsed from its bytes.
struct FlatJSONObject {
  let text: [UInt8]
  var index = 0

  struct Problem: Error {
    let problem: String
    let lineOffset: Int
  }

  init(text: [UInt8]) { self.text = text }

  mutating func parse() throws(Problem) -> [String: [UInt8]?] {
    var members: [String: [UInt8]?] = [:]
    try expect(0x7B)
    skipSpace()
    if peek == 0x7D { return members }
    while true {
      skipSpace()
      let name = String(decoding: try string(), as: UTF8.self)
      skipSpace()
      try expect(0x3A)
      skipSpace()
      guard members[name] == nil else { throw problem("a name given twice") }
      members[name] = try value()
      skipSpace()
      if peek == 0x2C {
        index += 1
        continue
      }
      try expect(0x7D)
      skipSpace()
      guard index == text.count else { throw problem("text after the object") }
      return members
    }
  }

  private var peek: UInt8? { index < text.count ? text[index] : nil }

  private mutating func skipSpace() {
    while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      index += 1
    }
  }

  private mutating func expect(_ byte: UInt8) throws(Problem) {
    guard peek == byte else { throw problem("expected \(Character(Unicode.Scalar(byte)))") }
    index += 1
  }

  private mutating func value() throws(Problem) -> [UInt8]? {
    switch peek {
    case 0x22: return try string()
    case 0x6E:
      try word("null")
      return nil
    case 0x74:
      try word("true")
      return Array("true".utf8)
    case 0x66:
      try word("false")
      return Array("false".utf8)
    default:
      let start = index
      while let byte = peek,
        byte == 0x2D || byte == 0x2B || byte == 0x2E || byte == 0x65
          || byte == 0x45 || (0x30...0x39).contains(byte)
      {
        index += 1
      }
      guard index > start else { throw problem("a value that is not a string, number or null") }
      return Array(text[start..<index])
    }
  }

  private mutating func word(_ word: String) throws(Problem) {
    let bytes = Array(word.utf8)
    guard index + bytes.count <= text.count, Array(text[index..<index + bytes.count]) == bytes
    else { throw problem("a value that is not a string, number or null") }
    index += bytes.count
  }

  private mutating func string() throws(Problem) -> [UInt8] {
    try expect(0x22)
    var bytes: [UInt8] = []
    while let byte = peek {
      index += 1
      switch byte {
      case 0x22: return bytes
      case 0x5C:
        guard let escape = peek else { break }
        index += 1
        switch escape {
        case 0x22, 0x5C, 0x2F: bytes.append(escape)
        case 0x62: bytes.append(0x08)
        case 0x66: bytes.append(0x0C)
        case 0x6E: bytes.append(0x0A)
        case 0x72: bytes.append(0x0D)
        case 0x74: bytes.append(0x09)
        case 0x75:
          guard index + 4 <= text.count,
            let scalar = UInt32(String(decoding: text[index..<index + 4], as: UTF8.self), radix: 16)
          else { throw problem("a bad \\u escape") }
          index += 4
          let character = Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}"
          bytes += Array(String(character).utf8)
        default: throw problem("a bad escape")
        }
      default: bytes.append(byte)
      }
    }
    throw problem("a string never closed")
  }

  private func problem(_ text: String) -> Problem {
    Problem(
      problem: text, lineOffset: self.text[..<min(index, self.text.count)].count { $0 == 0x0A })
  }
}
