/// Infers a column's `ValueType` from its distinct values, each weighted by the records that
/// hold it.
///
/// A type fits a column when at least 90% of the non-missing records examined have a value of
/// that shape, so a few typos do not hide an e-mail column. Types are tried in the order of
/// `ValueType`; the text types (free text, code, categorical) decide among what is left.
struct ValueInference {
  /// The inferred type.
  var type: ValueType
  /// The share of examined non-missing records whose value fits `type` (1 for text types).
  var share: Double
  /// For digests: "MD5", "SHA-1" or "SHA-256" (the most common). For codes: whether the values
  /// are version-4 UUIDs without dashes.
  var detail: String?

  static let fitShare = 0.9

  /// `counts[code]` records hold each value; `isMissing[code]` marks missing values;
  /// `isZipHeader`: the header names a ZIP code or postcode; `isTimeHeader`: it says time or
  /// ends in `_at`, so that 9- and 10-digit integers are read as epoch seconds.
  init(
    dictionary: ValueDictionary, counts: [Int], isMissing: [Bool], isZipHeader: Bool,
    isTimeHeader: Bool = false
  ) {
    let examined = (0..<min(dictionary.count, ColumnNormaliser.evidenceLimit)).filter {
      !isMissing[$0]
    }
    let total = examined.reduce(0) { $0 + counts[$1] }
    guard total > 0 else {
      self.init(type: .empty, share: 1, detail: nil)
      return
    }
    func share(_ fits: (ArraySlice<UInt8>) -> Bool) -> Double {
      Double(examined.reduce(0) { $0 + (fits(dictionary.bytes(of: Int32($1))) ? counts[$1] : 0) })
        / Double(total)
    }
    // digests, unless they are UUIDs without dashes
    let digestShare = share { ValuePatterns.digest($0) != nil }
    if digestShare >= Self.fitShare {
      if share(ValuePatterns.isUndashedUUID) >= Self.fitShare {
        self.init(type: .code, share: digestShare, detail: "UUID")
        return
      }
      var algorithms: [String: Int] = [:]
      for code in examined {
        if let name = ValuePatterns.digest(dictionary.bytes(of: Int32(code))) {
          algorithms[name, default: 0] += counts[code]
        }
      }
      self.init(
        type: .digest, share: digestShare, detail: algorithms.max { $0.value < $1.value }?.key)
      return
    }
    let checks: [(ValueType, (ArraySlice<UInt8>) -> Bool)] = [
      (.email, ValuePatterns.isEmail), (.url, ValuePatterns.isURL),
      (.ipAddress, ValuePatterns.isIPAddress),
      (.nationalID, ValuePatterns.isNationalID),
      (.timestamp, { ValuePatterns.isTimestamp($0, epochSeconds: isTimeHeader) }),
      (.date, { CalendarDate(parsing: $0) != nil }),
    ]
    for (type, fits) in checks {
      let fraction = share(fits)
      if fraction >= Self.fitShare {
        self.init(type: type, share: fraction, detail: nil)
        return
      }
    }
    if let zip = Self.zipShare(
      share, dictionary: dictionary, examined: examined, isZipHeader: isZipHeader)
    {
      self.init(type: .zip, share: zip, detail: nil)
      return
    }
    for (type, fits) in [
      (ValueType.phone, ValuePatterns.isPhone), (.integer, ValuePatterns.isInteger),
      (.decimal, { ValuePatterns.isDecimal($0) || ValuePatterns.isInteger($0) }),
    ] as [(ValueType, (ArraySlice<UInt8>) -> Bool)] {
      let fraction = share(fits)
      if fraction >= Self.fitShare {
        self.init(type: type, share: fraction, detail: nil)
        return
      }
    }
    self.init(
      type: Self.textType(dictionary: dictionary, counts: counts, examined: examined, total: total),
      share: 1, detail: nil)
  }

  private init(type: ValueType, share: Double, detail: String?) {
    self.type = type
    self.share = share
    self.detail = detail
  }

  /// ZIP codes: UK postcodes; or 5-digit / ZIP+4 values (3 to 5 digits when the header says
  /// ZIP, for codes that lost their leading zeros) where the header says ZIP or some value keeps
  /// a leading zero or a +4 (a bare 5-digit number is otherwise an integer).
  private static func zipShare(
    _ share: ((ArraySlice<UInt8>) -> Bool) -> Double, dictionary: ValueDictionary, examined: [Int],
    isZipHeader: Bool
  ) -> Double? {
    let uk = share(ValuePatterns.isUKPostcode)
    if uk >= fitShare { return uk }
    let us = share {
      ValuePatterns.isUSZip($0)
        || (isZipHeader && (3...4).contains($0.count) && $0.allSatisfy(ValuePatterns.isDigit))
    }
    guard us >= fitShare else { return nil }
    if isZipHeader { return us }
    let zeroOrPlusFour = examined.contains { code in
      let value = dictionary.bytes(of: Int32(code))
      return ValuePatterns.isUSZip(value) && (value.first == UInt8(ascii: "0") || value.count == 10)
    }
    return zeroOrPlusFour ? us : nil
  }

  /// Free text when values are long or wordy (average of 30 bytes or 5 words, or line breaks in
  /// a tenth of them); a code when nine in ten have no space and at least half the records hold
  /// a value of their own; categorical otherwise.
  private static func textType(
    dictionary: ValueDictionary, counts: [Int], examined: [Int], total: Int
  ) -> ValueType {
    var bytes = 0
    var words = 0
    var breaks = 0
    var spaceless = 0
    var single = 0
    for code in examined {
      let value = dictionary.bytes(of: Int32(code))
      let count = counts[code]
      bytes += value.count * count
      words += (value.split(separator: 0x20).count) * count
      if value.contains(0x0A) { breaks += count }
      if !value.contains(0x20) { spaceless += count }
      if count == 1 { single += 1 }
    }
    let records = Double(total)
    if Double(bytes) / records >= 30 || Double(words) / records >= 5
      || Double(breaks) / records >= 0.1
    {
      return .freeText
    }
    if Double(spaceless) / records >= 0.9 && Double(single) / records >= 0.5 { return .code }
    return .categorical
  }
}
