extension ClassCounts {
  /// The most records class counts are expanded to (`records(...)`).
  public static let largestRecordCount = Int(Int32.max)

  /// The digest of a missing value: md5 of the empty text, or of an `--na` token.
  static func missingText(_ tokens: [String]) -> [MD5Digest: String] {
    Dictionary(
      ([""] + tokens).map { (MD5.digest(Array($0.utf8)), $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The text standing for a digest in the expanded dataset: the missing value's own text (so
  /// that the scan finds it missing as it would in the file), else "h" and the hex digits
  /// (never empty, never a number).
  static func standIn(_ digest: MD5Digest, missing: [MD5Digest: String]) -> String {
    missing[digest] ?? "h" + digest.hex
  }

  /// The records of these classes as a dataset of codes: class j becomes f_j records holding its
  /// digests, one column per quasi-identifier (named `quasiIdentifiers`) and one per sensitive
  /// column in `sensitive`, whose records hold the values of the class's (class, value) counts.
  /// Every figure of a scan depends on the records only through which of them share codes, so
  /// the scan of this dataset gives the figures of the file the counts were made from.
  ///
  /// Memory: 4 bytes per record and column (q quasi-identifiers and s sensitive columns:
  /// 4·(q + s) bytes a record), as for a CSV file's codes.
  func records(
    quasiIdentifiers: [String], sensitive: [String], missingTokens: [String], file: String
  )
    throws(ScanError) -> Dataset
  {
    let total = recordCount
    guard total <= Self.largestRecordCount else {
      throw ScanError(
        file: file,
        reason: "the class counts hold \(total) records, more than the \(Self.largestRecordCount)"
          + " a scan measures at once; merge fewer shards, or coarsen the quasi-identifiers")
    }
    let missing = Self.missingText(missingTokens)
    let width = quasiIdentifierCount
    var columns: [EncodedColumn] = []
    for qi in 0..<width {
      var dictionary = ValueDictionary(reservingValues: classCount, bytes: classCount * 33)
      var codes: [Int32] = []
      codes.reserveCapacity(total)
      var codeOfDigest: [MD5Digest: Int32] = [:]
      for classIndex in 0..<classCount {
        let digest = digests[classIndex * width + qi]
        let code: Int32
        if let known = codeOfDigest[digest] {
          code = known
        } else {
          code = dictionary.code(of: Array(Self.standIn(digest, missing: missing).utf8))
          codeOfDigest[digest] = code
        }
        codes.append(contentsOf: repeatElement(code, count: counts[classIndex]))
      }
      columns.append(
        EncodedColumn(
          requestedName: quasiIdentifiers[qi], name: quasiIdentifiers[qi], index: qi,
          dictionary: dictionary, codes: codes))
    }
    for (offset, name) in sensitive.enumerated() {
      guard let counted = self.sensitive.first(where: { $0.column == name }) else {
        throw ScanError(
          file: file,
          reason: "the class counts hold no counts of sensitive column \(MessageText.name(name));"
            + " have the engine count its values per class, or leave it out of --sensitive")
      }
      columns.append(
        counted.records(
          classCounts: counts, missing: missing, index: width + offset, total: total))
    }
    return Dataset(
      header: Header(names: quasiIdentifiers + sensitive), columns: columns, recordCount: total,
      skippedRecords: [], lines: LineIndex())
  }
}

extension SensitiveClassCounts {
  /// This column's values record by record, class after class as `ClassCounts.records` lays the
  /// classes out. A ranked value stands in as its rank ("2"; "2.0", "2.00"... for further
  /// values of the same rank, such as 2 and 2.0), so the scan orders the column as the file's
  /// numbers; another as "h" and its digest.
  func records(classCounts: [Int], missing: [MD5Digest: String], index: Int, total: Int)
    -> EncodedColumn
  {
    var dictionary = ValueDictionary()
    var codeOfDigest: [MD5Digest: Int32] = [:]
    var variantsOfRank: [Int: Int] = [:]
    var byClass = [[Int]](repeating: [], count: classCounts.count)
    for (position, entry) in entries.enumerated() { byClass[entry.classIndex].append(position) }
    var codes: [Int32] = []
    codes.reserveCapacity(total)
    for classEntries in byClass {
      for position in classEntries {
        let entry = entries[position]
        let code: Int32
        if let known = codeOfDigest[entry.value] {
          code = known
        } else {
          var text: String
          if let rank = entry.rank, missing[entry.value] == nil {
            let variant = variantsOfRank[rank, default: 0]
            variantsOfRank[rank] = variant + 1
            text = String(rank)
            if variant > 0 { text += "." + String(repeating: "0", count: variant) }
          } else {
            text = ClassCounts.standIn(entry.value, missing: missing)
          }
          code = dictionary.code(of: Array(text.utf8))
          codeOfDigest[entry.value] = code
        }
        codes.append(contentsOf: repeatElement(code, count: entry.count))
      }
    }
    return EncodedColumn(
      requestedName: column, name: column, index: index, dictionary: dictionary, codes: codes)
  }
}
