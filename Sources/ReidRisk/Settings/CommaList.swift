/// A comma-separated list as a flag or a policy scalar writes it, read as a CSV record would
/// be: items are split at commas outside double quotes; an unquoted item is trimmed of spaces
/// and tabs; a quoted item keeps its exact text, so a column named `" zip"` or `zip,code` can be
/// chosen (`--qi '" zip","zip,code"'`), and `""` inside quotes is one quote.
///
/// `zip, birth_date` gives ["zip", "birth_date"]; `"a,b",c` gives ["a,b", "c"]; `N/A,,NULL`
/// gives ["N/A", "", "NULL"]; the empty text gives [].
public enum CommaList {
  /// The items of `text`, or nil when a quote is left open.
  public static func split(_ text: String) -> [String]? {
    if text.allSatisfy({ $0 == " " || $0 == "\t" }) { return [] }
    var items: [String] = []
    var current = ""
    var isQuoted = false
    var wasQuoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if isQuoted {
        if character == "\"" {
          if characters.first == "\"" {
            current.append("\"")
            characters.removeFirst()
          } else {
            isQuoted = false
          }
        } else {
          current.append(character)
        }
      } else if character == "," {
        items.append(wasQuoted ? current : trimmed(current))
        current = ""
        wasQuoted = false
      } else if character == "\"" && trimmed(current).isEmpty && !wasQuoted {
        current = ""
        isQuoted = true
        wasQuoted = true
      } else if wasQuoted && (character == " " || character == "\t") {
        continue
      } else {
        current.append(character)
      }
    }
    if isQuoted { return nil }
    items.append(wasQuoted ? current : trimmed(current))
    return items
  }

  private static func trimmed(_ text: String) -> String {
    String(
      text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
        .reversed())
  }
}
