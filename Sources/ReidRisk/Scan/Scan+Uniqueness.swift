extension Scan {
  /// The minimal sample uniques and attribute risk of a scan, when its settings ask for them.
  struct Uniqueness: Sendable {
    var analysis: UniquenessAnalysis?
    var attributeRisk: [AttributeRisk]?
  }

  /// Measures `quasiIdentifiers` (as grouped) for `options.uniqueness`, or for the suggested
  /// settings when the quasi-identifiers were suggested. Records the partition leaves out
  /// (`--missing exclude`) take no part.
  static func uniqueness(
    quasiIdentifiers: [EncodedColumn], partition: Partition, options: ScanOptions,
    suggested: Bool, file: String
  ) throws(ScanError) -> Uniqueness {
    guard var settings = options.uniqueness ?? (suggested ? .suggested : nil) else {
      return Uniqueness()
    }
    if suggested && settings.maxSize == nil {
      settings.maxSize = UniquenessSettings.suggestedMaxSize
    }
    // The codes as stored, 1, 2 or 4 bytes each: the searches read them at that width.
    let codes = quasiIdentifiers.map(\.codes)
    let distinct = quasiIdentifiers.map(\.dictionary.count)
    let names = quasiIdentifiers.map(\.name)
    let included =
      partition.excludedCount > 0 ? partition.classOfRecord.map { $0 >= 0 } : nil
    var result = Uniqueness()
    if settings.msu {
      guard codes.count <= 64 else {
        throw ScanError(
          file: file, reason: UniquenessError.tooManyColumns(columns: codes.count).description)
      }
      let size: Int
      switch settings.maximumSize(columnCount: codes.count) {
      case .success(let value): size = value
      case .failure(let error): throw ScanError(file: file, reason: error.description)
      }
      var analysis = UniquenessAnalysis(
        columns: codes, distinct: distinct, names: names, maximumSize: size,
        samplingFraction: samplingFraction(options.population, records: partition.recordCount),
        included: included, method: settings.method,
        attributeRisk: settings.measuresAttributeRisk, classSizes: partition.classSizes)
      analysis.leads = suggested
      result.analysis = analysis
    }
    if settings.measuresAttributeRisk, let shared = result.analysis?.attributeRisk {
      result.attributeRisk = shared
    } else if settings.measuresAttributeRisk {
      var kept = codes
      if let included {
        kept = codes.map { $0.filtered(included) }
      }
      result.attributeRisk = AttributeRisk.measure(
        columns: kept, distinct: distinct, names: names)
    }
    return result
  }

  /// π for DIS-SUDA: n / N with `--population`, the `--sampling-fraction`, else 0.01 (the
  /// SUDA default), a file taken as its own population giving no sampling fraction.
  static func samplingFraction(_ population: PopulationSize, records: Int) -> Double {
    switch population {
    case .file: return 0.01
    case .size(let size): return size > 0 ? min(1, Double(records) / Double(size)) : 0.01
    case .samplingFraction(let fraction): return fraction
    }
  }
}
