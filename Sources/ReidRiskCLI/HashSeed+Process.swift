import Foundation
import ReidRisk

extension HashSeed {
  /// The seed of this run: 128 bits from the system's random source, so that no file can be
  /// crafted to collide in the hash tables. `REIDRISK_HASH_SEED` (a decimal number) fixes it,
  /// for tests that show the output does not depend on it.
  static func forProcess() -> HashSeed {
    if let text = ProcessInfo.processInfo.environment["REIDRISK_HASH_SEED"],
      let number = UInt64(text)
    {
      return HashSeed(k0: number, k1: ~number &* 0x9E37_79B9_7F4A_7C15)
    }
    var generator = SystemRandomNumberGenerator()
    return HashSeed(k0: generator.next(), k1: generator.next())
  }
}

/// Sets the hash seed of the run, once, before any file is read.
enum ProcessHashSeed {
  static func install() { HashSeed.processDefault = .forProcess() }
}
