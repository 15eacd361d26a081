/// What can be wrong with a population description: its size, a population frequency table, a
/// superset file or survey weights.
public enum PopulationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `--population` was zero or negative.
  case nonPositivePopulationSize(Int)
  /// `--population` was below the number of records in the file.
  case populationSmallerThanFile(size: Int, recordCount: Int)
  /// `--sampling-fraction` was not in (0, 1].
  case samplingFractionOutOfRange(Double)
  /// Per-class arrays of different lengths.
  case classCountMismatch(expected: Int, found: Int)
  /// A population class holds fewer people than the sample class it contains (class from 0).
  case populationClassSmallerThanSample(classIndex: Int, sampleSize: Int, populationSize: Int)
  /// Sample and superset were read with different numbers of quasi-identifier columns.
  case supersetColumnMismatch(sample: Int, superset: Int)
  /// Sample classes whose key no superset record has: the sample is not part of the superset.
  case classesMissingFromSuperset(classes: Int, records: Int)
  /// A survey weight that is not a positive finite number (record from 0).
  case invalidWeight(record: Int, weight: Double)
  /// A class whose weights sum to less than its size, so it would stand for fewer people than
  /// it has records (class from 0).
  case weightSumBelowClassSize(classIndex: Int, classSize: Int, weightSum: Double)

  /// A population above 2^53 people (given, implied by a sampling fraction, or summed from a
  /// population table): a double, in which every measure is computed, no longer holds every
  /// whole number there, so N and pi would be silently rounded.
  case populationTooLarge(size: Double, origin: PopulationOrigin)

  /// Where a population size came from, for `populationTooLarge`.
  public enum PopulationOrigin: String, Sendable, Equatable {
    case given = "given with --population"
    case samplingFraction = "implied by --sampling-fraction (records / fraction)"
    case table = "summed from a population table"
  }

  public var description: String {
    switch self {
    case .populationTooLarge(let size, let origin):
      let shown = size < 1e18 ? "\(Int(size))" : "\(size)"
      let what =
        origin == .table
        ? "the counts of the population table sum to more than 2^53"
        : "population size \(shown) \(origin.rawValue) is above 2^53"
      return what + " (9007199254740992), the largest whole number a double holds exactly;"
        + " give a population of at most that many people"
    case .nonPositivePopulationSize(let size):
      return "population size '\(size)' must be a positive number of people"
    case .populationSmallerThanFile(let size, let records):
      return "population size '\(size)' is smaller than the \(records) records in the file; "
        + "the population must include everyone in the file"
    case .samplingFractionOutOfRange(let fraction):
      return "sampling fraction '\(fraction)' is not in (0, 1]; it is the share of the "
        + "population that the file holds, e.g. 0.1 for one person in ten"
    case .classCountMismatch(let expected, let found):
      return "expected a population size for each of the \(expected) classes, found \(found)"
    case .populationClassSmallerThanSample(let index, let sample, let population):
      return "class \(index + 1) has \(sample) records in the file but only \(population) "
        + "in the population; the population must include everyone in the file"
    case .supersetColumnMismatch(let sample, let superset):
      return "the superset was read with \(superset) quasi-identifier columns, the file with "
        + "\(sample); read both with the same columns"
    case .classesMissingFromSuperset(let classes, let records):
      return "\(classes) classes (\(records) records) of the file have no matching record in "
        + "the superset; is the file really drawn from it, with the same columns and spelling?"
    case .invalidWeight(let record, _):
      // The weight itself is not shown: it is a cell value.
      return "the weight of record \(record + 1) is not a positive number"
    case .weightSumBelowClassSize(let index, let size, let sum):
      return "the weights of class \(index + 1) sum to \(sum), less than its \(size) records; "
        + "a survey weight counts the people a record stands for and is at least 1"
    }
  }
}
