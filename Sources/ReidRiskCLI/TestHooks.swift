import Foundation

/// Pauses that let the end-to-end tests send a signal at a known moment. They exist in debug
/// builds only (the tests run the debug binary); a release build has none, so no environment
/// variable can make an installed reidrisk wait.
enum TestHooks {
  /// With `REIDRISK_TEST_PAUSE_IN_WRITE` set, a debug build stops after the first chunk of an
  /// atomic write, with the temporary file on disk, prints "paused" on standard error and waits
  /// for a signal.
  static func pauseAfterFirstChunk() {
    #if DEBUG
      guard ProcessInfo.processInfo.environment["REIDRISK_TEST_PAUSE_IN_WRITE"] != nil else {
        return
      }
      Terminal.standardError("paused\n")
      while true { sleep(1) }
    #endif
  }
}
