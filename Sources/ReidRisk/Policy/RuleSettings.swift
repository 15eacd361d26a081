/// The settings a policy rule or its `defaults` wrote; nil where not written, so a rule's own
/// settings override the defaults key by key.
struct RuleSettings {
  var quasiIdentifiers: [String]?
  var sensitiveAttributes: [String]?
  var population: PopulationSize?
  var idColumn: String?
  var delimiter: UInt8?
  var missingTokens: [String]?
  var missingPolicy: MissingValuePolicy?
  var isLenient: Bool?
  var threshold: Double?
  var k: Int?
  var bounds = PartialBounds()

  /// These settings with each one `rule` wrote put in their place; bounds merge bound by bound.
  func overridden(by rule: RuleSettings) -> RuleSettings {
    var merged = RuleSettings()
    merged.quasiIdentifiers = rule.quasiIdentifiers ?? quasiIdentifiers
    merged.sensitiveAttributes = rule.sensitiveAttributes ?? sensitiveAttributes
    merged.population = rule.population ?? population
    merged.idColumn = rule.idColumn ?? idColumn
    merged.delimiter = rule.delimiter ?? delimiter
    merged.missingTokens = rule.missingTokens ?? missingTokens
    merged.missingPolicy = rule.missingPolicy ?? missingPolicy
    merged.isLenient = rule.isLenient ?? isLenient
    merged.threshold = rule.threshold ?? threshold
    merged.k = rule.k ?? k
    merged.bounds.values = bounds.values.merging(rule.bounds.values) { $1 }
    return merged
  }

  func apply(to rule: inout PolicyRule) {
    if let sensitiveAttributes { rule.sensitiveAttributes = sensitiveAttributes }
    if let population { rule.population = population }
    rule.idColumn = idColumn
    rule.delimiter = delimiter
    if let missingTokens { rule.missingTokens = missingTokens }
    if let missingPolicy { rule.missingPolicy = missingPolicy }
    if let isLenient { rule.isLenient = isLenient }
    if let threshold { rule.threshold = threshold }
    if let k { rule.k = k }
    rule.bounds = bounds.bounds
  }
}

/// Bounds as written, by policy key, before they become a `Bounds`.
struct PartialBounds {
  var values: [String: Double] = [:]

  var bounds: Bounds {
    var bounds = Bounds()
    for definition in PolicyBound.all {
      if let value = values[definition.key] { definition.apply(&bounds, value) }
    }
    return bounds
  }
}
