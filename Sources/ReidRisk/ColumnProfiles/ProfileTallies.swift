import Dispatch

/// The tallies of every column of a file, profiled in bounded memory: a `DatasetReader` made
/// with `init(file:request:profiles:)` hands them the values of each run of records in file
/// order, and `profiles()` makes the columns' profiles from them. No code per record is kept,
/// so memory holds the tallies (at most the `ProfileBound` per column, plus 16 KiB of sketch and
/// the sample) and one run of records, at any file size.
///
/// The columns are counted at once on the available cores, each in file order, so the profiles
/// are the same whatever the lanes and whatever the dictionaries' hash seed.
public final class ProfileTallies: ValueSink {
  public let bound: ProfileBound
  public let missingTokens: [String]
  private let seed: HashSeed
  private var names: [String] = []
  private var tallies: [ColumnTally] = []

  /// Tallies bounded by `bound`; `missingTokens` as `--na`; `seed` keys the dictionaries' hash
  /// (the profiles never depend on it).
  public init(
    bound: ProfileBound = .default, missingTokens: [String] = [],
    seed: HashSeed = .processDefault
  ) {
    self.bound = bound
    self.missingTokens = missingTokens
    self.seed = seed
  }

  func start(header: Header, columns: [Int]) {
    names = columns.map { header.names[$0] }
    tallies = columns.map { _ in
      ColumnTally(bound: bound, missingTokens: missingTokens, seed: seed)
    }
  }

  func take(_ runs: [StagedValues]) {
    guard !runs.isEmpty, !tallies.isEmpty else { return }
    tallies.withUnsafeMutableBufferPointer { tallies in
      let shared = SharedBuffer(tallies)
      let runs = UncheckedRuns(runs: runs)
      DispatchQueue.concurrentPerform(iterations: tallies.count) { position in
        // moved out and back, so that the dictionary is never copied on write
        let element = shared.buffer.baseAddress! + position
        var tally = element.move()
        for run in runs.runs {
          run.forEachValue(at: position) { tally.add($0) }
        }
        element.initialize(to: tally)
      }
    }
  }

  /// The profiles of the columns read, in header order.
  public func profiles() -> [ColumnProfile] {
    zip(names, tallies).map { name, tally in
      ColumnProfile(name: name, tally: tally, missingTokens: missingTokens)
    }
  }
}

/// Lets `concurrentPerform` read the runs (each column's task only reads them).
private struct UncheckedRuns: @unchecked Sendable {
  let runs: [StagedValues]
}
