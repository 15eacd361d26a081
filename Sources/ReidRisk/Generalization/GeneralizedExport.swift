/// The export `generalize` writes: the quasi-identifier columns generalized, the records still
/// in classes smaller than K removed (or masked), chosen columns left out; every other field
/// exactly the bytes it had, the header and the order of columns and records kept.
///
/// Built from a dataset holding every column of the file. The figures (`report`) are those of
/// the written records, grouped on the written quasi-identifier values: without `--mask`, k is
/// at least K; with it, the records masked to `*` form a class of their own, which may be
/// smaller than K (or join records already `*` everywhere).
public struct GeneralizedExport: Sendable {
  public let report: GeneralizeReport
  /// The header positions written, in order.
  let keptIndices: [Int]
  /// The written codes of each quasi-identifier, by header position.
  let quasiIdentifierColumns: [Int: EncodedColumn]
  let isKept: [Bool]
  let header: Header

  public init(dataset: Dataset, file: String, options: GeneralizeOptions) throws(ScanError) {
    let header = dataset.header
    func column(at index: Int) -> EncodedColumn? { dataset.columns.first { $0.index == index } }
    self.header = header
    let qiIndices: [Int]
    let dropIndices: [Int]
    do {
      qiIndices = try header.indices(of: options.quasiIdentifiers, file: file)
      dropIndices = try header.indices(of: options.drop, file: file)
    } catch {
      throw ScanError(file: file, reason: error.description.droppingFilePrefix(file))
    }
    var dropped = Set(dropIndices)
    if options.dropsDirectIdentifiers {
      let direct = Set(
        ColumnProfile.directIdentifiers(
          ColumnProfile.profiles(of: dataset, missingTokens: options.missingTokens)))
      for (index, name) in header.names.enumerated() where direct.contains(name) {
        dropped.insert(index)
      }
    }
    if let both = qiIndices.first(where: dropped.contains) {
      throw ScanError(
        file: file,
        reason: "\(quoted(header.names[both])) is a quasi-identifier and a column to drop;"
          + " generalize it to :* to keep the column, or leave it out of --qi")
    }
    // generalize the quasi-identifiers
    var finalColumns: [Int: EncodedColumn] = [:]
    var notes: [GeneralizationNote] = []
    for (position, index) in qiIndices.enumerated() {
      guard let original = column(at: index) else { continue }
      let name = options.quasiIdentifiers[position]
      if let level = options.generalizations[name] {
        do {
          let generalized = try original.generalized(level, missingTokens: options.missingTokens)
          finalColumns[index] = generalized.column
          notes.append(GeneralizationNote(generalized))
        } catch {
          throw ScanError(file: file, reason: error.description)
        }
      } else {
        finalColumns[index] = original
      }
    }
    let recordCount = dataset.recordCount
    var isKept = [Bool](repeating: true, count: recordCount)
    var masked = 0
    var suppressed = 0
    if let k = options.suppressBelow {
      let qiColumns = qiIndices.compactMap { finalColumns[$0] }
      let partition = Partition(
        columns: qiColumns.map(\.codes), distinctValues: qiColumns.map(\.dictionary.count))
      let isSmall = (0..<recordCount).map { partition.classSize(ofRecord: $0) < k }
      if options.masks {
        for index in qiIndices {
          guard let column = finalColumns[index] else { continue }
          var dictionary = column.dictionary
          let star = dictionary.code(of: Array("*".utf8))
          var codes = column.codes
          for record in codes.indices where isSmall[record] { codes[record] = star }
          finalColumns[index] = EncodedColumn(
            requestedName: column.requestedName, name: column.name, index: column.index,
            dictionary: dictionary, codes: codes)
        }
        masked = isSmall.count { $0 }
      } else {
        isKept = isSmall.map { !$0 }
        suppressed = isSmall.count { $0 }
      }
    }
    // the figures of the written records
    let written = qiIndices.compactMap { finalColumns[$0] }.map { column in
      column.codes.indices.filter { isKept[$0] }.map { column.codes[$0] }
    }
    let histogram = Partition(
      columns: written, distinctValues: qiIndices.compactMap { finalColumns[$0]?.dictionary.count }
    ).histogram
    keptIndices = header.names.indices.filter { !dropped.contains($0) }
    quasiIdentifierColumns = finalColumns
    self.isKept = isKept
    report = GeneralizeReport(
      file: file, recordsRead: recordCount, recordsWritten: recordCount - suppressed,
      recordsSuppressed: suppressed, recordsMasked: masked, masks: options.masks,
      suppressBelow: options.suppressBelow,
      quasiIdentifiers: QuasiIdentifierSpec.text(
        options.quasiIdentifiers.map {
          .init(name: $0, generalization: options.generalizations[$0])
        }),
      columnsWritten: keptIndices.count,
      columnsDropped: header.names.indices.filter(dropped.contains).map { header.names[$0] },
      k: histogram.smallestClass, classes: histogram.classCount,
      sampleUniques: histogram.classes(ofSize: 1), generalizations: notes)
  }

  /// The export of the file `bytes` (the whole file, for tests and small inputs).
  public func csv(
    of bytes: [UInt8], file: String, delimiter: UInt8, isStrict: Bool = true
  ) throws(ScanError) -> [UInt8] {
    let writer = try GeneralizedExportWriter(
      export: self, file: file, delimiter: delimiter, isStrict: isStrict)
    let failure: ScanError? = bytes.withUnsafeBytes { buffer in
      do throws(ScanError) { try writer.consume(buffer) } catch { return error }
      return nil
    }
    if let failure { throw failure }
    return try writer.finish()
  }
}

extension String {
  fileprivate func droppingFilePrefix(_ file: String) -> String {
    hasPrefix(file + ": ") ? String(dropFirst(file.count + 2)) : self
  }
}
