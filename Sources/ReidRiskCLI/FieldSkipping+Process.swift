import Foundation
import ReidRisk

extension FieldSkipping {
  /// How this run reads records: `REIDRISK_FIELD_SKIPPING=never` hands libcsv every byte,
  /// `always` cuts every record it can, anything else (or unset) cuts while it pays. For
  /// `bench/skipcheck.sh`, which shows the reports do not depend on it.
  static func forProcess() -> FieldSkipping {
    switch ProcessInfo.processInfo.environment["REIDRISK_FIELD_SKIPPING"] {
    case "never": .never
    case "always": .always
    default: .whenWorthwhile
    }
  }
}
