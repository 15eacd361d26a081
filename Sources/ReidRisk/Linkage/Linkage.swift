/// A linkage attack, run: the export joined with an outside file on shared quasi-identifiers.
///
/// For every export record, the number of outside records with the same (normalised) values on
/// the join columns; for every outside record, whether its values appear in the export. One
/// pass over each file's codes: the export's records are grouped into equivalence classes, each
/// outside record's codes are translated into the export's code space (`OutsideCodes`) and its
/// class looked up (`ClassKeyIndex`); per class the outside records are counted. Memory: two
/// `Int32` per export class, plus the datasets' codes.
public struct Linkage: Sendable {
  public let report: LinkReport
  private let export: Dataset
  private let outside: Dataset
  private let partition: Partition
  /// m_j: outside records whose values are those of export class j.
  private let outsideMatches: [Int32]
  /// The first such outside record (index from 0), or -1.
  private let firstOutsideRecord: [Int32]
  private let join: [JoinColumn]
  private let options: LinkOptions

  /// Joins `export` and `outside`, which must hold the columns of `join` (and the id columns of
  /// `options`, for the flags).
  public init(
    export: Dataset, outside: Dataset, join: [JoinColumn], file: String, outsideFile: String,
    options: LinkOptions
  ) {
    let join = join.filter {
      export.column(matching: $0.column) != nil && outside.column(matching: $0.outsideColumn) != nil
    }
    var exportColumns: [NormalisedColumn] = []
    var outsideColumns: [EncodedColumn] = []
    var translations: [OutsideCodes] = []
    for pair in join {
      guard let exportColumn = export.column(matching: pair.column),
        let outsideColumn = outside.column(matching: pair.outsideColumn)
      else { continue }
      let named = ColumnConcept(header: pair.column) != nil ? pair.column : pair.outsideColumn
      let normaliser =
        options.normalises
        ? ColumnNormaliser.infer(
          header: named, dictionaries: [exportColumn.dictionary, outsideColumn.dictionary])
        : ColumnNormaliser(rule: .exact)
      let normalised = exportColumn.normalised(by: normaliser, missingTokens: options.missingTokens)
      exportColumns.append(normalised)
      outsideColumns.append(outsideColumn)
      translations.append(
        OutsideCodes(
          outside: outsideColumn, export: normalised, missingTokens: options.missingTokens))
    }
    let codes = exportColumns.map(\.column.codes)
    let isMissing = exportColumns.map { $0.column.missingCodes(tokens: []) }
    let distinct = exportColumns.map(\.column.dictionary.count)
    // a missing value never matches in a join, so a wildcard counts as a value of its own here
    let policy: MissingValuePolicy = options.missingPolicy == .exclude ? .exclude : .value
    let partition = Partition(
      columns: codes, isMissing: isMissing, policy: policy, distinctValues: distinct)
    let index = ClassKeyIndex(partition: partition, columns: codes, distinctValues: distinct)
    var count = OutsideCount(classes: partition.classCount)
    count.add(
      outsideColumns.map(\.codes), translations.map(\.map),
      recordCount: outside.recordCount, index: index)

    self.export = export
    self.outside = outside
    self.partition = partition
    self.outsideMatches = count.matches
    self.firstOutsideRecord = count.firstRecord
    self.join = join
    self.options = options
    self.report = LinkReport(
      file: file, outsideFile: outsideFile,
      link: LinkFigures(
        partition: partition, isMissing: isMissing, codes: codes, count: count,
        outsideRecords: outside.recordCount,
        columns: zip(join.indices, join).map { position, pair in
          LinkFigures.Column(
            pair: pair, normalised: exportColumns[position],
            outsideRespelled: translations[position].respelled)
        }),
      options: options,
      warnings: Self.warnings(
        export: export, outside: outside, file: file, outsideFile: outsideFile))
  }

  /// The outside columns that `findings(showValues: true)` reports, as the outside header
  /// spells them (the identifying columns the outside dataset holds).
  public var outsideIdentifyingColumns: [String] {
    options.outsideIdColumns.compactMap { outside.column(matching: $0)?.name }
  }

  /// The number of outside records with the values of export record `record` (from 0); 0 for a
  /// record left out.
  public func outsideMatches(ofRecord record: Int) -> Int {
    let id = partition.classOfRecord[record]
    return id < 0 ? 0 : Int(outsideMatches[Int(id)])
  }

  /// The export records with exactly one outside match, in file order: the records an attacker
  /// holding the outside file puts a name on. `showValues` adds the outside record's
  /// identifying columns and the join values.
  public func findings(showValues: Bool = false) -> [LinkFinding] {
    let names = join.map(\.column)
    let idColumn = options.idColumn.flatMap { export.column(matching: $0) }
    let outsideIds = options.outsideIdColumns.compactMap { outside.column(matching: $0) }
    let joinColumns = names.compactMap { export.column(matching: $0) }
    var findings: [LinkFinding] = []
    for record in partition.classOfRecord.indices {
      let id = partition.classOfRecord[record]
      guard id >= 0, outsideMatches[Int(id)] == 1 else { continue }
      let outsideRecord = Int(firstOutsideRecord[Int(id)])
      let classSize = partition.classSizes[Int(id)]
      findings.append(
        LinkFinding(
          record: export.recordNumber(ofRecord: record), line: export.lines.line(ofRecord: record),
          outsideRecord: outside.recordNumber(ofRecord: outsideRecord),
          outsideLine: outside.lines.line(ofRecord: outsideRecord), classSize: classSize,
          reason: LinkFinding.reason(classSize: classSize, columns: names),
          id: idColumn.map { $0.dictionary.string(of: $0.codes[record]) },
          outsideValues: showValues
            ? outsideIds.map { $0.dictionary.string(of: $0.codes[outsideRecord]) } : nil,
          values: showValues
            ? joinColumns.map { $0.dictionary.string(of: $0.codes[record]) } : nil))
    }
    return findings
  }

  private static func warnings(export: Dataset, outside: Dataset, file: String, outsideFile: String)
    -> [String]
  {
    [(export, file), (outside, outsideFile)].compactMap { dataset, name in
      guard let first = dataset.skippedRecords.first else { return nil }
      return "\(name): skipped \(dataset.skippedRecords.count) records whose field count differs"
        + " from the header's (first: record \(first.record), line \(first.line))"
    }
  }
}
