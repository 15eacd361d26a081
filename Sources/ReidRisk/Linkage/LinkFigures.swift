/// The figures of a linkage, counts of records: the JSON `link` object.
///
/// Export side, by m = the number of outside records sharing a record's join values:
/// re-identified (m = 1), ambiguous (2 ≤ m ≤ 4), hidden (m ≥ 5), not found (m = 0). Outside
/// side: the outside records whose values appear in the export (δ-presence: the attacker learns
/// they are in it).
///
/// Example: export classes {A: 1 record, B: 2 records, C: 1 record}; outside records with values
/// A, B, B, B, D. m(A) = 1, m(B) = 3, m(C) = 0. Re-identified: the 1 record of A (one-to-one,
/// since A holds one export record); ambiguous: the 2 records of B; not found: C's record.
/// Outside: 4 of 5 records are in the export; 1 (the A record) matches exactly one export record.
public struct LinkFigures: Sendable, Encodable, Equatable {
  /// One join column: the pair, the normalisation applied, and how many spellings it changed.
  public struct Column: Sendable, Encodable, Equatable {
    public var column: String
    public var outsideColumn: String
    public var pairing: JoinColumn.Pairing
    public var rule: NormalisationRule
    /// The rule in words, with what it learnt.
    public var normalisation: String
    /// Distinct export values whose spelling normalisation changed, and the outside's.
    public var respelled: Int
    public var outsideRespelled: Int

    init(pair: JoinColumn, normalised: NormalisedColumn, outsideRespelled: Int) {
      column = pair.column
      outsideColumn = pair.outsideColumn
      pairing = pair.pairing
      rule = normalised.normaliser.rule
      normalisation = normalised.normaliser.summary
      respelled = normalised.respelled
      self.outsideRespelled = outsideRespelled
    }

    enum CodingKeys: String, CodingKey {
      case column, pairing, rule, normalisation, respelled
      case outsideColumn = "outside_column"
      case outsideRespelled = "outside_respelled"
    }
  }

  /// The export columns joined on.
  public var on: [String]
  public var columns: [Column]
  /// Export records counted: read, not skipped, not left out.
  public var records: Int
  /// Export records left out for a missing join value (`--missing exclude`).
  public var recordsExcluded: Int
  /// Export records with a missing join value (never matched; counted as not found unless
  /// excluded).
  public var recordsWithMissingValue: Int
  /// Export records with exactly one outside match: the attacker puts a name on them.
  public var reidentified: Int
  /// Of those, the records alone in the export on the join columns: the link holds both ways.
  public var reidentifiedOneToOne: Int
  /// Export records with 2 to 4 outside matches: a short list of candidate names.
  public var ambiguous: Int
  /// Export records with 5 or more outside matches.
  public var hidden: Int
  /// Export records no outside record matches.
  public var notFound: Int
  /// Outside records read.
  public var outsideRecords: Int
  /// Outside records whose values appear in the export: their presence in it is revealed.
  public var outsideInExport: Int
  /// Outside records matching exactly one export record: their export record is found.
  public var outsideMatchingOneRecord: Int
  /// Outside records with a missing join value.
  public var outsideWithMissingValue: Int
  /// δ-presence: for an outside record whose values appear in the export, the chance that its
  /// person is in the export, min(1, f / m) with f export records and m outside records sharing
  /// the values (Nergiz, Atzori and Clifton 2007), when the outside file covers the population.
  public var presence: Presence

  public struct Presence: Sendable, Encodable, Equatable {
    /// The largest δ over outside records found in the export; 0 when none is.
    public var highest: Double
    /// Outside records with δ = 1: at least as many export records as outside records share
    /// their values, so every one of them is in the export.
    public var outsideRecordsCertain: Int

    enum CodingKeys: String, CodingKey {
      case highest
      case outsideRecordsCertain = "outside_records_certain"
    }
  }

  enum CodingKeys: String, CodingKey {
    case on, columns, records, reidentified, ambiguous, hidden, presence
    case recordsExcluded = "records_excluded"
    case recordsWithMissingValue = "records_with_missing_value"
    case reidentifiedOneToOne = "reidentified_one_to_one"
    case notFound = "not_found"
    case outsideRecords = "outside_records"
    case outsideInExport = "outside_in_export"
    case outsideMatchingOneRecord = "outside_matching_one_record"
    case outsideWithMissingValue = "outside_with_missing_value"
  }
}

extension LinkFigures {
  init(
    partition: Partition, isMissing: [[Bool]], codes: [CodeColumn], count: OutsideCount,
    outsideRecords: Int, columns: [Column]
  ) {
    on = columns.map(\.column)
    self.columns = columns
    records = partition.recordCount
    recordsExcluded = partition.excludedCount
    recordsWithMissingValue = (0..<(codes.first?.count ?? 0)).count { record in
      codes.indices.contains { isMissing[$0][Int(codes[$0][record])] }
    }
    var reidentified = 0
    var oneToOne = 0
    var ambiguous = 0
    var hidden = 0
    var highest = 0.0
    var certain = 0
    var matchingOne = 0
    for (id, size) in partition.classSizes.enumerated() {
      let matches = Int(count.matches[id])
      switch matches {
      case 0: continue
      case 1:
        reidentified += size
        if size == 1 { oneToOne += 1 }
      case 2...4: ambiguous += size
      default: hidden += size
      }
      highest = max(highest, min(1, Double(size) / Double(matches)))
      if size >= matches { certain += matches }
      if size == 1 { matchingOne += matches }
    }
    self.reidentified = reidentified
    reidentifiedOneToOne = oneToOne
    self.ambiguous = ambiguous
    self.hidden = hidden
    notFound = records - reidentified - ambiguous - hidden
    self.outsideRecords = outsideRecords
    outsideInExport = outsideRecords - count.notInExport
    outsideMatchingOneRecord = matchingOne
    outsideWithMissingValue = count.withMissingValue
    presence = Presence(highest: highest, outsideRecordsCertain: certain)
  }
}
