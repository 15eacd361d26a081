/// Everything a linkage found: the value the text, Markdown and JSON renderers draw from.
///
/// JSON: `{schema_version, file, outside_file, link: {on, records, reidentified, ambiguous,
/// hidden, not_found, outside_records, outside_in_export, ...}, bounds, verdict, warnings}`,
/// keys sorted; documented in `docs/linkage.md`.
public struct LinkReport: Sendable, Encodable {
  public static let schemaVersion = 1

  public var schemaVersion = LinkReport.schemaVersion
  public var file: String
  public var outsideFile: String
  /// Whether values were normalised before comparing (off with `--exact`).
  public var normalised: Bool
  public var link: LinkFigures
  public var bounds: [BoundCheck]
  public var warnings: [String]

  /// Whether every bound holds.
  public var isWithinBounds: Bool { bounds.allSatisfy(\.holds) }

  /// The share of export records re-identified; 0 for no records.
  public var reidentifiedFraction: Double {
    link.records == 0 ? 0 : Double(link.reidentified) / Double(link.records)
  }

  init(
    file: String, outsideFile: String, link: LinkFigures, options: LinkOptions, warnings: [String]
  ) {
    self.file = file
    self.outsideFile = outsideFile
    self.normalised = options.normalises
    self.link = link
    self.warnings = warnings
    self.bounds = []
    if let maximum = options.maximumReidentified {
      let fraction = reidentifiedFraction
      bounds.append(
        BoundCheck(
          id: "reidentified", option: "--max-reidentified", limit: maximum, value: fraction,
          holds: fraction <= maximum,
          rule:
            "the share of export records re-identified must be at most \(Formatting.ratio(maximum))"
        ))
    }
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case outsideFile = "outside_file"
    case file, normalised, link, bounds, warnings, verdict
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(file, forKey: .file)
    try container.encode(outsideFile, forKey: .outsideFile)
    try container.encode(normalised, forKey: .normalised)
    try container.encode(link, forKey: .link)
    try container.encode(bounds, forKey: .bounds)
    try container.encode(isWithinBounds ? "pass" : "fail", forKey: .verdict)
    try container.encode(warnings, forKey: .warnings)
  }
}
