/// Reads class counts from text, chunk by chunk as it arrives: CSV with a header (`key,missing,
/// count`, and `sensitive,value,rank` for sensitive rows), or JSON (an array of objects, or one
/// object per line, with the same names); `# ` lines before either carry the metadata.
///
/// ```
/// # reidrisk class counts 1
/// # quasi_identifiers: zip,gender
/// key,missing,count,sensitive,value,rank
/// <64 hex digits>,0,2,,,
/// <64 hex digits>,0,2,tier,<32 hex digits>,
/// ```
/// The CSV is RFC 4180 (fields may be quoted, "" is a quote), `\n` or `\r\n` line ends. Each
/// row goes through `ClassCountsBuilder`, so every check and message is the same for a file
/// and for an engine's rows. Memory grows with the classes, never with the text.
public struct ClassCountsReader: Sendable {
  public let source: String
  private let givenQuasiIdentifiers: [QuasiIdentifierSpec]?
  private let givenMissingTokens: [String]?
  private let duplicates: ClassCountsBuilder.Duplicates
  var builder: ClassCountsBuilder?
  /// The metadata read from the `# ` lines so far.
  public private(set) var metadata: ClassCountsMetadata?
  private var metadataLines: [(line: Int, text: String)] = []
  private var format: Format = .undecided
  var line = 1
  // CSV state
  var fields: [[UInt8]] = []
  var field: [UInt8] = []
  var state: CSVState = .lineStart
  var recordLine = 1
  var header: [String]?
  var columnOf: [String: Int] = [:]
  // JSON state
  var object: [UInt8] = []
  var depth = 0
  var inString = false
  var escaped = false
  var objectLine = 1
  var sawArray = false
  var arrayClosed = false
  var rows = 0

  enum Format: Sendable { case undecided, csv, json }
  enum CSVState: Sendable { case lineStart, comment, fieldStart, unquoted, quoted, quoteInQuoted }

  /// A reader of the rows from `source`. `quasiIdentifiers` and `missingTokens`, when given
  /// (from the command line), must agree with the file's metadata where it has them; without
  /// metadata, the quasi-identifiers must be given.
  public init(
    source: String, quasiIdentifiers: [QuasiIdentifierSpec]? = nil,
    missingTokens: [String]? = nil, duplicates: ClassCountsBuilder.Duplicates = .refused
  ) {
    self.source = source
    self.givenQuasiIdentifiers = quasiIdentifiers
    self.givenMissingTokens = missingTokens
    self.duplicates = duplicates
  }

  /// Reads the next bytes of the text.
  public mutating func read(_ chunk: some Collection<UInt8>) throws(ClassCountsError) {
    for byte in chunk {
      switch format {
      case .undecided: try undecided(byte)
      case .csv: try csv(byte)
      case .json: try json(byte)
      }
      if byte == 0x0A { line += 1 }
    }
  }

  /// The class counts, once every byte has been read.
  public mutating func finish() throws(ClassCountsError) -> ClassCounts {
    switch format {
    case .undecided:
      try resolveMetadata()
      throw ClassCountsError(
        source: source,
        reason: "no header and no class rows; the first line after the `# ` lines is the header"
          + " key,missing,count")
    case .csv: try finishCSV()
    case .json: try finishJSON()
    }
    guard let builder else {
      throw ClassCountsError(source: source, reason: "no class rows")
    }
    return try builder.finish(metadata: metadata)
  }

  /// Before the first data byte: `# ` lines, blank space, then `[`/`{` (JSON) or a header.
  private mutating func undecided(_ byte: UInt8) throws(ClassCountsError) {
    switch state {
    case .comment:
      if byte == 0x0A {
        metadataLines.append((line, String(decoding: field, as: UTF8.self)))
        field = []
        state = .lineStart
      } else if byte != 0x0D {
        field.append(byte)
      }
    default:
      switch byte {
      case 0x23:  // #
        state = .comment
      case 0x20, 0x09, 0x0D, 0x0A:
        return
      case 0x5B, 0x7B:  // [ {
        try resolveMetadata()
        format = .json
        state = .lineStart
        try json(byte)
      default:
        try resolveMetadata()
        format = .csv
        state = .fieldStart
        recordLine = line
        try csv(byte)
      }
    }
  }

