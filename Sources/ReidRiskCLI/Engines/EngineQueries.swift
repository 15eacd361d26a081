import ArgumentParser
import ReidRisk

extension SQLDialect: ExpressibleByArgument {}

/// The queries of a scan whose records an engine holds, from the settings of one layer.
enum EngineQueries {
  /// The queries for `dialect` that `settings` ask for: their quasi-identifiers, `--na`
  /// tokens, sensitive columns and id, over `--table` or `--query`.
  static func make(_ settings: ScanSettings, dialect: SQLDialect) throws(ReportedError)
    -> ClassCountsQueries
  {
    guard let relation = settings.relation else {
      throw ReportedError(
        message: "an engine source needs --table or --query: the table whose records"
          + " reidrisk measures")
    }
    do throws(SQLError) {
      if settings.normalise == true { throw SQLError.normaliseUnsupported }
      return try ClassCountsQueries(
        dialect: dialect, source: relation.source(),
        quasiIdentifiers: settings.quasiIdentifiers ?? [], missingTokens: settings.na ?? [],
        sensitiveAttributes: settings.sensitive ?? [], idColumn: settings.id)
    } catch {
      throw ReportedError(message: error.description)
    }
  }

  /// What `--emit-sql` prints: each query with a comment saying what its result is, its
  /// parameters written as literals, ended by `;`. No text from the user is put in a comment
  /// (a line feed in a name would end the comment).
  static func emitted(_ queries: ClassCountsQueries, k: Int) throws(ReportedError) -> String {
    var text = ""
    for query in queries.all(k: k) {
      let what =
        query.columns.first == "id"
        ? "-- The records of classes smaller than k = \(k) (for --flags): columns id, key,"
          + " missing.\n"
        : "-- Class counts (docs/class-counts.md): columns \(query.columns.joined(separator: ", "))."
          + "\n-- Save the result as CSV with a header, then: reidrisk scan --class-sizes FILE"
          + " --qi <the same --qi>\n"
      do throws(SQLError) {
        text +=
          (text.isEmpty ? "" : "\n") + what + "-- \(query.dialect.rawValue), written by"
          + " reidrisk \(Project.version)\n" + (try query.inlined()) + ";\n"
      } catch {
        throw ReportedError(message: error.description)
      }
    }
    return text
  }
}
