/// The codes of one column, one per record, each stored in as few bytes as its dictionary
/// needs: 1 byte while the column has at most 256 distinct values, 2 bytes up to 65,536, else 4.
///
/// Reads as a collection of `Int32` codes, so that code written for `[Int32]` reads it
/// unchanged; the hot loops take the stored buffer itself (`withCodes`), one loop per width.
/// Appending or setting a code that does not fit widens the storage once, keeping every code.
///
/// With a gender column of 3 values, 10 million records take 10 MB instead of 40 MB; a ZIP
/// column of 40,000 values takes 20 MB. A column that gains its 257th value (code 256) moves
/// from 1 to 2 bytes per record. The widths are those of the unsigned integers that hold the
/// codes 0 ..< distinct count.
public struct CodeColumn: RandomAccessCollection, MutableCollection, Sendable, Equatable {
  /// Bytes per stored code.
  public enum Width: Int, Sendable, Comparable {
    case one = 1
    case two = 2
    case four = 4

    /// The narrowest width that holds the codes 0 ..< `distinct`: 256 values fit in one byte
    /// (codes 0…255), 257 need two; 65,536 fit in two, 65,537 need four.
    public init(distinct: Int) {
      self = distinct <= 1 << 8 ? .one : distinct <= 1 << 16 ? .two : .four
    }

    /// The narrowest width that holds `code`.
    init(code: Int32) { self.init(distinct: Int(code) + 1) }

    public static func < (lhs: Width, rhs: Width) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The stored codes, as one typed buffer: what a hot loop switches on once.
  public enum Buffer {
    case one(UnsafeBufferPointer<UInt8>)
    case two(UnsafeBufferPointer<UInt16>)
    case four(UnsafeBufferPointer<Int32>)
  }

  // One array in use, the one of `width`; the others stay empty. (Plain stored arrays, not an
  // enum's payloads: a payload bound to a variable is a second reference, and appending to it
  // would copy the whole array.)
  private var one: [UInt8] = []
  private var two: [UInt16] = []
  private var four: [Int32] = []
  /// Bytes per stored code.
  public private(set) var width: Width

  /// No codes, stored `width` bytes each until a code needs more.
  public init(width: Width = .one) { self.width = width }

  /// `codes` (each at least 0), stored at the width that the largest needs, or at
  /// `distinct`'s width when given (the dictionary's count, so that the largest need not be
  /// searched for).
  public init(_ codes: [Int32], distinct: Int? = nil) {
    width = distinct.map(Width.init(distinct:)) ?? Width(code: codes.max() ?? 0)
    switch width {
    case .one: one = codes.map { UInt8(truncatingIfNeeded: $0) }
    case .two: two = codes.map { UInt16(truncatingIfNeeded: $0) }
    case .four: four = codes
    }
  }

  /// `codes` as they are, 4 bytes each (no copy): for codes that are not a dictionary's, such
  /// as a lattice's generalized codes, which may be negative.
  public init(wide codes: [Int32]) {
    width = .four
    four = codes
  }

  /// The bytes the codes take (capacity not counted).
  public var byteCount: Int { count * width.rawValue }

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  public var count: Int {
    switch width {
    case .one: return one.count
    case .two: return two.count
    case .four: return four.count
    }
  }

  public subscript(position: Int) -> Int32 {
    get {
      switch width {
      case .one: return Int32(one[position])
      case .two: return Int32(two[position])
      case .four: return four[position]
      }
    }
    set {
      widen(toHold: newValue)
      switch width {
      case .one: one[position] = UInt8(truncatingIfNeeded: newValue)
      case .two: two[position] = UInt16(truncatingIfNeeded: newValue)
      case .four: four[position] = newValue
      }
    }
  }

  public static func == (lhs: CodeColumn, rhs: CodeColumn) -> Bool {
    lhs.elementsEqual(rhs)
  }

  /// Calls `body` with the stored codes.
  public func withCodes<Result>(_ body: (Buffer) throws -> Result) rethrows -> Result {
    switch width {
    case .one: return try one.withUnsafeBufferPointer { try body(.one($0)) }
    case .two: return try two.withUnsafeBufferPointer { try body(.two($0)) }
    case .four: return try four.withUnsafeBufferPointer { try body(.four($0)) }
    }
  }

