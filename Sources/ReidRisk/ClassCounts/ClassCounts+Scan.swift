extension ClassCounts {
  /// The class counts of the file `scan` measured, hashed as an engine hashes them, for
  /// `scan --emit-class-counts`: its quasi-identifiers as grouped (normalised and generalized
  /// when asked), every class (also those `--missing exclude` leaves out, with their masks),
  /// and for each sensitive column its (class, value) counts, ranked when the column is
  /// numeric. `metadata` records the settings that made the classes.
  public init(scan: Scan, metadata: ClassCountsMetadata) {
    let quasiIdentifiers = scan.quasiIdentifiers
    let tokens = metadata.missingTokens
    let isMissing = quasiIdentifiers.map { $0.missingCodes(tokens: tokens) }
    let partition = Partition(
      columns: quasiIdentifiers.map(\.codes), policy: .value,
      distinctValues: quasiIdentifiers.map(\.dictionary.count))
    let width = quasiIdentifiers.count
    self.init(quasiIdentifierCount: width, metadata: metadata)
    // The digest of each code of each quasi-identifier, hashed once per distinct value.
    let digestOfCode = quasiIdentifiers.map { column in
      (0..<Int32(column.dictionary.count)).map { MD5.digest(column.dictionary.bytes(of: $0)) }
    }
    for record in partition.representative {
      var mask: UInt64 = 0
      for (qi, column) in quasiIdentifiers.enumerated() {
        let code = Int(column.codes[record])
        digests.append(digestOfCode[qi][code])
        if isMissing[qi][code] { mask |= 1 << UInt64(qi) }
      }
      masks.append(mask)
    }
    counts = partition.classSizes
    for risk in scan.sensitiveAttributes {
      guard let column = scan.dataset.columns.first(where: { $0.name == risk.summary.column })
      else { continue }
      sensitive.append(
        SensitiveClassCounts(partition: partition, column: column, missingTokens: tokens))
    }
  }

  /// The counts as CSV: the metadata's `# ` lines, the header, a row per class, then a row per
  /// (class, sensitive value).
  public var csv: String {
    var text = metadata?.lines ?? ""
    let hasSensitive = !sensitive.isEmpty
    text += hasSensitive ? "key,missing,count,sensitive,value,rank\n" : "key,missing,count\n"
    let tail = hasSensitive ? ",,,\n" : "\n"
    for index in 0..<classCount {
      text += keyHex(ofClass: index) + ",\(masks[index]),\(counts[index])" + tail
    }
    for column in sensitive {
      let name = Self.csvField(column.column)
      for entry in column.entries {
        text +=
          keyHex(ofClass: entry.classIndex) + ",\(masks[entry.classIndex]),\(entry.count),"
          + name + "," + entry.value.hex + "," + (entry.rank.map(String.init) ?? "") + "\n"
      }
    }
    return text
  }

  /// The key of class `index`: its digests' hex, concatenated.
  public func keyHex(ofClass index: Int) -> String {
    key(ofClass: index).map(\.hex).joined()
  }

  private static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension SensitiveClassCounts {
  /// The (class, value) counts of `column` over `partition`'s classes; a numeric column's
  /// values ranked as the ordered distance orders them (equal numbers one rank, from 1).
  init(partition: Partition, column: EncodedColumn, missingTokens: [String]) {
    let counted = ClassValueCounts(
      classOfRecord: partition.classOfRecord, classCount: partition.classCount,
      codes: column.codes, valueCount: column.dictionary.count)
    let isMissing = column.missingCodes(tokens: missingTokens)
    let order = SensitiveValueOrder(
      dictionary: column.dictionary, valueTotals: counted.valueTotals, isMissing: isMissing)
    let digests = (0..<Int32(column.dictionary.count)).map {
      MD5.digest(column.dictionary.bytes(of: $0))
    }
    var entries: [Entry] = []
    for classIndex in 0..<counted.classCount {
      for position in counted.entries(ofClass: classIndex) {
        let code = Int(counted.codes[position])
        let rank = order.flatMap { isMissing[code] ? nil : Int($0.rankOfCode[code]) + 1 }
        entries.append(
          Entry(
            classIndex: classIndex, value: digests[code], rank: rank,
            count: Int(counted.counts[position])))
      }
    }
    self.init(column: column.name, entries: entries)
  }
}
