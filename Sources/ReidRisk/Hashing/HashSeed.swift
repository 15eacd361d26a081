import Foundation

/// The secret key of every hash table keyed by input data (value dictionaries, class indices).
///
/// A hash an attacker can compute lets a file be crafted whose values all land in one run of
/// slots, so that each insertion probes every earlier one: 100,000 such values took 8 s against
/// 0.21 s for ordinary ones. Keyed with 128 random bits per process, the slot of a value cannot
/// be predicted from outside. Results never depend on the seed: codes and class ids follow the
/// order of first appearance, not the order of slots.
///
/// The core never reads a random source or the environment itself: the CLI draws a seed once at
/// start (`HashSeed.processDefault = HashSeed(random)`); tests and other callers keep the fixed
/// `deterministic` seed or pass one explicitly.
public struct HashSeed: Sendable, Hashable {
  public let k0: UInt64
  public let k1: UInt64

  public init(k0: UInt64, k1: UInt64) {
    self.k0 = k0
    self.k1 = k1
  }

  /// A fixed seed: the default until a program sets `processDefault`.
  public static let deterministic = HashSeed(k0: 0x243F_6A88_85A3_08D3, k1: 0x1319_8A2E_0370_7344)

  /// The seed that tables take when none is given. Set it once, before reading any file.
  public static var processDefault: HashSeed {
    get { storage.withLock { $0 } }
    set { storage.withLock { $0 = newValue } }
  }

  private static let storage = LockedSeed()

  /// The seed a table moves to when a probe sequence grows past its bound (see
  /// `ValueDictionary`): derived from this one, so that runs stay reproducible.
  func next() -> HashSeed {
    HashSeed(k0: HashMixing.mix(k0 &+ 0x9E37_79B9_7F4A_7C15), k1: HashMixing.mix(k1 ^ k0))
  }
}

/// Guards the process-wide seed.
private final class LockedSeed: @unchecked Sendable {
  private let lock = NSLock()
  private var seed = HashSeed.deterministic

  func withLock<T>(_ body: (inout HashSeed) -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body(&seed)
  }
}
