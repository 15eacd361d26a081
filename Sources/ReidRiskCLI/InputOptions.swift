import ArgumentParser
import ReidRisk

/// How to read the input files.
struct InputOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("CSV files to read; - reads standard input.", valueName: "file"))
  var files: [String] = []

  @Option(
    help: ArgumentHelp(
      "Field delimiter: a character, or tab, comma, semicolon, pipe. Default: detected from the header among , ; tab |.",
      valueName: "char"))
  var delimiter: String?

  @Flag(
    help:
      "Accept stray quotes as data and skip records whose field count differs from the header's (they are counted)."
  )
  var lenient = false

  @Option(
    help: ArgumentHelp(
      "Cell values that mean missing, beside the empty cell, comma-separated, e.g. \"N/A,NULL,?\".",
      valueName: "tokens"))
  var na: String?

  @Option(
    help: """
      What a missing quasi-identifier value is: a value of its own, a reason to leave the \
      record out, or a wildcard that matches every value (sdcMicro).
      """)
  var missing: MissingValuePolicy = .value

  @Option(
    help: ArgumentHelp(
      "Refuse gzip input that expands more than this many times (a decompression bomb). Default: 200.",
      valueName: "ratio"))
  var maxGzipRatio: Double?

  var delimiterByte: UInt8? { delimiter.flatMap(Delimiter.parse) }

  var missingTokens: [String] {
    na.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
  }

  func validate() throws {
    try GzipLimits.apply(maxGzipRatio)
    if files.isEmpty {
      throw ValidationError("give at least one CSV file, or - for standard input")
    }
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read once only")
    }
    if let delimiter, Delimiter.parse(delimiter) == nil {
      throw ValidationError(
        "--delimiter \"\(delimiter)\" is not one character (or tab, comma, semicolon, pipe)")
    }
  }

  func request(
    columns: [String], columnsForHeader: (@Sendable (Header) -> [String])? = nil
  ) -> DatasetRequest {
    DatasetRequest(
      columns: columns, delimiter: delimiterByte, isStrict: !lenient,
      columnsForHeader: columnsForHeader)
  }
}

extension MissingValuePolicy: ExpressibleByArgument {}
