/// A name from the user or the server, quoted for a one-line message: at most 40 characters,
/// quotes and control characters escaped. `MessageQuote.name("a\"b")` is `"a\"b"`.
enum MessageQuote {
  static func name(_ text: String) -> String {
    let short = text.count <= 40 ? text : text.prefix(39) + "…"
    var result = "\""
    for scalar in short.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.properties.generalCategory == .control:
        result += "\\u{\(String(scalar.value, radix: 16))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
