extension FlagsCSV {
  /// The MSU columns of the flags file, when MSUs were searched.
  static let uniquenessHeader = [
    "msus", "smallest_msu", "suda_score", "dis_suda_score", "smallest_msu_columns",
  ]

  /// A record's MSU cells: its MSU count, the size of its smallest MSU, its SUDA and DIS-SUDA
  /// scores at full precision (the shortest text that reads back as the same double: "36",
  /// "0.3374994719041694") and its smallest MSU's columns. A record without an MSU has 0 MSUs
  /// and the other four cells empty: it has no smallest MSU, and no score to rank it by.
  static func uniquenessCells(_ finding: Finding) -> [String] {
    guard let figures = finding.uniqueness, let smallest = figures.smallest else {
      return ["0", "", "", "", ""]
    }
    return [
      "\(figures.msus)", "\(smallest.count)", shortest(figures.sudaScore),
      shortest(figures.disScore), finding.smallestMSUColumns ?? "",
    ]
  }

  /// The shortest text that reads back as `value`: Swift's description (shortest round trip),
  /// without the ".0" of a whole number: 36 → "36", 0.1 → "0.1", 1e-05 → "1e-05".
  static func shortest(_ value: Double) -> String {
    let text = "\(value)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
