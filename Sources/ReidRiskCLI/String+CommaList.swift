extension String {
  /// An option's comma-separated names: "a, b,,c" → ["a", "b", "c"].
  var commaList: [String] {
    split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
  }

  /// Without spaces and tabs at either end.
  var trimmed: String {
    let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }
    return String(
      String.UnicodeScalarView(scalars.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
  }
}
