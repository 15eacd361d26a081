/// A table (or query) of an engine that `check` measured for a policy rule with `source:`,
/// in place of a data file. Its result is located at the policy file and the rule's line:
/// there is no data file to point at.
///
/// Named for a reader by the source as written and the table, or the rule for a query:
///
///     duckdb:members.duckdb members
///     postgres://ci@db/app (query of rule "warehouse")
///
/// The source never holds a password (`EngineSource` refuses one in a URL).
public struct SourceTarget: Sendable, Equatable {
  /// The source as written in the policy, e.g. `duckdb:members.duckdb`.
  public var source: String
  /// The table as written, when the rule gives `table:`.
  public var table: String?
  /// The query as written, when the rule gives `query:`.
  public var query: String?
  /// The line of the policy where the rule starts.
  public var line: Int

  public init(source: EngineSource, relation: EngineRelation, line: Int) {
    self.source = source.description
    switch relation {
    case .table(let table): self.table = table
    case .query(let query): self.query = query
    }
    self.line = line
  }

  /// The name results carry: the source and the table, or "(query of rule "NAME")".
  public func name(rule: String) -> String {
    source + " " + (table ?? "(query of rule \(quoted(rule)))")
  }
}
