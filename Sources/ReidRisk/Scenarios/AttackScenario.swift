/// An outside source an attacker could hold, described by the columns it is known to publish.
/// Evaluating it on a file (`ScenarioEvaluation`) tells how many records that source would
/// single out, even when the user holds no copy of it.
public struct AttackScenario: Sendable, Equatable, Encodable {
  public var name: String
  /// What the source is, in a few words.
  public var source: String
  /// The columns it publishes: header names or concept names ("birth_date", "zip"), found in a
  /// file by name, case, punctuation or synonym.
  public var columns: [String]

  public init(name: String, source: String, columns: [String]) {
    self.name = name
    self.source = source
    self.columns = columns
  }

  /// The built-in scenarios.
  ///
  /// - voter roll: ZIP code, birth date, gender. Many US states sell or publish voter files
  ///   with these columns; Sweeney (2000) re-identified the Governor of Massachusetts with them.
  /// - professional profile: employer, job title, city, as on a professional networking profile.
  /// - social profile: first name, city, birth year, as on a social-media profile.
  public static let builtIn = [
    AttackScenario(
      name: "voter roll", source: "a public voter roll (name, ZIP code, birth date, gender)",
      columns: ["zip", "birth_date", "gender"]),
    AttackScenario(
      name: "professional profile",
      source: "a professional networking profile (employer, job title, city)",
      columns: ["employer", "job_title", "city"]),
    AttackScenario(
      name: "social profile", source: "a social-media profile (first name, city, birth year)",
      columns: ["first_name", "city", "birth_year"]),
  ]

  /// `builtIn`, then `defined`; a defined scenario with a built-in's name replaces it.
  public static func withBuiltIn(_ defined: [AttackScenario]) -> [AttackScenario] {
    builtIn.filter { scenario in !defined.contains { $0.name == scenario.name } } + defined
  }

  /// The scenario's columns as `header` has them. A birth year the file lacks is derived from
  /// its birth date ("birth_date (year)").
  public func resolve(in header: Header) -> ResolvedScenario {
    var used: [ResolvedScenario.Column] = []
    var missing: [String] = []
    for name in columns {
      if let column = Self.find(name, in: header) {
        if !used.contains(where: { $0.column == column && $0.derivation == nil }) {
          used.append(.init(column: column, derivation: nil))
        }
      } else if ColumnConcept(header: name) == .birthYear,
        let birthDate = Self.find(ColumnConcept.birthDate.rawValue, in: header)
      {
        used.append(.init(column: birthDate, derivation: .year))
      } else {
        missing.append(name)
      }
    }
    return ResolvedScenario(scenario: self, columns: used, missing: missing)
  }

  private static func find(_ name: String, in header: Header) -> String? {
    do {
      return try JoinColumns.find(name, in: header, file: "")
    } catch {
      // several columns fit: take the exact-key one if any, else none
      return header.names.first { ColumnConcept.key($0) == ColumnConcept.key(name) }
    }
  }
}

/// A scenario's columns as one file has them.
public struct ResolvedScenario: Sendable, Equatable {
  public struct Column: Sendable, Equatable {
    /// The file's column.
    public var column: String
    /// How the published value is derived from it (nil: as it is).
    public var derivation: Derivation?

    /// "birth_date" or "birth_date (year)".
    public var label: String { derivation == .year ? "\(column) (year)" : column }
  }

  /// A coarser value computed from a column.
  public enum Derivation: String, Sendable, Equatable {
    /// The year of a date.
    case year
  }

  public var scenario: AttackScenario
  /// The columns the file has, in the scenario's order.
  public var columns: [Column]
  /// The scenario's columns the file lacks.
  public var missing: [String]

  /// Whether the file has at least one of the scenario's columns.
  public var isApplicable: Bool { !columns.isEmpty }

  /// The header names a reader must keep for these scenarios.
  public static func requiredColumns(_ scenarios: [ResolvedScenario]) -> [String] {
    var names: [String] = []
    for column in scenarios.flatMap(\.columns) where !names.contains(column.column) {
      names.append(column.column)
    }
    return names
  }

  /// The scenario columns to add to a reader's `requested` columns: those `requested` does not
  /// already hold under another spelling ("ZIP" for "zip"), so that no column is read twice.
  public static func additionalColumns(
    _ scenarios: [ResolvedScenario], header: Header, requested: [String]
  ) -> [String] {
    Array(
      header.distinctColumns(requested + requiredColumns(scenarios)).dropFirst(
        header.distinctColumns(requested).count))
  }
}
