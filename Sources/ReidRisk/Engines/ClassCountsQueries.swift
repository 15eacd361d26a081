/// The queries that count equivalence classes inside an engine, returning the shape
/// `scan --class-sizes` reads (docs/class-counts.md): one row per class with its hashed key,
/// its missing mask and its count; no value leaves the engine.
///
/// For quasi-identifiers q0 … q(n−1), each record's text t_i = CAST(q_i AS text) is
/// generalized to g_i (a `--na` token and the empty text stay as they are, as NULL does); g_i
/// is missing when NULL, empty or a `--na` token. Then
///
///     key     = h_0 || h_1 || … ,  h_i = 32 × '0' when g_i is missing, else md5_hex(g_i)
///     missing = Σ 2^i over the missing g_i
///     count   = COUNT(*) grouped by key, missing
///
/// With `--qi zip,gender` and the records (02139, F), (02139, F), (NULL, M): two classes,
/// `md5('02139') || md5('F')`, mask 0, count 2; and `'0' × 32 || md5('M')`, mask 1, count 1.
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
    for name in quasiIdentifiers.map(\.name) + sensitiveAttributes + [idColumn].compactMap({ $0 })
    {
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
    appendRecords(to: &builder, sensitive: nil, id: false)
    builder.append(
      "SELECT \(name("key")), \(name("missing")), COUNT(*) AS \(name("count"))\n"
        + "FROM records\nGROUP BY \(name("key")), \(name("missing"))")
    return builder.query(columns: ["key", "missing", "count"])
  }

  /// One row per class and value of the sensitive column `column`: `key`, `missing`, `count`
  /// (records of the class holding the value), `sensitive` (the column's name, a parameter)
  /// and `value` (the MD5 hex of the value's text; NULL counts as the empty text, so that
  /// NULL and '' are one missing value, as an empty cell is in a file).
  public func sensitiveValues(_ column: String) -> SQLQuery {
    var builder = SQLBuilder(dialect)
    appendRecords(to: &builder, sensitive: column, id: false)
    builder.append("SELECT \(name("key")), \(name("missing")), COUNT(*) AS \(name("count")), ")
    builder.append("CAST(")
    builder.append(parameter: column)
    builder.append(
      " AS \(dialect.textType)) AS \(name("sensitive")), \(name("value"))\n"
        + "FROM records\nGROUP BY \(name("key")), \(name("missing")), \(name("value"))")
    return builder.query(columns: ["key", "missing", "count", "sensitive", "value"])
  }

  /// The records of classes smaller than `k` (by their exact key and mask): `id` (the `--id`
  /// column's text), `key`, `missing`. Under `--missing wildcard` a class only grows, so these
  /// are every record that can be flagged, and reidrisk keeps those that are. Nil without
  /// `--id`.
  public func flags(below k: Int) -> SQLQuery? {
    guard idColumn != nil else { return nil }
    var builder = SQLBuilder(dialect)
    appendRecords(to: &builder, sensitive: nil, id: true)
    let key = name("key")
    let missing = name("missing")
    builder.append(
      ",\nsmall AS (\nSELECT \(key), \(missing) FROM records GROUP BY \(key), \(missing)"
        + " HAVING COUNT(*) < \(max(k, 1))\n)\n"
        + "SELECT records.\(name("id")), records.\(key), records.\(missing)\n"
        + "FROM records JOIN small ON records.\(key) = small.\(key)"
        + " AND records.\(missing) = small.\(missing)")
    return builder.query(columns: ["id", "key", "missing"])
  }

  /// Every query `--emit-sql` prints: the class counts, then one per sensitive attribute, then
  /// the flags when `--id` is given.
  public func all(k: Int) -> [SQLQuery] {
    [classCounts()] + sensitiveAttributes.map(sensitiveValues) + [flags(below: k)].compactMap {
      $0
    }
  }

  /// `WITH texts AS (...), generalized AS (...), records AS (...)`: the key and mask of each
  /// record, with the sensitive value's digest or the id when asked.
  private func appendRecords(to builder: inout SQLBuilder, sensitive: String?, id: Bool) {
    let count = quasiIdentifiers.count
    // these were all checked in init
    let relation = (try? relation()) ?? ""
    var texts = quasiIdentifiers.enumerated().map { index, spec in
      "\(dialect.text(quoted(spec.name))) AS t\(index)"
    }
    if let sensitive { texts.append("\(dialect.text(quoted(sensitive))) AS sensitive_text") }
    if id, let idColumn { texts.append("\(dialect.text(quoted(idColumn))) AS id_text") }
    builder.append("WITH texts AS (\nSELECT " + texts.joined(separator: ",\n  "))
    builder.append("\nFROM \(relation)\n),\ngeneralized AS (\nSELECT ")
    for (index, spec) in quasiIdentifiers.enumerated() {
      if index > 0 { builder.append(",\n  ") }
      builder.append(generalized(spec, index: index))
      builder.append(" AS q\(index)")
    }
    if sensitive != nil { builder.append(",\n  sensitive_text") }
    if id { builder.append(",\n  id_text") }
    builder.append("\nFROM texts\n),\nrecords AS (\nSELECT ")
    for index in 0..<count {
      if index > 0 { builder.append("\n  || ") }
      builder.append("CASE WHEN ")
      builder.append(isMissing("q\(index)"))
      builder.append(" THEN '\(String(repeating: "0", count: 32))'")
      builder.append(" ELSE \(dialect.md5Hex("q\(index)")) END")
    }
    builder.append(" AS \(name("key")),\n  ")
    for index in 0..<count {
      if index > 0 { builder.append("\n  + ") }
      builder.append("CASE WHEN ")
      builder.append(isMissing("q\(index)"))
      builder.append(" THEN \(Int64(1) << index) ELSE 0 END")
    }
    builder.append(" AS \(name("missing"))")
    if sensitive != nil {
      builder.append(
        ",\n  \(dialect.md5Hex("coalesce(sensitive_text, '')")) AS \(name("value"))")
    }
    if id { builder.append(",\n  id_text AS \(name("id"))") }
    builder.append("\nFROM generalized\n)\n")
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
  private func isMissing(_ expression: String) -> SQLFragment {
    let base = "\(expression) IS NULL OR \(expression) = ''"
    guard !missingTokens.isEmpty else { return SQLFragment("(\(base))") }
    return "(\(base) OR \(expression) IN (" + tokenList + "))"
  }

  /// The `--na` tokens, each a parameter, separated by commas.
  private var tokenList: SQLFragment {
    SQLFragment.joined(missingTokens.map(SQLFragment.parameter), separator: ", ")
  }

  private func relation() throws(SQLError) -> String { try source.relation(dialect) }

  /// A column name quoted (checked in init).
  private func quoted(_ column: String) -> String { (try? dialect.identifier(column)) ?? "" }

  /// One of reidrisk's own result names, quoted so that no engine reads a keyword.
  private func name(_ word: String) -> String { (try? dialect.identifier(word)) ?? word }
}
