extension ClassCountsMetadata {
  /// The first `# ` line of every class-counts file reidrisk writes.
  static let signature = "reidrisk class counts"

  /// The `# ` lines, each ending in a line feed.
  public var lines: String {
    var text = "# \(Self.signature) \(version)\n"
    text += "# quasi_identifiers: \(QuasiIdentifierSpec.text(quasiIdentifiers))\n"
    text += "# na: \(missingTokens.map(Self.listItem).joined(separator: ","))\n"
    text += "# normalise: \(normalises)\n"
    if let missingPolicy { text += "# missing: \(missingPolicy.rawValue)\n" }
    return text
  }

  /// An item of a comma list, quoted when it holds a comma, a quote or edge spaces.
  private static func listItem(_ item: String) -> String {
    let needsQuotes =
      item.contains(",") || item.contains("\"") || item.first == " " || item.last == " "
      || item.first == "\t" || item.last == "\t" || item.isEmpty
    guard needsQuotes else { return item }
    return "\"" + item.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The metadata of the `# ` lines (each without its `#`); lines naming something else are
  /// ignored, so later versions may add some.
  static func parse(_ lines: [(line: Int, text: String)], source: String)
    throws(ClassCountsError) -> ClassCountsMetadata
  {
    var version: Int?
    var quasiIdentifiers: [QuasiIdentifierSpec]?
    var tokens: [String] = []
    var normalises = false
    var policy: MissingValuePolicy?
    for (line, raw) in lines {
      let text = raw.drop { $0 == " " }
      func fail(_ reason: String) -> ClassCountsError {
        ClassCountsError(source: source, line: line, reason: reason)
      }
      if text.hasPrefix(Self.signature) {
        guard let number = Int(text.dropFirst(Self.signature.count).trimmingSpaces),
          number == Self.version
        else {
          throw fail(
            "the class counts are of a version this reidrisk does not read (it reads version"
              + " \(Self.version)); write them with this reidrisk")
        }
        version = number
        continue
      }
      guard let colon = text.firstIndex(of: ":") else { continue }
      let name = String(text[..<colon])
      let value = String(text[text.index(after: colon)...]).trimmingSpaces
      switch name {
      case "quasi_identifiers":
        do {
          quasiIdentifiers = try QuasiIdentifierSpec.parse(value)
        } catch {
          throw fail("the quasi_identifiers line does not read as --qi does: \(error)")
        }
      case "na":
        guard let items = CommaList.split(value) else {
          throw fail("the na line leaves a quote open")
        }
        tokens = items
      case "normalise":
        guard let flag = Bool(value) else { throw fail("normalise is not true or false") }
        normalises = flag
      case "missing":
        guard let parsed = MissingValuePolicy(rawValue: value) else {
          throw fail("missing is not value, exclude or wildcard")
        }
        policy = parsed
      default: continue
      }
    }
    guard let version else {
      throw ClassCountsError(
        source: source, line: lines.first?.line,
        reason: "the `# ` lines do not start with `# \(Self.signature) \(Self.version)`; remove"
          + " them, or write the file with scan --emit-class-counts")
    }
    guard let quasiIdentifiers, !quasiIdentifiers.isEmpty else {
      throw ClassCountsError(
        source: source, line: lines.first?.line,
        reason: "the `# ` lines have no quasi_identifiers line")
    }
    return ClassCountsMetadata(
      version: version, quasiIdentifiers: quasiIdentifiers, missingTokens: tokens,
      normalises: normalises, missingPolicy: policy)
  }
}

extension StringProtocol {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
