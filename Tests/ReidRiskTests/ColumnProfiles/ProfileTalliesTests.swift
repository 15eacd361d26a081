import Foundation
import Testing

@testable import ReidRisk

/// Profiling in bounded memory: the same profiles as the whole dataset below the bound, the
/// switch to estimates past it, and the same report whatever the seed and the lanes.
@Suite struct ProfileTalliesTests {
  /// Profiles `text` through a reader that hands its values to bounded tallies.
  static func profiles(
    _ text: String, bound: ProfileBound = .default, missingTokens: [String] = [],
    seed: HashSeed = .deterministic, parallelism: Int = 2, isStrict: Bool = true,
    chunkSize: Int? = nil
  ) throws -> (dataset: Dataset, profiles: [ColumnProfile]) {
    let bytes = Array(text.utf8)
    let header = String(text.prefix { $0 != "\n" }).split(separator: ",").map(String.init)
    var request = DatasetRequest(columns: header, isStrict: isStrict, parallelism: parallelism)
    request.hashSeed = seed
    let tallies = ProfileTallies(bound: bound, missingTokens: missingTokens, seed: seed)
    let reader = DatasetReader(file: "t.csv", request: request, profiles: tallies)
    let size = max(chunkSize ?? bytes.count, 1)
    var start = 0
    while start < bytes.count {
      let end = min(start + size, bytes.count)
      try Array(bytes[start..<end]).withUnsafeBytes { try reader.consume($0) }
      start = end
    }
    let dataset = try reader.finish()
    return (dataset, tallies.profiles())
  }

  static let members = """
    member_id,zip,gender,notes,joined
    m1,02139,F,"Allergic to penicillin, asked for a call back",2021-03-04
    m2,10025,M,,2021-03-05
    m3,02139,F,N/A,2020-11-30
    m4,94110,,"Two lines
    of notes",2021-03-04
    m5,02139,M,,2019-01-01

    """

  /// Below the bound the bounded profiles are those of the whole dataset, field for field,
  /// whatever the lanes, the chunks and the mode.
  @Test(
    arguments: [(2, true, nil), (1, true, nil), (2, true, 7), (2, false, 5)] as [(Int, Bool, Int?)])
  func belowTheBoundSameAsTheDataset(parallelism: Int, isStrict: Bool, chunkSize: Int?) throws {
    let columns = ["member_id", "zip", "gender", "notes", "joined"]
    let dataset = try DatasetReader.read(Self.members, columns: columns)
    let expected = ColumnProfile.profiles(of: dataset, missingTokens: ["N/A"])
    let bounded = try Self.profiles(
      Self.members, missingTokens: ["N/A"], parallelism: parallelism, isStrict: isStrict,
      chunkSize: chunkSize)
    #expect(bounded.profiles == expected)
    #expect(bounded.dataset.recordCount == 5)
    #expect(bounded.dataset.columns.isEmpty)
    // zip: 02139 ×3, 10025, 94110 → 3 distinct, 2 of 5 unique; notes: empty ×2 and N/A
    // missing → 3 / 5
    #expect(bounded.profiles[1].distinct == 3)
    #expect(bounded.profiles[1].uniqueFraction == 0.4)
    #expect(bounded.profiles[3].missingFraction == 0.6)
    #expect(bounded.profiles.allSatisfy { !$0.isEstimated })
  }

  /// One column of `count` distinct values v0, v1, … (each once), then v0 again.
  static func column(distinct count: Int) -> String {
    "id\n" + (0..<count).map { "v\($0)\n" }.joined() + "v0\n"
  }

