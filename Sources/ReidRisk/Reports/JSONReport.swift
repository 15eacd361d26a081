import Foundation

/// Renders reports as JSON: sorted keys, pretty-printed, one object per file (an array when
/// there are several).
public enum JSONReport {
  public static func render(_ reports: [some Encodable], asArray: Bool) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    let data: Data
    do {
      data =
        asArray || reports.count != 1
        ? try encoder.encode(reports) : try encoder.encode(reports[0])
    } catch {
      return "{\"error\": \"the report could not be encoded\"}\n"
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
