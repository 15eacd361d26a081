import ArgumentParser
import ReidRisk

/// The files to read and how to read them.
struct InputOptions: ParsableArguments, ReadingSettings {
  @Argument(help: ArgumentHelp("CSV files to read; - reads standard input.", valueName: "file"))
  var files: [String] = []

  @OptionGroup var reading: InputSettingOptions

  @Option(
    help: ArgumentHelp(
      "Refuse gzip input that expands more than this many times (a decompression bomb)."
        + " Default: 200.",
      valueName: "ratio"))
  var maxGzipRatio: Double?

  func settings() throws -> ScanSettings { try reading.settings() }

  func validate() throws {
    try GzipLimits.apply(maxGzipRatio)
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read once only")
    }
  }

  /// A request for `columns` with the reading settings of `settings`.
  static func request(
    _ settings: ScanSettings, columns: [String],
    columnsForHeader: (@Sendable (Header) -> [String])? = nil
  ) -> DatasetRequest {
    var request = DatasetRequest(
      columns: columns, delimiter: settings.delimiter, isStrict: !(settings.lenient ?? false),
      columnsForHeader: columnsForHeader)
    request.maximumDistinctValues =
      settings.maxDistinct ?? DatasetRequest.defaultMaximumDistinctValues
    request.fieldSkipping = .forProcess()
    return request
  }

  /// A request for `columns` read as the options say.
  func request(columns: [String], columnsForHeader: (@Sendable (Header) -> [String])? = nil)
    -> DatasetRequest
  {
    Self.request(
      (try? settings()) ?? ScanSettings(), columns: columns, columnsForHeader: columnsForHeader)
  }

  var delimiterByte: UInt8? { (try? settings())?.delimiter }
  var isLenient: Bool { reading.lenient ?? false }
  var missingTokens: [String] { (try? settings())?.na ?? [] }

  func requireFiles() throws {
    if files.isEmpty {
      throw ValidationError("give at least one CSV file, or - for standard input")
    }
  }
}

/// What a missing quasi-identifier value is.
struct MissingOption: ParsableArguments {
  @Option(name: SettingHelp.name("missing"), help: SettingHelp.help("missing"))
  var missing: String?

  func settings() throws -> ScanSettings { try SettingHelp.layer([("missing", missing.input)]) }

  func validate() throws { _ = try settings() }

  var policy: MissingValuePolicy { (try? settings())?.missing ?? .value }
}
