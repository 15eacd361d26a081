import Foundation
import ReidRisk
import ReidRiskPostgres

/// PostgreSQL through postgres-nio: one connection for the run, opened from the `--source`
/// URL (libpq's form), the password from `PGPASSWORD` or the password file, TLS as `sslmode`
/// says; each query's parameters bound as text (`$1`…), its rows streamed.
struct PostgresClient: EngineClient {
  let engine = "PostgreSQL"
  let dialect = SQLDialect.postgres
  let session: PostgresSession

  init(url: String, environment: [String: String]) throws(EngineError) {
    do throws(PostgresSourceError) {
      let address = try PostgresAddress(
        source: url, environment: environment, loginName: Self.loginName(environment))
      let lookup = PasswordLookup(for: address, environment: environment)
      for warning in lookup.warnings { Terminal.note(warning) }
      session = try PostgresSession(address: address, password: lookup.password)
    } catch {
      throw Self.engineError(error)
    }
  }

  func run(_ query: SQLQuery, row: ([String?]) throws(EngineError) -> Void) throws(EngineError) {
    do {
      try session.stream(query.text, parameters: query.parameters) { fields in
        guard fields.count == query.columns.count else {
          throw EngineError(
            engine: engine, kind: .result,
            detail: "a row of \(fields.count) fields, not \(query.columns.count)",
            remedy: "that the server ran the query reidrisk wrote")
        }
        try row(fields)
      }
    } catch let error as EngineError {
      throw error
    } catch let error as PostgresSourceError {
      throw Self.engineError(error)
    } catch {
      throw EngineError(
        engine: engine, kind: .query, detail: "\(error)", remedy: "--source, --table and --query")
    }
  }

  static func engineError(_ error: PostgresSourceError) -> EngineError {
    let kind: EngineError.Kind
    switch error.kind {
    case .usage, .connection: kind = .connection
    case .connectionLost: kind = .connectionLost
    case .query: kind = .query
    case .result: kind = .result
    }
    return EngineError(engine: "PostgreSQL", kind: kind, detail: error.detail, remedy: error.remedy)
  }

  /// libpq's last default of the user: the name of the account running reidrisk.
  static func loginName(_ environment: [String: String]) -> String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return environment["USER"] ?? "postgres"
  }
}