  /// The codes rewritten as `map[code]` (each result in 0 ..< `distinct`), stored at the width
  /// `distinct` needs: [0, 2, 1] through [5, 6, 7] gives [5, 7, 6].
  public func mapped(through map: [Int32], distinct: Int) -> CodeColumn {
    map.withUnsafeBufferPointer { map in
      var result = CodeColumn(width: Width(distinct: distinct))
      result.reserveCapacity(count)
      func append<Code: FixedWidthInteger>(_ codes: UnsafeBufferPointer<Code>) {
        var block = [Int32](repeating: 0, count: Swift.min(4096, codes.count))
        var start = 0
        while start < codes.count {
          let end = Swift.min(start + block.count, codes.count)
          for index in start..<end { block[index - start] = map[Int(codes[index])] }
          block.withUnsafeBufferPointer {
            result.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<(end - start)]))
          }
          start = end
        }
      }
      withCodes { buffer in
        switch buffer {
        case .one(let codes): append(codes)
        case .two(let codes): append(codes)
        case .four(let codes): append(codes)
        }
      }
      return result
    }
  }

  /// The codes of the records whose `isKept` is true, in order, at the same width:
  /// [3, 1, 2] with [true, false, true] gives [3, 2].
  public func filtered(_ isKept: [Bool]) -> CodeColumn {
    func kept<Code>(_ codes: [Code]) -> [Code] {
      var result: [Code] = []
      result.reserveCapacity(isKept.count { $0 })
      for index in codes.indices where isKept[index] { result.append(codes[index]) }
      return result
    }
    var result = CodeColumn(width: width)
    switch width {
    case .one: result.one = kept(one)
    case .two: result.two = kept(two)
    case .four: result.four = kept(four)
    }
    return result
  }

  /// How many records hold each code 0 ..< `distinct`: [0, 2, 0] with 3 gives [2, 0, 1].
  public func recordsPerCode(distinct: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: distinct)
    counts.withUnsafeMutableBufferPointer { counts in
      func count<Code: FixedWidthInteger>(_ codes: UnsafeBufferPointer<Code>) {
        for code in codes { counts[Int(code)] += 1 }
      }
      withCodes { buffer in
        switch buffer {
        case .one(let codes): count(codes)
        case .two(let codes): count(codes)
        case .four(let codes): count(codes)
        }
      }
    }
    return counts
  }

  /// Makes room for `count` codes in all (at the current width).
  public mutating func reserveCapacity(_ count: Int) {
    switch width {
    case .one: one.reserveCapacity(count)
    case .two: two.reserveCapacity(count)
    case .four: four.reserveCapacity(count)
    }
  }

  /// Appends `codes` (each at least 0), widening first if the largest does not fit.
  public mutating func append(contentsOf codes: UnsafeBufferPointer<Int32>) {
    guard !codes.isEmpty else { return }
    var largest: Int32 = 0
    for code in codes { largest = Swift.max(largest, code) }
    widen(toHold: largest)
    switch width {
    case .one: one.append(contentsOf: codes.lazy.map { UInt8(truncatingIfNeeded: $0) })
    case .two: two.append(contentsOf: codes.lazy.map { UInt16(truncatingIfNeeded: $0) })
    case .four: four.append(contentsOf: codes)
    }
  }

  /// Appends `codes` (each at least 0), widening first if the largest does not fit.
  public mutating func append(contentsOf codes: [Int32]) {
    codes.withUnsafeBufferPointer { append(contentsOf: $0) }
  }

  /// Appends `code` (at least 0), widening first if it does not fit.
  public mutating func append(_ code: Int32) {
    widen(toHold: code)
    switch width {
    case .one: one.append(UInt8(truncatingIfNeeded: code))
    case .two: two.append(UInt16(truncatingIfNeeded: code))
    case .four: four.append(code)
    }
  }

  /// Stores the codes at least `width` bytes each.
  public mutating func widen(to width: Width) {
    guard width > self.width else { return }
    switch (self.width, width) {
    case (.one, .two): two = one.map(UInt16.init)
    case (.one, _): four = one.map(Int32.init)
    default: four = two.map(Int32.init)
    }
    one = []
    if width == .four { two = [] }
    self.width = width
  }

  private mutating func widen(toHold code: Int32) {
    if code > 0xFF && width == .one || code > 0xFFFF && width == .two {
      widen(to: Width(code: code))
    }
  }

  /// Rewrites each code `c` of the records in `range` as `map[c]`; every result must fit the
  /// width (widen first).
  mutating func rewrite(_ range: Range<Int>, through map: UnsafeBufferPointer<Int32>) {
    switch width {
    case .one:
      one.withUnsafeMutableBufferPointer { codes in
        for index in range { codes[index] = UInt8(truncatingIfNeeded: map[Int(codes[index])]) }
      }
    case .two:
      two.withUnsafeMutableBufferPointer { codes in
        for index in range { codes[index] = UInt16(truncatingIfNeeded: map[Int(codes[index])]) }
      }
    case .four:
      four.withUnsafeMutableBufferPointer { codes in
        for index in range { codes[index] = map[Int(codes[index])] }
      }
    }
  }
}

extension CodeColumn: ExpressibleByArrayLiteral {
  /// Codes written out, as in tests: `[0, 1, 0]`, stored 1 byte each.
  public init(arrayLiteral codes: Int32...) { self.init(codes) }
}
