/// What an MSU search hands its results to: each record's minimal sample uniques, one record
/// at a time in record order (0, 1, 2, …), a record's MSUs smallest first, then in QI order
/// (`ColumnSet`'s order), none for a record with no MSU.
///
/// The search holds no list of every record's MSUs itself: a sink that keeps them all
/// (`MSULists`, for `MinimalSampleUniques`) costs 8 bytes an MSU and a record; one that keeps
/// only what the reports show (`RecordMSUFigures`) costs a few bytes a record.
protocol MSUSink {
  /// The MSUs of the next record.
  mutating func add(_ msus: UnsafeBufferPointer<ColumnSet>)
}

/// Every record's MSUs, as `MinimalSampleUniques` stores them: record r's are
/// `sets[offsets[r]..<offsets[r + 1]]`.
///
/// Records given {zip}, nothing, then {gender} and {zip, age}: offsets [0, 1, 1, 3], sets
/// [{zip}, {gender}, {zip, age}].
struct MSULists: MSUSink {
  var offsets: [Int] = [0]
  var sets: [ColumnSet] = []

  mutating func add(_ msus: UnsafeBufferPointer<ColumnSet>) {
    sets.append(contentsOf: msus)
    offsets.append(sets.count)
  }
}
