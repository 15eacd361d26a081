extension ScanSettings {
  /// Every setting, in the order `--help` and `docs/policy.md` list them.
  public static let all: [Setting] = [
    .stored(
      "quasi_identifiers", \.quasiIdentifiers, flag: "--qi", shape: .list, valueName: "columns",
      help: "Quasi-identifier columns, comma-separated: columns an outsider could know (zip,"
        + " birth_date, gender ...), each optionally generalized: birth_date:year,zip:3,age:10"
        + " (docs/generalization.md); a name with a comma, a colon or edge spaces in double"
        + " quotes."
    ) { input throws(SettingValueError) in try SettingValue.quasiIdentifiers(input) },
    .stored(
      "id", \.id, valueName: "column",
      help: "A column that identifies a record in the flags, e.g. member_id."
    ) { input throws(SettingValueError) in try SettingValue.name(input, what: "a column name") },
    .stored(
      "na", \.na, shape: .list, valueName: "tokens",
      help: "Cell values that mean missing, beside the empty cell, comma-separated, e.g."
        + " \"N/A,NULL,?\"."
    ) { input throws(SettingValueError) in try SettingValue.tokens(input) },
    .stored(
      "missing", \.missing, valueName: "value|exclude|wildcard",
      help: "What a missing quasi-identifier value is: a value of its own, a reason to leave"
        + " the record out, or a wildcard that matches every value (sdcMicro).",
      default: "value"
    ) { input throws(SettingValueError) in
      try SettingValue.choice(input, MissingValuePolicy.self)
    },
    .stored(
      "delimiter", \.delimiter, valueName: "char",
      help: "Field delimiter: a character, or tab, comma, semicolon, pipe. Default: detected"
        + " from the header among , ; tab |."
    ) { input throws(SettingValueError) in
      guard case .text(let text) = input, let byte = Delimiter.parse(text) else {
        throw SettingValueError(
          given: input.written, expected: "one character, or tab, comma, semicolon, pipe")
      }
      return byte
    },
    .stored(
      "lenient", \.lenient, shape: .flag, valueName: "",
      help: "Accept stray quotes as data and skip records whose field count differs from the"
        + " header's (they are counted).",
      default: "false"
    ) { input throws(SettingValueError) in try SettingValue.boolean(input) },
    .stored(
      "max_distinct", \.maxDistinct, valueName: "n",
      help: "The most distinct values a column may hold; more ends the read with an error"
        + " instead of exhausting memory.",
      default: "50000000"
    ) { input throws(SettingValueError) in try SettingValue.count(input, example: "50000000") },
    .stored(
      "threshold", \.threshold, valueName: "risk",
      help: "The record risk (1 / class size) above which a record counts as at risk.",
      default: "0.2"
    ) { input throws(SettingValueError) in try SettingValue.fraction(input, example: "0.2") },
    .stored(
      "k", \.k, valueName: "k", help: "Records in classes smaller than this are flagged.",
      default: "5"
    ) { input throws(SettingValueError) in try SettingValue.count(input, example: "5") },
    Setting(
      key: "population", shape: .value, valueName: "N",
      help: "N, the people the file was drawn from (e.g. the city's adult population).",
      assign: { (input, settings) throws(SettingValueError) in
        settings.population = .size(
          try SettingValue.count(input, example: "2000000", maximum: Population.largestSize))
      },
      copy: { from, to in if case .size = from.population { to.population = from.population } }),
    Setting(
      key: "sampling_fraction", shape: .value, valueName: "fraction",
      help: "π, the share of the population the file holds, in (0, 1].",
      assign: { (input, settings) throws(SettingValueError) in
        settings.population = .samplingFraction(
          try SettingValue.fraction(input, example: "0.01"))
      },
      copy: { from, to in
        if case .samplingFraction = from.population { to.population = from.population }
      }),
    .stored(
      "population_table", \.populationTable, valueName: "file",
      help: "A CSV of population counts: the quasi-identifier columns and a count column (see"
        + " --count-column).",
      isPath: true
    ) { input throws(SettingValueError) in try SettingValue.name(input, what: "a file path") },
    .stored(
      "count_column", \.countColumn, valueName: "column",
      help: "The count column of --population-table.", default: "count"
    ) { input throws(SettingValueError) in try SettingValue.name(input, what: "a column name") },
    .stored(
      "superset", \.superset, valueName: "file",
      help: "A file the export is a subset of; its records give the population class sizes.",
      isPath: true
    ) { input throws(SettingValueError) in try SettingValue.name(input, what: "a file path") },
    .stored(
      "weight", \.weight, valueName: "column",
      help: "A survey-weight column: each record stands for this many people (sdcMicro"
        + " individual risk)."
    ) { input throws(SettingValueError) in try SettingValue.name(input, what: "a column name") },
    .stored(
      "sensitive", \.sensitive, shape: .list, valueName: "columns",
      help: "Sensitive columns, comma-separated: values a class must not disclose (tier,"
        + " diagnosis ...)."
    ) { input throws(SettingValueError) in
      try SettingValue.names(input, example: "membership_tier")
    },
    .stored(
      "l", \.l, valueName: "l",
      help: "Count and flag classes with fewer distinct sensitive values than this."
    ) { input throws(SettingValueError) in try SettingValue.count(input, example: "2") },
    .stored(
      "t", \.t, valueName: "t",
      help: "Count and flag classes whose sensitive values are further than this from the"
        + " file's."
    ) { input throws(SettingValueError) in try SettingValue.share(input, example: "0.2") },
    .stored(
      "normalise", \.normalise, shape: .flag, valueName: "",
      help: "Normalise quasi-identifier values before grouping, as a linking attacker would:"
        + " case and spaces, dates to ISO, ZIP codes that lost a leading zero, gender codes.",
      default: "false"
    ) { input throws(SettingValueError) in try SettingValue.boolean(input) },
    .stored(
      "scenarios", \.scenarios, shape: .list, valueName: "all|names",
      help: "Test attack scenarios on the columns each source publishes that the file has:"
        + " all, or names as scan prints them (voter roll, professional profile, social"
        + " profile)."
    ) { input throws(SettingValueError) in
      switch input {
      case .text("all"), .text("true"), .flag(true): return .all
      case .text("none"), .text("false"), .flag(false): return .none
      default:
        return .named(try SettingValue.names(input, example: "voter roll,social profile"))
      }
    },
    .stored(
      "scenario_file", \.scenarioFile, valueName: "file",
      help: "A YAML file of scenarios to test beside the built-in ones (tests all of them"
        + " unless --scenarios names some).",
      isPath: true
    ) { input throws(SettingValueError) in try SettingValue.name(input, what: "a file path") },
    .stored(
      "msu", \.msu, shape: .flag, valueName: "",
      help: "Find each record's minimal sample uniques: the smallest sets of quasi-identifiers"
        + " on which it is alone, which columns they involve and the SUDA scores. On when --qi"
        + " is not given (sizes up to 3).",
      default: "false"
    ) { input throws(SettingValueError) in try SettingValue.boolean(input) },
    .stored(
      "msu_max_size", \.msuMaxSize, valueName: "size",
      help: "The largest set of columns searched for minimal sample uniques (implies --msu)."
        + " Default: every size with up to 8 quasi-identifiers; more need this setting."
    ) { input throws(SettingValueError) in try SettingValue.count(input, example: "3") },
    .stored(
      "attribute_risk", \.attributeRisk, shape: .flag, valueName: "",
      help: "Report how well each set of quasi-identifiers tells records apart (distinction"
        + " and separation; every set up to 10 quasi-identifiers, pairs and triples past"
        + " that). On with --msu.",
      default: "false"
    ) { input throws(SettingValueError) in try SettingValue.boolean(input) },
    .stored(
      "source", \.source, valueName: "engine",
      help: "Count the classes in an engine instead of reading files: postgres://user@host/db,"
        + " duckdb:FILE.duckdb, duckdb: (files through --table), spark (docs/warehouse.md)."
    ) { input throws(SettingValueError) in
      try EngineSource(SettingValue.name(input, what: "an engine source"))
    },
    Setting(
      key: "table", shape: .value, valueName: "table",
      help: "The table of --source: schema.table, read_parquet('x/*.parquet') (DuckDB),"
        + " parquet.`/data/members` (Spark).",
      assign: { (input, settings) throws(SettingValueError) in
        let table = try SettingValue.name(input, what: "a table name")
        do throws(SQLError) { _ = try SQLSource(table: table) } catch {
          throw SettingValueError(
            given: table, expected: "schema.table, read_parquet('path') or parquet.`path`")
        }
        settings.relation = .table(table)
      },
      copy: { from, to in if case .table = from.relation { to.relation = from.relation } }),
    Setting(
      key: "query", shape: .value, valueName: "select",
      help: "One SELECT whose rows --source scans instead of a --table, run as a subquery.",
      assign: { (input, settings) throws(SettingValueError) in
        let query = try SettingValue.name(input, what: "a SELECT")
        do throws(SQLError) { _ = try SQLSource(query: query) } catch {
          throw SettingValueError(given: "this query", expected: "one SELECT (\(error))")
        }
        settings.relation = .query(query)
      },
      copy: { from, to in if case .query = from.relation { to.relation = from.relation } }),
  ]
}