  /// Bound 100 values: 99 and 100 distinct values are exact; 101 is past the bound, so the
  /// figures are marked as estimates (the 101st value is counted by the sketch, which at one
  /// value is exact: 100 + 1).
  @Test(arguments: [(99, false), (100, false), (101, true)])
  func switchAtTheBound(distinct: Int, isEstimated: Bool) throws {
    let bound = ProfileBound(values: 100, bytes: 1 << 20)
    let profile = try Self.profiles(Self.column(distinct: distinct), bound: bound).profiles[0]
    #expect(profile.isEstimated == isEstimated)
    #expect(profile.distinct == distinct)
    // records: distinct + 1 (v0 twice); unique: every value but v0 → (distinct − 1) / (distinct + 1)
    #expect(
      abs(profile.uniqueFraction - Double(distinct - 1) / Double(distinct + 1)) < 1e-12)
  }

  /// The worked example of `ColumnTally`: bound 2, values a, b, a, c, d, c.
  @Test func tallyExample() {
    var tally = ColumnTally(
      bound: ProfileBound(values: 2, bytes: 100), missingTokens: [], seed: .deterministic)
    for value in ["a", "b", "a", "c", "d", "c"] {
      Array(value.utf8).withUnsafeBytes { tally.add($0) }
    }
    // dictionary {a: 2, b: 1}; overflow c, d, c: 3 records, 2 distinct, d unique
    #expect(tally.counts == [2, 1])
    #expect(tally.overflow?.records == 3)
    #expect(tally.overflow?.sample.sampledValues == 2)
    #expect(tally.overflow?.sample.sampledUniques == 1)
    #expect(tally.distinct == 4)
    // 2 distinct · 1/2 unique = 1 unique in the overflow
    #expect(tally.overflowUniques == 1)
    #expect(tally.isEstimated)
  }

  /// The byte bound: values "v0".."v9" are 2 bytes each; 10 bytes hold five of them.
  @Test func byteBound() throws {
    let bound = ProfileBound(values: 1_000, bytes: 10)
    let fits = try Self.profiles(Self.column(distinct: 5), bound: bound).profiles[0]
    #expect(!fits.isEstimated)
    let past = try Self.profiles(Self.column(distinct: 6), bound: bound).profiles[0]
    #expect(past.isEstimated)
    #expect(past.distinct == 6)
  }

  /// 200,000 records over 150,000 values (100,000 held once, 50,000 twice) with a bound of
  /// 1,000: the distinct count within 3 standard errors of the sketch (2.44%); the unique share
  /// 100,000 / 200,000 = 0.5 within 0.03 (the sample's error, at most 0.55 points at one standard
  /// error, and the sketch's, 0.8% of 0.67 · 150,000 / 200,000); missing values exact.
  @Test func estimatesPastTheBound() throws {
    var text = "id,flag\n"
    for value in 0..<150_000 {
      text += "v\(value),\(value % 10 == 0 ? "" : "y")\n"
      if value >= 100_000 { text += "v\(value),y\n" }
    }
    let bound = ProfileBound(values: 1_000, bytes: 1 << 20)
    let profiles = try Self.profiles(text, bound: bound).profiles
    let id = profiles[0]
    #expect(id.isEstimated)
    #expect(abs(Double(id.distinct - 150_000) / 150_000) < 3 * HyperLogLog.relativeStandardError)
    #expect(abs(id.uniqueFraction - 0.5) < 0.03)
    // flag: 15,000 of 200,000 records empty; 2 distinct, exact
    #expect(!profiles[1].isEstimated)
    #expect(profiles[1].missingFraction == 15_000.0 / 200_000.0)
    #expect(profiles[1].distinct == 2)
  }

  /// Two hash seeds, one lane or two, chunks of any size: the same profiles, estimates
  /// included.
  @Test func deterministic() throws {
    var text = "id,zip\n"
    for value in 0..<30_000 { text += "m\(value * 7919 % 100_003),\(value % 900)\n" }
    // id: 30,000 distinct, past the bound; zip: 900, within it
    let bound = ProfileBound(values: 1_000, bytes: 1 << 20)
    let first = try Self.profiles(text, bound: bound, seed: .deterministic).profiles
    let second = try Self.profiles(
      text, bound: bound, seed: HashSeed(k0: 42, k1: 4242), parallelism: 1, chunkSize: 4_099
    ).profiles
    let third = try Self.profiles(
      text, bound: bound, seed: HashSeed(k0: 7, k1: 77), chunkSize: 65_537
    ).profiles
    #expect(first[0].isEstimated)
    #expect(!first[1].isEstimated)
    #expect(first == second)
    #expect(first == third)
  }

  /// The type of a column past the bound is decided on its first 10,000 distinct values, with
  /// their counts over the whole file, as without a bound.
  @Test func typeKeptPastTheBound() throws {
    var text = "contact\n"
    for value in 0..<20_000 { text += "user\(value)@example.org\n" }
    let bounded = try Self.profiles(text, bound: ProfileBound(values: 10_000, bytes: 1 << 22))
      .profiles[0]
    let whole = ColumnProfile.profiles(
      of: try DatasetReader.read(text, columns: ["contact"]))[0]
    #expect(bounded.isEstimated)
    #expect(bounded.type == .email)
    #expect(bounded.type == whole.type)
    #expect(bounded.role == whole.role)
    #expect(bounded.evidence == whole.evidence)
  }
}
