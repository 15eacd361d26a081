import Foundation
import ReidRisk

/// Reads class counts (`scan --class-sizes`, `merge`) and measures them with a scan's settings.
enum ClassCountsInput {
  /// The class counts in `path` (- for standard input), read 64 KiB at a time; `settings` give
  /// the quasi-identifiers and `--na` tokens the file must agree with, when given.
  static func read(_ path: String, settings: ScanSettings) throws(ReportedError) -> ClassCounts {
    let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ReportedError(
        message: "\(path): cannot read the class counts (\(String(cString: strerror(errno))));"
          + " check the path")
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    if descriptor != STDIN_FILENO {
      RunFiles.shared.recordInput(descriptor: descriptor, path: path)
    }
    var reader = ClassCountsReader(
      source: path == "-" ? "standard input" : path, quasiIdentifiers: settings.quasiIdentifiers,
      missingTokens: settings.na)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)
    defer { buffer.deallocate() }
    func reported(_ error: ClassCountsError) -> ReportedError {
      ReportedError(message: error.description, line: error.line)
    }
    while true {
      let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw ReportedError(
          message: "\(path): cannot read the class counts (\(String(cString: strerror(errno))))")
      }
      if count == 0 { break }
      do throws(ClassCountsError) {
        try reader.read(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
      } catch {
        throw reported(error)
      }
    }
    do throws(ClassCountsError) {
      return try reader.finish()
    } catch {
      throw reported(error)
    }
  }

  /// `layer` completed by what `counts` say of themselves: the quasi-identifiers, `--na`
  /// tokens and normalisation they were counted with (a command line that says otherwise has
  /// been refused by the reader, or is refused here for normalise).
  static func settings(_ layer: ScanSettings, for counts: ClassCounts, source: String)
    throws(ReportedError) -> ScanSettings
  {
    var settings = layer
    guard let metadata = counts.metadata else { return settings }
    if let given = layer.normalise, given != metadata.normalises {
      throw ReportedError(
        message: "\(source): the classes were counted with normalise \(metadata.normalises);"
          + " give the same --normalise or none")
    }
    settings.quasiIdentifiers = metadata.quasiIdentifiers
    settings.na = metadata.missingTokens
    settings.normalise = metadata.normalises
    return settings
  }

  /// `counts` measured with `layer`, named `file`: its report and its classes' flags.
  static func measure(_ counts: ClassCounts, file: String, layer: ScanSettings)
    throws(ReportedError) -> Scan
  {
    let settings = try Self.settings(layer, for: counts, source: file)
    guard settings.quasiIdentifiers != nil else {
      throw ReportedError(
        message: "\(file): the class counts carry no `# quasi_identifiers:` line; give the"
          + " quasi-identifiers the keys were made of, in order, with --qi")
    }
    let inputs = try ScanInputs.load(settings)
    do {
      return try Scan(
        classCounts: counts, file: file, options: inputs.options,
        populationSource: inputs.populationSource)
    } catch {
      throw ReportedError(message: error.description)
    }
  }

  /// The metadata `scan --emit-class-counts` writes for a file scanned with `settings`.
  static func metadata(_ settings: ScanSettings) -> ClassCountsMetadata {
    ClassCountsMetadata(
      quasiIdentifiers: settings.quasiIdentifiers ?? [], missingTokens: settings.na ?? [],
      normalises: settings.normalise ?? false, missingPolicy: settings.missing ?? .value)
  }

  /// One report (or several) rendered as `report` asks.
  static func render(_ reports: [ScanReport], report: ReportOptions, asArray: Bool) -> String {
    switch report.format {
    case .json: return JSONReport.render(reports, asArray: asArray)
    case .markdown: return reports.map(MarkdownReport.render).joined(separator: "\n")
    case .text:
      let color = report.color.useColor(writingToFile: report.output != nil)
      let width = TerminalWidth.standardOutput(writingToFile: report.output != nil)
      return reports.map(TextReport(useColor: color, width: width).render).joined(separator: "\n")
    }
  }
}
