/// One entry of a quasi-identifier list: a column name and, optionally, its generalization.
///
/// The list is written `birth_date:year,zip:3,age:10,gender`: entries separated by commas, a
/// level after a colon. A name holding a comma, a colon, a quote or spaces at its edges is
/// quoted as in CSV, a quote doubled: `"zip,code":3` is the column `zip,code` at level 3.
/// Unquoted names are trimmed of spaces and tabs; empty entries are skipped.
///
/// `QuasiIdentifierSpec.parse("zip:3, \"a,b\",age:band:5")` gives `zip` at `.width(3)`, `a,b`
/// as it is, and `age` at `.band(5)`.
public struct QuasiIdentifierSpec: Sendable, Hashable, CustomStringConvertible {
  public var name: String
  public var generalization: Generalization?

  public init(name: String, generalization: Generalization? = nil) {
    self.name = name
    self.generalization = generalization
  }

  /// The entry as it would be written in `--qi`, the name quoted when it must be.
  public var description: String {
    Self.quotedIfNeeded(name) + (generalization.map { ":\($0)" } ?? "")
  }

  /// A list as `--qi` takes it: the entries joined by commas.
  public static func text(_ specs: [QuasiIdentifierSpec]) -> String {
    specs.map(\.description).joined(separator: ",")
  }

  /// The entries of `text`, in order.
  public static func parse(_ text: String) throws(GeneralizationError) -> [QuasiIdentifierSpec] {
    var specs: [QuasiIdentifierSpec] = []
    var scalars = Substring(text).unicodeScalars[...]
    while !scalars.isEmpty {
      scalars = scalars.drop { $0 == " " || $0 == "\t" }
      var name = ""
      var quoted = false
      if scalars.first == "\"" {
        quoted = true
        scalars = scalars.dropFirst()
        var closed = false
        while let scalar = scalars.first {
          scalars = scalars.dropFirst()
          if scalar == "\"" {
            if scalars.first == "\"" {
              name.unicodeScalars.append("\"")
              scalars = scalars.dropFirst()
            } else {
              closed = true
              break
            }
          } else {
            name.unicodeScalars.append(scalar)
          }
        }
        guard closed else { throw .unterminatedQuote(text) }
        scalars = scalars.drop { $0 == " " || $0 == "\t" }
      } else {
        let bare = scalars.prefix { $0 != ":" && $0 != "," }
        scalars = scalars.dropFirst(bare.count)
        name = String(String.UnicodeScalarView(bare)).trimmingSpaces
      }
      var generalization: Generalization?
      if scalars.first == ":" {
        let level = scalars.dropFirst().prefix { $0 != "," }
        scalars = scalars.dropFirst(level.count + 1)
        let levelText = String(String.UnicodeScalarView(level)).trimmingSpaces
        guard let parsed = Generalization(level: levelText) else {
          throw .unknownLevel(column: name, level: levelText)
        }
        generalization = parsed
      }
      switch scalars.first {
      case ",": scalars = scalars.dropFirst()
      case nil: break
      default: throw .textAfterQuotedName(column: name)
      }
      if name.isEmpty && !quoted {
        if generalization != nil { throw .missingName(text) }
        continue
      }
      specs.append(QuasiIdentifierSpec(name: name, generalization: generalization))
    }
    return specs
  }

  /// The names of `specs`, and their generalizations keyed by name (as `ScanOptions` holds
  /// them). A name given twice with two different levels is an error.
  public static func split(_ specs: [QuasiIdentifierSpec]) throws(GeneralizationError) -> (
    names: [String], generalizations: [String: Generalization]
  ) {
    var names: [String] = []
    var generalizations: [String: Generalization] = [:]
    for spec in specs {
      if let level = spec.generalization {
        if let earlier = generalizations[spec.name], earlier != level {
          throw .conflictingLevels(column: spec.name, first: earlier, second: level)
        }
        generalizations[spec.name] = level
      }
      if !names.contains(spec.name) { names.append(spec.name) }
    }
    return (names, generalizations)
  }

  static func quotedIfNeeded(_ name: String) -> String {
    let needsQuotes =
      name.isEmpty || name.unicodeScalars.contains { $0 == "," || $0 == ":" || $0 == "\"" }
      || name.unicodeScalars.first.map { $0 == " " || $0 == "\t" } == true
      || name.unicodeScalars.last.map { $0 == " " || $0 == "\t" } == true
    guard needsQuotes else { return name }
    return "\"" + name.replacingQuotes + "\""
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }
    return String(
      String.UnicodeScalarView(scalars.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
  }

  fileprivate var replacingQuotes: String {
    var result = ""
    for scalar in unicodeScalars {
      result.unicodeScalars.append(scalar)
      if scalar == "\"" { result.unicodeScalars.append("\"") }
    }
    return result
  }
}
