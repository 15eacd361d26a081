/// The people the file was drawn from: their number N, and the sampling fraction π = n / N for
/// the n records analysed.
///
/// Population-based measures (journalist risk, population uniqueness) need N. Given
/// `--population 50000` for a file of 5,000 records, π = 5,000 / 50,000 = 0.1; given
/// `--sampling-fraction 0.1`, N = 5,000 / 0.1 = 50,000. Given neither, the file is its own
/// population: N = n and π = 1, which is right for the question "is this person in the
/// file" about a complete membership list, and wrong for linkage to outside data, where N is the
/// size of the population the outside source covers (a city's voter roll, a country's
/// professional network). ARX defaults N to the US population instead.
public struct Population: Sendable, Equatable, Codable {
  /// Where N came from.
  public enum Source: String, Sendable, Codable, CaseIterable {
    /// Neither was given: the file is the population.
    case file
    /// `--population N`.
    case size
    /// `--sampling-fraction F`.
    case samplingFraction = "sampling_fraction"
  }

  /// n, the records analysed.
  public let recordCount: Int
  /// N, the population size. Whole when given; n / π when derived from a sampling fraction, which
  /// need not be whole.
  public let size: Double
  /// π = n / N, in (0, 1]; 1 when the file is the population.
  public let samplingFraction: Double
  public let source: Source

  /// 2^53, the largest population size: past it a double cannot hold every whole number, and
  /// N, π and every measure would be rounded without a word.
  public static let largestSize = 1 << 53

  /// The file is the population: N = n, π = 1.
  public init(fileOf recordCount: Int) {
    self.recordCount = recordCount
    self.size = Double(recordCount)
    self.samplingFraction = 1
    self.source = .file
  }

  /// A population of `size` people, of whom the file holds `recordCount`.
  public init(size: Int, recordCount: Int) throws(PopulationError) {
    guard size > 0 else { throw .nonPositivePopulationSize(size) }
    guard size >= recordCount else {
      throw .populationSmallerThanFile(size: size, recordCount: recordCount)
    }
    guard size <= Self.largestSize else {
      throw .populationTooLarge(size: Double(size), origin: .given)
    }
    self.recordCount = recordCount
    self.size = Double(size)
    self.samplingFraction = Double(recordCount) / Double(size)
    self.source = .size
  }

  /// A population of which the file's `recordCount` records are the share `samplingFraction`.
  public init(samplingFraction: Double, recordCount: Int) throws(PopulationError) {
    guard samplingFraction > 0, samplingFraction <= 1 else {
      throw .samplingFractionOutOfRange(samplingFraction)
    }
    let size = Double(recordCount) / samplingFraction
    guard size <= Double(Self.largestSize) else {
      throw .populationTooLarge(size: size, origin: .samplingFraction)
    }
    self.recordCount = recordCount
    self.size = size
    self.samplingFraction = samplingFraction
    self.source = .samplingFraction
  }

  enum CodingKeys: String, CodingKey {
    case recordCount = "record_count"
    case size
    case samplingFraction = "sampling_fraction"
    case source
  }
}
