/// Collects the rows of class counts, checking each: a key of one MD5 digest per
/// quasi-identifier, a mask that agrees with the digests, a count of at least 1, totals that
/// cannot wrap around, one row per class (or, for `merge`, counts added by key), sensitive
/// counts that add up to their class's count.
///
/// Engines' clients hand their rows here one at a time (`addClass`, `addSensitive`);
/// `ClassCountsReader` does the same for CSV and JSON text. A row's `line` (or row number)
/// goes into its error message; the row's values never do.
public struct ClassCountsBuilder: Sendable {
  /// What a key given twice means.
  public enum Duplicates: Sendable {
    /// An error: an engine returns one row per class.
    case refused
    /// Counts add up: shards merged by key.
    case added
  }

  /// Where the rows come from, for messages.
  public let source: String
  /// The quasi-identifier names, in key order, for messages.
  public let quasiIdentifiers: [String]
  public let duplicates: Duplicates
  private var counts: ClassCounts
  private var classOfKey: [[MD5Digest]: Int] = [:]
  private var lineOfClass: [Int] = []
  /// The digests of the values that are missing: the empty text and each `--na` token.
  private let missingDigests: Set<MD5Digest>
  private var total = 0
  private var pending: [PendingSensitive] = []

  private struct PendingSensitive: Sendable {
    var key: [MD5Digest]
    var mask: UInt64
    var column: String
    var value: MD5Digest
    var rank: Int?
    var count: Int
    var line: Int?
  }

  /// Rows keyed on `quasiIdentifiers` (at most 63), where `missingTokens` (beside the empty
  /// text, and NULL hashed as it) are missing values.
  public init(
    source: String, quasiIdentifiers: [String], missingTokens: [String],
    duplicates: Duplicates = .refused
  ) throws(ClassCountsError) {
    guard (1...63).contains(quasiIdentifiers.count) else {
      throw ClassCountsError(
        source: source,
        reason: "class counts hold 1 to 63 quasi-identifiers (the missing mask is a 64-bit"
          + " number), not \(quasiIdentifiers.count); choose fewer quasi-identifiers")
    }
    self.source = source
    self.quasiIdentifiers = quasiIdentifiers
    self.duplicates = duplicates
    self.counts = ClassCounts(quasiIdentifierCount: quasiIdentifiers.count)
    self.missingDigests = Set(([""] + missingTokens).map { MD5.digest(Array($0.utf8)) })
  }

  /// The classes so far.
  public var classCount: Int { counts.classCount }

  /// Adds the class whose key is `key` (32 hex digits per quasi-identifier), missing mask
  /// `missing` and `count` records, read on `line`.
  public mutating func addClass(
    key: some Collection<UInt8>, missing: UInt64, count: Int, line: Int? = nil
  ) throws(ClassCountsError) {
    let digests = try self.digests(key, line: line)
    try addClass(digests: digests, missing: missing, count: count, line: line)
  }

  /// Adds a class given by its digests.
  public mutating func addClass(
    digests: [MD5Digest], missing: UInt64, count: Int, line: Int? = nil
  ) throws(ClassCountsError) {
    try check(digests: digests, mask: missing, line: line)
    try check(count: count, line: line)
    if let existing = classOfKey[digests] {
      guard duplicates == .added else {
        throw error(
          line, field: "key",
          "the key of the class on line \(lineOfClass[existing]) appears again; an engine"
            + " returns one row per class: group by every quasi-identifier")
      }
      counts.counts[existing] += count
    } else {
      classOfKey[digests] = counts.classCount
      lineOfClass.append(line ?? 0)
      counts.digests += digests
      counts.masks.append(missing)
      counts.counts.append(count)
    }
    total += count
  }

  /// Adds the count of one (class, sensitive value): `count` records of the class with key
  /// `key` and mask `missing` hold, in sensitive column `column`, the value whose MD5 hex
  /// digest is `value`; `rank` is its dense rank among the column's numbers, if numeric.
  public mutating func addSensitive(
    key: some Collection<UInt8>, missing: UInt64, count: Int, column: String,
    value: some Collection<UInt8>, rank: Int?, line: Int? = nil
  ) throws(ClassCountsError) {
    let digests = try self.digests(key, line: line)
    guard let digest = MD5Digest(hex: value) else {
      throw error(
        line, field: "value",
        "the sensitive value is not 32 hex digits; give the md5 of the value's text")
    }
    try addSensitive(
      digests: digests, missing: missing, count: count, column: column, value: digest,
      rank: rank, line: line)
  }

  /// Adds a (class, sensitive value) count given by digests.
  public mutating func addSensitive(
    digests: [MD5Digest], missing: UInt64, count: Int, column: String, value: MD5Digest,
    rank: Int?, line: Int? = nil
  ) throws(ClassCountsError) {
    try check(digests: digests, mask: missing, line: line)
    try check(count: count, line: line)
    guard !column.isEmpty else {
      throw error(line, field: "sensitive", "the sensitive column's name is empty")
    }
    if let rank {
      guard rank >= 1 else {
        throw error(line, field: "rank", "the rank is not a whole number of at least 1")
      }
      guard !missingDigests.contains(value) else {
        throw error(
          line, field: "rank",
          "a missing sensitive value (empty, NULL or an --na token) has a rank; leave it empty")
      }
    }
    pending.append(
      PendingSensitive(
        key: digests, mask: missing, column: column, value: value, rank: rank, count: count,
        line: line))
  }

