/// The one shape of every renderer: a pure function from a report value to the text of one
/// format. Settings that are not figures (colour, width, whether values may be shown) are the
/// renderer's stored properties; every number it prints is computed in the report value.
///
/// The renderers, by the value they draw:
///
/// | value | formats |
/// | --- | --- |
/// | `ScanReport` (`scan`) | `TextReport`, `MarkdownReport`, `JSONRenderer` |
/// | `[Finding]` (`scan --flags`) | `FlagsCSV` |
/// | `BatchReport` (`check`, `report`) | `CheckTextReport`, `SARIFReport`, `GitHubAnnotations`, `HTMLReport`, `BatchMarkdownReport`, `JSONRenderer` |
/// | `DiffReport` (`diff`) | `DiffTextReport` (text or Markdown), `JSONRenderer` |
/// | `ColumnsReport`, `LinkReport` | `ColumnsTextReport`, `LinkTextReport` (in their folders) |
///
/// Each lives in the folder of its value (`Reports/Scan`, `Reports/Batch`, `Reports/Diff`), and
/// the scan and batch renderers have golden files of their output on the sample
/// (`Tests/Fixtures/golden/`).
public protocol ReportRenderer<Report>: Sendable {
  associatedtype Report
  /// `report` in this renderer's format, ending with a line feed.
  func render(_ report: Report) -> String
}

/// Any report value as JSON: sorted keys, pretty-printed (`JSONReport`).
public struct JSONRenderer<Report: Encodable>: ReportRenderer {
  public init() {}

  public func render(_ report: Report) -> String { JSONReport.render([report], asArray: false) }
}

extension TextReport: ReportRenderer {}
extension ColumnsTextReport: ReportRenderer {}
extension LinkTextReport: ReportRenderer {}
extension CheckTextReport: ReportRenderer {}
extension HTMLReport: ReportRenderer {}
