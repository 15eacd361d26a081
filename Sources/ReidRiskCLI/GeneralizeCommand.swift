import ArgumentParser
import Foundation
import ReidRisk

struct GeneralizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generalize",
    abstract: "Write the export with its quasi-identifiers generalized: the safe file to share.",
    discussion: """
      Writes the file with the --qi columns at their levels and every other field exactly as \
      it was (same header, column order and record order); with --suppress-below K the records \
      still in classes smaller than K are removed (--mask keeps them with * in every \
      quasi-identifier). Prints the figures of the written file. The output is written \
      atomically, readable by its owner only (mode 0600). See docs/generalization.md.

      Examples:
        reidrisk generalize sample-data/members.csv \\
          --qi birth_date:year,zip:3,gender --output safe.csv
        reidrisk generalize members.csv --qi age:10,registered_at:hour,gender,zip:3 \\
          --suppress-below 5 --drop-direct-identifiers -o safe.csv
      """)

  @OptionGroup(title: "Input") var input: InputOptions

  @Option(
    help: ArgumentHelp(
      "Quasi-identifiers with their levels, e.g. birth_date:year,zip:3,age:10,gender.",
      valueName: "columns"))
  var qi: String

  @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "file"))
  var output: String

  @Option(
    help: ArgumentHelp(
      "Remove the records in classes smaller than K (after generalizing).", valueName: "K"))
  var suppressBelow: Int?

  @Flag(help: "With --suppress-below: keep those records with * in every quasi-identifier.")
  var mask = false

  @Option(help: ArgumentHelp("Columns to leave out, comma-separated.", valueName: "columns"))
  var drop: String?

  @Flag(help: "Leave out the columns 'reidrisk columns' classifies as direct identifiers.")
  var dropDirectIdentifiers = false

  @Option(help: "Figures format.")
  var format: ReportFormat = .text

  func validate() throws {
    if input.files.count != 1 { throw ValidationError("generalize takes one input file") }
    if input.files[0] == output {
      throw ValidationError("--output must differ from the input file")
    }
    if let suppressBelow, suppressBelow < 1 {
      throw ValidationError("--suppress-below must be at least 1")
    }
    if mask && suppressBelow == nil {
      throw ValidationError("--mask applies to --suppress-below; give K")
    }
    if try specs().names.isEmpty { throw ValidationError("--qi needs at least one column name") }
  }

  func specs() throws -> (names: [String], generalizations: [String: Generalization]) {
    do {
      return try QuasiIdentifierSpec.split(QuasiIdentifierSpec.parse(qi))
    } catch {
      throw ValidationError("--qi: \(error.description)")
    }
  }

  func run() throws {
    try OutputCheck.before(outputs: [("--output", output)], inputs: input.files)
    let file = input.files[0]
    let specs = try specs()
    let options = GeneralizeOptions(
      quasiIdentifiers: specs.names, generalizations: specs.generalizations,
      suppressBelow: suppressBelow, masks: mask, drop: drop?.commaList ?? [],
      dropsDirectIdentifiers: dropDirectIdentifiers, missingTokens: input.missingTokens)
    let text: String
    let report: GeneralizeReport
    do {
      let peek = try HeaderPeek.headerAndDelimiter(
        of: file, delimiter: input.delimiterByte, isStrict: !input.isLenient, command: "generalize")
      // first read: the quasi-identifiers (every column when direct identifiers are looked for)
      let dataset = try InputReader.read(
        file,
        request: input.request(columns: dropDirectIdentifiers ? peek.header.names : specs.names))
      let export: GeneralizedExport
      do {
        export = try GeneralizedExport(dataset: dataset, file: file, options: options)
      } catch {
        throw ReportedError(message: error.description)
      }
      // second read: every record written, field by field
      let bytes = try Self.write(export, file: file, delimiter: peek.delimiter, input: input)
      guard let csv = String(validating: bytes, as: UTF8.self) else {
        throw ReportedError(
          message: "\(file): the generalized file would hold bytes that are not UTF-8;"
            + " generalize writes UTF-8 files only (convert the input with iconv first)")
      }
      text = csv
      report = export.report
    } catch let error as ReportedError {
      Terminal.error(error.message)
      throw ExitCode(2)
    }
    // the export holds personal data: readable by its owner only, from the first byte
    let previous = umask(0o077)
    defer { umask(previous) }
    try AtomicFile.write(text, to: output)
    switch format {
    case .json: print(JSONReport.render([report], asArray: false), terminator: "")
    default: print(report.text(output: output), terminator: "")
    }
  }

  /// Streams `file` (gzip or not) through the export's writer.
  private static func write(
    _ export: GeneralizedExport, file: String, delimiter: UInt8, input: InputOptions
  ) throws(ReportedError) -> [UInt8] {
    let descriptor = open(file, O_RDONLY)
    guard descriptor >= 0 else {
      throw ReportedError(
        message: "\(file): cannot open (\(String(cString: strerror(errno)))); check the path")
    }
    defer { close(descriptor) }
    let size = 8 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    do {
      let writer = try GeneralizedExportWriter(
        export: export, file: file, delimiter: delimiter, isStrict: !input.isLenient)
      var gzip: GzipStream?
      var isFirst = true
      while true {
        let count = Foundation.read(descriptor, buffer.baseAddress, size)
        if count < 0 {
          if errno == EINTR { continue }
          throw ReportedError(
            message: "\(file): read failed (\(String(cString: strerror(errno))))")
        }
        if count == 0 { break }
        let chunk = UnsafeRawBufferPointer(rebasing: buffer[..<count])
        if isFirst {
          isFirst = false
          if GzipStream.isGzip(chunk) { gzip = try GzipStream(file: file, outputSize: size) }
        }
        if let gzip {
          try gzip.decompress(chunk) { try writer.consume($0) }
        } else {
          try writer.consume(chunk)
        }
      }
      try gzip?.finish()
      return try writer.finish()
    } catch let error as ScanError {
      throw ReportedError(message: error.description)
    } catch let error as ReportedError {
      throw error
    } catch {
      throw ReportedError(message: "\(file): \(error)")
    }
  }
}
