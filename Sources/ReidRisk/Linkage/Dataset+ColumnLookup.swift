extension Dataset {
  /// The column that `name` finds: the column requested under that name, else the column the
  /// header spells that way, else the one equal when case is ignored. A column requested once
  /// serves every spelling of its name (a reader must not be asked for one column twice).
  func column(matching name: String) -> EncodedColumn? {
    if let requested = column(named: name) { return requested }
    if let byHeader = columns.first(where: { $0.name == name }) { return byHeader }
    let folded = columns.filter { $0.name.lowercased() == name.lowercased() }
    return folded.count == 1 ? folded[0] : nil
  }
}

extension Header {
  /// `names` without those that find a column already found by an earlier name (exact, else
  /// a unique case-insensitive match); names the header lacks are kept, for the reader to report.
  func distinctColumns(_ names: [String]) -> [String] {
    var seen: Set<Int> = []
    return names.filter { name in
      guard let index = try? indices(of: [name], file: "").first else { return true }
      return seen.insert(index).inserted
    }
  }
}
