extension ClassCountsQueries {
  /// A decimal number as the class-counts format reads one: an optional sign, digits with at
  /// most one `.` and at least one digit, an optional exponent; no spaces, `inf` or hex.
  static let numberPattern = "[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?"

  /// The class rows, then one row per (class, sensitive column, value): columns `key`,
  /// `missing`, `count`, `sensitive`, `value`, `rank` — the whole class-counts file in one
  /// result. On a sensitive row `count` is the records of the class holding the value,
  /// `sensitive` the column's name (a parameter), `value` the MD5 hex of the value's text
  /// (NULL as ''), and `rank`, for a numeric column, the value's dense rank from 1 among the
  /// column's distinct numbers (empty for a missing value and on a text column).
  ///
  /// A column is numeric when each value that is not missing is a number (`numberPattern`)
  /// and one is present. With tiers `gold, gold, NULL` in one class: the rows (gold, 2, no rank)
  /// and (md5(''), 1, no rank). With ages `30, 30.0, 41`: ranks 1, 1, 2.
  public func classAndSensitiveCounts() -> SQLQuery {
    var builder = SQLBuilder(dialect)
    appendRecords(to: &builder, sensitive: true, id: false)
    let key = name("key")
    let missing = name("missing")
    let double =
      dialect == .postgres ? "double precision" : dialect == .bigquery ? "FLOAT64" : "DOUBLE"
    for index in sensitiveAttributes.indices {
      let value = "v"
      builder.append(
        ",\nsensitive\(index) AS (\nSELECT \(key), \(missing), v\(index) AS v, COUNT(*) AS n"
          + " FROM records GROUP BY \(key), \(missing), v\(index)\n),\n")
      // ranks over every record's value, those with a missing quasi-identifier too: the
      // class counts rank each value that is not missing (docs/class-counts.md)
      builder.append("present\(index) AS (\nSELECT DISTINCT v FROM sensitive\(index) WHERE NOT ")
      builder.append(isMissing(value))
      builder.append("\n),\n")
      let isNumber = dialect.matchesWhole(value, Self.numberPattern)
      builder.append(
        "kind\(index) AS (\nSELECT CASE WHEN COUNT(*) > 0 AND SUM(CASE WHEN \(isNumber)"
          + " THEN 0 ELSE 1 END) = 0 THEN 1 ELSE 0 END AS is_numeric FROM present\(index)\n),\n"
          + "ranks\(index) AS (\nSELECT v, DENSE_RANK() OVER (ORDER BY CASE WHEN \(isNumber)"
          + " THEN CAST(v AS \(double)) END) AS r FROM present\(index)\n)")
    }
    builder.append("\n")
    builder.append(classRows(withSensitiveColumns: true))
    for index in sensitiveAttributes.indices {
      builder.append(
        "\nUNION ALL\nSELECT s.\(key), s.\(missing), s.n AS \(name("count")), CAST(")
      builder.append(parameter: sensitiveAttributes[index])
      builder.append(
        " AS \(dialect.textType)) AS \(name("sensitive")), \(dialect.md5Hex("s.v"))"
          + " AS \(name("value")), CASE WHEN k.is_numeric = 1 THEN"
          + " \(dialect.integer("r.r")) END AS \(name("rank"))\n"
          + "FROM sensitive\(index) AS s CROSS JOIN kind\(index) AS k"
          + " LEFT JOIN ranks\(index) AS r ON s.v = r.v")
    }
    return builder.query(columns: ["key", "missing", "count", "sensitive", "value", "rank"])
  }
}
