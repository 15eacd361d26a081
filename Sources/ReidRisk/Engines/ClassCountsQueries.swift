/// The queries that count equivalence classes inside an engine, returning the shape
/// `scan --class-sizes` reads (docs/class-counts.md): one row per class with its hashed key,
/// its missing mask and its count; no value leaves the engine.
///
/// For quasi-identifiers q0 … q(n−1), each record's text t_i = CAST(q_i AS text) is
/// generalized to g_i (a `--na` token and the empty text stay as they are, as NULL does); g_i
/// is missing when NULL, empty or a `--na` token. Then
///
///     key     = h_0 || h_1 || … ,  h_i = md5_hex(coalesce(g_i, ''))
///     missing = Σ 2^i over the missing g_i
///     count   = COUNT(*) grouped by key, missing
///
/// With `--qi zip,gender` and the records (02139, F), (02139, F), (NULL, M): two classes,
/// `md5('02139') || md5('F')`, mask 0, count 2; and `md5('') || md5('M')`, mask 1, count 1.
/// A missing value is hashed like any other (NULL as ''), so that `''` and an `--na` token
/// stay two classes under `--missing value`, as in the CSV path.
public struct ClassCountsQueries: Sendable {
  public let dialect: SQLDialect
  public let source: SQLSource
  public let quasiIdentifiers: [QuasiIdentifierSpec]
  public let missingTokens: [String]
  public let sensitiveAttributes: [String]
  public let idColumn: String?

  /// Checks everything a query needs (names, tokens, levels) once, so the queries below
  /// cannot fail.
  public init(
    dialect: SQLDialect, source: SQLSource, quasiIdentifiers: [QuasiIdentifierSpec],
    missingTokens: [String] = [], sensitiveAttributes: [String] = [], idColumn: String? = nil
  ) throws(SQLError) {
    guard !quasiIdentifiers.isEmpty else { throw .noQuasiIdentifiers }
    guard quasiIdentifiers.count <= 63 else {
      throw .tooManyQuasiIdentifiers(quasiIdentifiers.count)
    }
    self.dialect = dialect
    self.source = source
    self.quasiIdentifiers = quasiIdentifiers
    self.missingTokens = missingTokens
    self.sensitiveAttributes = sensitiveAttributes
    self.idColumn = idColumn
    _ = try relation()
    for name in quasiIdentifiers.map(\.name) + sensitiveAttributes + [idColumn].compactMap({ $0 }) {
      _ = try dialect.identifier(name)
    }
    for token in missingTokens { _ = try dialect.literal(token) }
    for spec in quasiIdentifiers {
      _ = try spec.generalization?.sql("t", dialect: dialect, column: spec.name)
    }
  }

  /// One row per class: `key`, `missing`, `count`.
  public func classCounts() -> SQLQuery {
    var builder = SQLBuilder(dialect)
    appendRecords(to: &builder, sensitive: false, id: false)
    builder.append("\n" + classRows(withSensitiveColumns: false))
    return builder.query(columns: ["key", "missing", "count"])
  }

  /// The records of classes smaller than `k` (by their exact key and mask), and of the
  /// classes whose hex keys are in `keys` (those of k records or more that fail l or t, which
  /// only the class counts tell): `id` (the `--id` column's text), `key`, `missing`. Under
  /// `--missing wildcard` a class only grows, so these are every record that can be flagged,
  /// and reidrisk keeps those that are. Past `keyLimit` keys the query returns every record
  /// (a list that long would make a query of megabytes) and reidrisk keeps the flagged.
  /// Nil without `--id`.
  ///
  /// The keys are written into the text: each is hex digits reidrisk made, never input.
  public func flags(
    below k: Int, alsoKeys keys: [String] = [], keyLimit: Int = Self.largestKeyList
  ) -> SQLQuery? {
    guard idColumn != nil else { return nil }
    var builder = SQLBuilder(dialect)
    appendRecords(to: &builder, sensitive: false, id: true)
    let key = name("key")
    let missing = name("missing")
    let columns = "records.\(name("id")), records.\(key), records.\(missing)"
    if keys.count > keyLimit {
      builder.append("\nSELECT \(columns)\nFROM records")
      return builder.query(columns: ["id", "key", "missing"])
    }
    builder.append(
      ",\nsmall AS (\nSELECT \(key), \(missing) FROM records GROUP BY \(key), \(missing)"
        + " HAVING COUNT(*) < \(max(k, 1))\n)\n")
    let on = "records.\(key) = small.\(key) AND records.\(missing) = small.\(missing)"
    if keys.isEmpty {
      builder.append("SELECT \(columns)\nFROM records JOIN small ON \(on)")
    } else {
      let list = keys.filter { $0.allSatisfy(\.isHexDigit) }.map { "'\($0)'" }
      builder.append(
        "SELECT \(columns)\nFROM records LEFT JOIN small ON \(on)\n"
          + "WHERE small.\(key) IS NOT NULL OR records.\(key) IN (\(list.joined(separator: ", ")))")
    }
    return builder.query(columns: ["id", "key", "missing"])
  }