  /// Parses the `# ` lines into `metadata` and makes the builder.
  mutating func resolveMetadata() throws(ClassCountsError) {
    if !metadataLines.isEmpty {
      metadata = try ClassCountsMetadata.parse(metadataLines, source: source)
    }
    let quasiIdentifiers: [QuasiIdentifierSpec]
    var tokens = givenMissingTokens ?? []
    if let metadata {
      if let given = givenQuasiIdentifiers, given != metadata.quasiIdentifiers {
        throw ClassCountsError(
          source: source,
          reason: "the file counts classes on --qi "
            + quoted(QuasiIdentifierSpec.text(metadata.quasiIdentifiers))
            + ", not on the --qi given; give the file's or none")
      }
      if let given = givenMissingTokens, given != metadata.missingTokens {
        throw ClassCountsError(
          source: source,
          reason: "the file's missing values were found with other --na tokens than those"
            + " given; give the file's (its `# na:` line) or none")
      }
      quasiIdentifiers = metadata.quasiIdentifiers
      tokens = metadata.missingTokens
    } else if let given = givenQuasiIdentifiers {
      quasiIdentifiers = given
    } else {
      throw ClassCountsError(
        source: source,
        reason: "the class counts carry no `# quasi_identifiers:` line; give the quasi-identifiers"
          + " the keys were made of, in order, with --qi")
    }
    builder = try ClassCountsBuilder(
      source: source, quasiIdentifiers: quasiIdentifiers.map(\.name), missingTokens: tokens,
      duplicates: duplicates)
  }

  /// Hands one row to the builder; `value(name)` gives the row's field by its name (nil: absent
  /// or empty/null), `column(name)` the column to blame.
  mutating func add(
    line: Int, value: (String) -> [UInt8]?, column: (String) -> Int?
  ) throws(ClassCountsError) {
    rows += 1
    func fail(_ name: String, _ reason: String) -> ClassCountsError {
      ClassCountsError(
        source: source, line: line, column: column(name), field: name, reason: reason)
    }
    guard let key = value("key") else { throw fail("key", "the key is empty") }
    guard let maskText = value("missing"), let mask = UInt64(ascii: maskText) else {
      throw fail("missing", "the missing mask is not a whole number (0 when nothing is missing)")
    }
    guard let countText = value("count"), let count = Int(ascii: countText) else {
      throw fail("count", "the count is not a whole number of at least 1")
    }
    let sensitive = value("sensitive")
    do throws(ClassCountsError) {
      if let sensitive {
        guard let column = String(validating: sensitive, as: UTF8.self) else {
          throw fail("sensitive", "the sensitive column's name is not UTF-8")
        }
        guard let digest = value("value") else {
          throw fail("value", "a sensitive row has no value digest; give the md5 of its text")
        }
        var rank: Int?
        if let text = value("rank") {
          guard let parsed = Int(ascii: text) else {
            throw fail("rank", "the rank is not a whole number of at least 1")
          }
          rank = parsed
        }
        try builder!.addSensitive(
          key: key, missing: mask, count: count, column: column, value: digest, rank: rank,
          line: line)
      } else {
        guard value("value") == nil && value("rank") == nil else {
          throw fail("sensitive", "a row with a value has no sensitive column's name")
        }
        try builder!.addClass(key: key, missing: mask, count: count, line: line)
      }
    } catch {
      guard error.line == line, error.column == nil, let field = error.field else { throw error }
      throw ClassCountsError(
        source: source, line: line, column: column(field), field: field, reason: error.reason)
    }
  }
}

extension UInt64 {
  /// The whole number spelled by decimal `digits`, or nil when they spell none or it overflows.
  init?(ascii digits: [UInt8]) {
    guard !digits.isEmpty, digits.count <= 20 else { return nil }
    var value: UInt64 = 0
    for digit in digits {
      guard (0x30...0x39).contains(digit) else { return nil }
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(UInt64(digit - 0x30))
      guard !overflow1 && !overflow2 else { return nil }
      value = sum
    }
    self = value
  }
}

extension Int {
  /// The whole number spelled by decimal `digits` (no sign), or nil.
  init?(ascii digits: [UInt8]) {
    guard let value = UInt64(ascii: digits), value <= UInt64(Int.max) else { return nil }
    self = Int(value)
  }
}
