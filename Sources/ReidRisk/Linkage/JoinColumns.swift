/// Pairs the columns of an export with those of an outside file.
///
/// A name finds a column of a header by, in order: the exact name; the one name equal when case
/// is ignored; the one name with the same key (letters and digits only: "Birth Date" and
/// "birth_date"); the one column of the same concept ("dob" finds "birth_date"). Several
/// matches at one step are an error, never a guess.
public enum JoinColumns {
  /// The pairs to join on.
  ///
  /// - `on`: export column names to join on, each found in the outside header by the rule
  ///   above; nil joins on every export column that the outside file also has (except a column
  ///   named just "id": two systems' ids rarely correspond).
  /// - `map`: explicit (export column, outside column) pairs; they come first and replace any
  ///   pair of the same export column.
  public static func pair(
    header: Header, outsideHeader: Header, on: [String]?, map: [(String, String)],
    file: String, outside: String
  ) throws(LinkError) -> [JoinColumn] {
    var pairs: [JoinColumn] = []
    var unknownExport: [String] = []
    var unknownOutside: [String] = []
    for (exportName, outsideName) in map {
      let column = try find(exportName, in: header, file: file)
      let outsideColumn = try find(outsideName, in: outsideHeader, file: outside)
      if column == nil { unknownExport.append(exportName) }
      if outsideColumn == nil { unknownOutside.append(outsideName) }
      if let column, let outsideColumn {
        pairs.append(JoinColumn(column: column, outsideColumn: outsideColumn, pairing: .option))
      }
    }
    if let on {
      for name in on {
        guard let column = try find(name, in: header, file: file) else {
          unknownExport.append(name)
          continue
        }
        guard !pairs.contains(where: { $0.column == column }) else { continue }
        guard let outsideColumn = try find(column, in: outsideHeader, file: outside) else {
          unknownOutside.append(name)
          continue
        }
        pairs.append(JoinColumn(column: column, outsideColumn: outsideColumn, pairing: .option))
      }
    } else if map.isEmpty {
      for column in header.names where ColumnConcept.key(column) != "id" {
        guard let (outsideColumn, pairing) = try shared(column, outsideHeader, outside) else {
          continue
        }
        pairs.append(JoinColumn(column: column, outsideColumn: outsideColumn, pairing: pairing))
      }
    }
    if !unknownExport.isEmpty {
      throw .unknownColumns(file: file, names: unknownExport, header: header.names)
    }
    if !unknownOutside.isEmpty {
      throw .unknownColumns(file: outside, names: unknownOutside, header: outsideHeader.names)
    }
    guard !pairs.isEmpty else {
      throw .noSharedColumns(
        file: file, outside: outside, header: header.names, outsideHeader: outsideHeader.names)
    }
    for pair in pairs {
      let users = pairs.filter { $0.outsideColumn == pair.outsideColumn }.map(\.column)
      if users.count > 1 {
        throw .outsideColumnUsedTwice(
          outside: outside, column: pair.outsideColumn, exportColumns: users)
      }
    }
    return pairs
  }

  /// The column of `header` that `name` finds, or nil.
  static func find(_ name: String, in header: Header, file: String) throws(LinkError) -> String? {
    let steps: [(String) -> Bool] = [
      { $0 == name },
      { $0.lowercased() == name.lowercased() },
      { ColumnConcept.key($0) == ColumnConcept.key(name) },
      { column in ColumnConcept(header: name).map { ColumnConcept(header: column) == $0 } ?? false
      },
    ]
    for step in steps {
      let matches = header.names.filter(step)
      if matches.count == 1 { return matches[0] }
      if matches.count > 1 { throw .ambiguousColumn(file: file, name: name, matches: matches) }
    }
    return nil
  }

  /// The outside column that holds what `column` holds, by name or synonym, and how it was found.
  private static func shared(_ column: String, _ outsideHeader: Header, _ outside: String)
    throws(LinkError)
    -> (String, JoinColumn.Pairing)?
  {
    let key = ColumnConcept.key(column)
    let sameKey = outsideHeader.names.filter { ColumnConcept.key($0) == key }
    if sameKey.count == 1 { return (sameKey[0], .sameName) }
    if sameKey.count > 1 {
      if let exact = sameKey.first(where: { $0 == column }) { return (exact, .sameName) }
      throw .ambiguousColumn(file: outside, name: column, matches: sameKey)
    }
    guard let concept = ColumnConcept(header: column) else { return nil }
    let synonyms = outsideHeader.names.filter { ColumnConcept(header: $0) == concept }
    if synonyms.count > 1 { throw .ambiguousColumn(file: outside, name: column, matches: synonyms) }
    return synonyms.first.map { ($0, .synonym) }
  }
}