  /// The most keys the flags query lists in its text by default (about 100 bytes each on
  /// three quasi-identifiers: 1 MB).
  public static let largestKeyList = 10_000

  /// Every query `--emit-sql` prints: the class counts (with the sensitive rows when
  /// `--sensitive` is given: one result, the whole class-counts file), then the flags when
  /// `--id` is given.
  public func all(k: Int) -> [SQLQuery] {
    [sensitiveAttributes.isEmpty ? classCounts() : classAndSensitiveCounts()]
      + [flags(below: k)].compactMap { $0 }
  }

  /// `WITH texts AS (...), generalized AS (...), records AS (...)`: the key and mask of each
  /// record, with its sensitive values (`v0`, `v1`, ..., NULL as '') or its id when asked.
  func appendRecords(to builder: inout SQLBuilder, sensitive: Bool, id: Bool) {
    let count = quasiIdentifiers.count
    // these were all checked in init
    let relation = (try? relation()) ?? ""
    var texts = quasiIdentifiers.enumerated().map { index, spec in
      "\(dialect.text(quoted(spec.name))) AS t\(index)"
    }
    if sensitive {
      texts += sensitiveAttributes.enumerated().map { index, column in
        "coalesce(\(dialect.text(quoted(column))), '') AS v\(index)"
      }
    }
    if id, let idColumn { texts.append("\(dialect.text(quoted(idColumn))) AS id_text") }
    builder.append("WITH texts AS (\nSELECT " + texts.joined(separator: ",\n  "))
    builder.append("\nFROM \(relation)\n),\ngeneralized AS (\nSELECT ")
    for (index, spec) in quasiIdentifiers.enumerated() {
      if index > 0 { builder.append(",\n  ") }
      builder.append(generalized(spec, index: index))
      builder.append(" AS q\(index)")
    }
    let passed =
      (sensitive ? sensitiveAttributes.indices.map { "v\($0)" } : []) + (id ? ["id_text"] : [])
    for column in passed { builder.append(",\n  \(column)") }
    builder.append("\nFROM texts\n),\nrecords AS (\nSELECT ")
    for index in 0..<count {
      if index > 0 { builder.append("\n  || ") }
      builder.append(dialect.md5Hex("coalesce(q\(index), '')"))
    }
    builder.append(" AS \(name("key")),\n  ")
    for index in 0..<count {
      if index > 0 { builder.append("\n  + ") }
      builder.append("CASE WHEN ")
      builder.append(isMissing("q\(index)"))
      builder.append(" THEN \(Int64(1) << index) ELSE 0 END")
    }
    builder.append(" AS \(name("missing"))")
    for column in passed where column != "id_text" { builder.append(",\n  \(column)") }
    if id { builder.append(",\n  id_text AS \(name("id"))") }
    builder.append("\nFROM generalized\n)")
  }

  /// The SELECT of the class rows from `records`, with empty `sensitive`, `value`, `rank`
  /// when they share a result with sensitive rows.
  func classRows(withSensitiveColumns: Bool) -> String {
    let empty =
      withSensitiveColumns
      ? ", CAST(NULL AS \(dialect.textType)) AS \(name("sensitive")),"
        + " CAST(NULL AS \(dialect.textType)) AS \(name("value")),"
        + " CAST(NULL AS \(dialect.integerType)) AS \(name("rank"))" : ""
    return "SELECT \(name("key")), \(name("missing")), COUNT(*) AS \(name("count"))\(empty)\n"
      + "FROM records\nGROUP BY \(name("key")), \(name("missing"))"
  }

  /// g_i: the text generalized, a missing value (NULL, '', a `--na` token) kept as it is; `*`
  /// for every value under `:*`.
  private func generalized(_ spec: QuasiIdentifierSpec, index: Int) -> SQLFragment {
    let text = "t\(index)"
    guard let level = spec.generalization else { return SQLFragment(text) }
    if level.suppressesEveryValue { return "'*'" }
    let expression = (try? level.sql(text, dialect: dialect, column: spec.name)) ?? text
    guard !missingTokens.isEmpty else { return SQLFragment(expression) }
    return "CASE WHEN \(text) IN (" + tokenList + ") THEN \(text) ELSE \(expression) END"
  }

  /// Whether the text `expression` is missing: NULL, '' or a `--na` token.
  func isMissing(_ expression: String) -> SQLFragment {
    let base = "\(expression) IS NULL OR \(expression) = ''"
    guard !missingTokens.isEmpty else { return SQLFragment("(\(base))") }
    return "(\(base) OR \(expression) IN (" + tokenList + "))"
  }

  /// The `--na` tokens, each a parameter, separated by commas.
  var tokenList: SQLFragment {
    SQLFragment.joined(missingTokens.map(SQLFragment.parameter), separator: ", ")
  }

  private func relation() throws(SQLError) -> String { try source.relation(dialect) }

  /// A column name quoted (checked in init).
  func quoted(_ column: String) -> String { (try? dialect.identifier(column)) ?? "" }

  /// One of reidrisk's own result names, quoted so that no engine reads a keyword.
  func name(_ word: String) -> String { (try? dialect.identifier(word)) ?? word }
}