  /// The counts, with `metadata`; the sensitive rows are matched to their classes here and
  /// checked to add up to each class's count.
  public func finish(metadata: ClassCountsMetadata? = nil) throws(ClassCountsError)
    -> ClassCounts
  {
    var result = counts
    result.metadata = metadata
    var columnIndex: [String: Int] = [:]
    var entryIndex: [[Int]: Int] = [:]  // [column, class, value.high, value.low]
    var rankOfValue: [[Int]: (rank: Int?, line: Int?)] = [:]
    for row in pending {
      guard let classIndex = classOfKey[row.key] else {
        throw error(
          row.line, field: "key",
          "no class row has the key of this sensitive row; give each class its row (sensitive"
            + " and value empty) as well")
      }
      guard result.masks[classIndex] == row.mask else {
        throw error(row.line, field: "missing", "the mask differs from its class row's")
      }
      let column: Int
      if let known = columnIndex[row.column] {
        column = known
      } else {
        column = result.sensitive.count
        columnIndex[row.column] = column
        result.sensitive.append(SensitiveClassCounts(column: row.column))
      }
      let valueKey = [
        column, Int(bitPattern: UInt(row.value.high)), Int(bitPattern: UInt(row.value.low)),
      ]
      if let seen = rankOfValue[valueKey] {
        guard seen.rank == row.rank else {
          throw error(
            row.line, field: "rank",
            "this value of the column has another rank on "
              + (seen.line.map { "line \($0)" } ?? "an earlier row")
              + "; a value has one rank in the whole column")
        }
      } else {
        rankOfValue[valueKey] = (row.rank, row.line)
      }
      let key = [column, classIndex] + valueKey.dropFirst()
      if let existing = entryIndex[key] {
        guard duplicates == .added else {
          throw error(
            row.line, field: "value",
            "the same class and sensitive value appear on two rows; group by the class and the"
              + " value")
        }
        result.sensitive[column].entries[existing].count += row.count
      } else {
        entryIndex[key] = result.sensitive[column].entries.count
        result.sensitive[column].entries.append(
          .init(classIndex: classIndex, value: row.value, rank: row.rank, count: row.count))
      }
    }
    for column in result.sensitive {
      let ranked = column.entries.contains { $0.rank != nil }
      var sums = [Int](repeating: 0, count: result.classCount)
      for entry in column.entries {
        sums[entry.classIndex] += entry.count
        if ranked && entry.rank == nil && !missingDigests.contains(entry.value) {
          throw ClassCountsError(
            source: source,
            reason: "some values of sensitive column \(MessageText.name(column.column)) have a"
              + " rank and others not; rank every value that is not missing, or none")
        }
      }
      if let bad = sums.indices.first(where: { sums[$0] != result.counts[$0] }) {
        throw error(
          lineOfClass[bad] == 0 ? nil : lineOfClass[bad], field: "count",
          "the sensitive counts of column \(MessageText.name(column.column)) for this class add"
            + " up to \(sums[bad]), not to its count \(result.counts[bad]); count every record"
            + " of the class, a missing value too")
      }
    }
    return result
  }

  private func digests(_ key: some Collection<UInt8>, line: Int?) throws(ClassCountsError)
    -> [MD5Digest]
  {
    let width = quasiIdentifiers.count
    let bytes = Array(key)
    guard bytes.count == 32 * width else {
      throw error(
        line, field: "key",
        "the key has \(bytes.count) characters, not 32 × \(width) = \(32 * width) (the lowercase"
          + " hex md5 of each quasi-identifier's text, in order, concatenated)")
    }
    var digests: [MD5Digest] = []
    digests.reserveCapacity(width)
    for index in 0..<width {
      guard let digest = MD5Digest(hex: bytes[index * 32..<(index + 1) * 32]) else {
        throw error(
          line, field: "key",
          "the key holds a character that is not a hex digit; give the md5 hex of each"
            + " quasi-identifier's text")
      }
      digests.append(digest)
    }
    return digests
  }

  private func check(digests: [MD5Digest], mask: UInt64, line: Int?) throws(ClassCountsError) {
    let width = quasiIdentifiers.count
    guard digests.count == width else {
      throw error(line, field: "key", "the key has \(digests.count) digests, not \(width)")
    }
    guard mask >> UInt64(width) == 0 else {
      throw error(
        line, field: "missing",
        "the missing mask sets a bit above the \(width) quasi-identifiers; bit i (value 2^i)"
          + " is quasi-identifier i, from 0")
    }
    for index in 0..<width {
      let isMissing = mask >> UInt64(index) & 1 == 1
      guard isMissing == missingDigests.contains(digests[index]) else {
        throw error(
          line, field: "missing",
          "the mask says \(MessageText.name(quasiIdentifiers[index])) is "
            + (isMissing
              ? "missing, but its digest is not that of the empty text or an --na token"
              : "present, but its digest is that of the empty text or an --na token")
            + "; hash NULL as the empty text and set bit \(index) for every missing value")
      }
    }
  }

  private func check(count: Int, line: Int?) throws(ClassCountsError) {
    guard count >= 1 else {
      throw error(line, field: "count", "the count is not a whole number of at least 1")
    }
    guard count <= Population.largestSize - total else {
      throw error(
        line, field: "count",
        "the counts add up to more than 2^53 records, past what reidrisk counts exactly")
    }
  }

  private func error(_ line: Int?, field: String, _ reason: String) -> ClassCountsError {
    ClassCountsError(source: source, line: line, field: field, reason: reason)
  }
}
