/// What a quick look at a piece of CSV says about how it must be tokenized, found sixteen bytes
/// at a time before libcsv reads it.
///
/// - `hasEdgeSpaces`: some field, outside quotes, starts or ends with a space or tab (or a
///   quoted field has one before or after its quotes). libcsv trims those by default, and values
///   must be exact bytes, so only then does the tokenizer need its slower space rule.
/// - `quotedLineFeeds`: the line feeds inside quoted fields. libcsv reports the line feeds that
///   end records; with these, the tokenizer knows the line each record starts on without
///   searching every field for line feeds.
///
/// The bytes must start at a record boundary. Quotes are tracked by parity, as in
/// `RecordBoundaries`; a stray quote makes the parity wrong from there on, but strict parsing
/// then fails at that quote, before the fields it could affect.
struct CSVSurvey {
  /// Where a space at a field edge was first seen (at or before it), if anywhere.
  private var firstEdgeSpace: Int?
  var hasEdgeSpaces: Bool { firstEdgeSpace != nil }
  /// Each line feed inside a quoted field, as the number of line feeds outside quotes before it.
  private(set) var quotedLineFeeds: [Int] = []
  /// Where the last complete record ends: just past the last line feed outside quotes (0 when
  /// there is none).
  private(set) var lastBoundary = 0
  /// Line feeds outside quotes so far.
  private var lineFeeds = 0

  /// Surveys `bytes`; with `isEndOfFile`, a space as their last byte ends the last field.
  init(_ bytes: UnsafeRawBufferPointer, delimiter: UInt8, isEndOfFile: Bool = true) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    let classes = ByteClasses(delimiter: delimiter)
    let count = bytes.count
    var inQuotes = false
    // Block by block while a block and the byte before it can be loaded whole; the first byte,
    // blocks with a quote, and the tail one byte at a time.
    var position = 0
    // Unchecked: `position` + 16 stays at most `count`, a buffer's length; `lineFeeds` counts
    // bytes of it.
    if count > 16 {
      look(base, count, 0..<1, classes, &inQuotes, isEndOfFile)
      position = 1
      while position &+ 16 <= count {
        let block = base.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
        if isAny(block .== classes.quote) {
          lookAtQuotes(base, count, position, block, classes, &inQuotes, isEndOfFile)
          position &+= 16
          continue
        }
        let feeds = block .== classes.lineFeed
        let feedCount = isAny(feeds) ? trueLanes(feeds) : 0
        if inQuotes {
          for _ in 0..<feedCount { quotedLineFeeds.append(lineFeeds) }
        } else {
          if feedCount > 0 {
            lineFeeds &+= feedCount
            lastBoundary = position &+ lastTrueLane(feeds) &+ 1
          }
          if !hasEdgeSpaces {
            let before = base.loadUnaligned(
              fromByteOffset: position &- 1, as: SIMD16<UInt8>.self)
            let edges =
              (classes.isSpace(block) .& classes.isSeparator(before))
              .| (classes.isSeparator(block) .& classes.isSpace(before))
            if isAny(edges) { firstEdgeSpace = position }
          }
        }
        position &+= 16
      }
    }
    look(base, count, position..<count, classes, &inQuotes, isEndOfFile)
    // A space as the file's last byte ends its last field, also where a block read it (found
    // by fuzzing).
    if isEndOfFile && !inQuotes
      && classes.isSpace(base.load(fromByteOffset: count - 1, as: UInt8.self))
    {
      firstEdgeSpace = firstEdgeSpace ?? count - 1
    }
  }

  /// Forgets what lies past `lastBoundary`, a record cut off at the end of the bytes, which the
  /// next bytes will complete.
  mutating func endAtLastBoundary() {
    while let last = quotedLineFeeds.last, last == lineFeeds { quotedLineFeeds.removeLast() }
    if let edge = firstEdgeSpace, edge >= lastBoundary { firstEdgeSpace = nil }
  }

  /// Looks at the sixteen bytes at `position` (at least 1), which hold a quote, as bit masks:
  /// lane i lies inside quotes when the quotes up to it, and the state before the block, are
  /// odd (a prefix XOR of the quote mask).
  private mutating func lookAtQuotes(
    _ base: UnsafeRawPointer, _ count: Int, _ position: Int, _ block: SIMD16<UInt8>,
    _ classes: ByteClasses, _ inQuotes: inout Bool, _ isEndOfFile: Bool
  ) {
    var parity = bits(block .== classes.quote)
    parity ^= parity << 1
    parity ^= parity << 2
    parity ^= parity << 4
    parity ^= parity << 8
    let inside = (inQuotes ? ~parity : parity) & 0xFFFF
    var feeds = bits(block .== classes.lineFeed)
    while feeds != 0 {
      let lane = feeds.trailingZeroBitCount
      feeds &= feeds &- 1
      if inside & (1 << UInt32(lane)) != 0 {
        quotedLineFeeds.append(lineFeeds)
      } else {
        lineFeeds &+= 1
        lastBoundary = position &+ lane &+ 1
      }
    }
    if !hasEdgeSpaces {
      let spaces = bits(classes.isSpace(block)) & ~inside
      let separators = bits(classes.isSeparator(block))
      let previous = base.load(fromByteOffset: position &- 1, as: UInt8.self)
      // A space just before the block, outside quotes, and a separator outside them in lane 0:
      // the block before, without quotes, left this pair to this one (found by fuzzing).
      if separators & ~inside & 1 != 0 && classes.isSpace(previous) && !inQuotes {
        firstEdgeSpace = position &- 1
      } else if spaces != 0 {
        let end = position &+ 16
        let before = (separators << 1 | (classes.isSeparator(previous) ? 1 : 0)) & 0xFFFF
        var after = separators >> 1
        if end < count {
          if classes.isSeparator(base.load(fromByteOffset: end, as: UInt8.self)) {
            after |= 0x8000
          }
        } else if isEndOfFile {
          after |= 0x8000  // a space as the file's last byte ends its last field
        }
        if spaces & (before | after) != 0 { firstEdgeSpace = position }
      }
    }
    inQuotes = inside & 0x8000 != 0
  }

  /// Looks at `range` one byte at a time.
  private mutating func look(
    _ base: UnsafeRawPointer, _ count: Int, _ range: Range<Int>, _ classes: ByteClasses,
    _ inQuotes: inout Bool, _ isEndOfFile: Bool
  ) {
    for position in range {
      let byte = base.load(fromByteOffset: position, as: UInt8.self)
      if byte == classes.quoteByte {
        inQuotes.toggle()
      } else if inQuotes {
        if byte == 0x0A { quotedLineFeeds.append(lineFeeds) }
      } else if classes.isSpace(byte) {
        let isLastByte = position == count - 1
        if position == 0 || (isLastByte && isEndOfFile)
          || classes.isSeparator(base.load(fromByteOffset: position - 1, as: UInt8.self))
          || (!isLastByte
            && classes.isSeparator(base.load(fromByteOffset: position + 1, as: UInt8.self)))
        {
          firstEdgeSpace = firstEdgeSpace ?? position
        }
      } else if classes.isSeparator(byte) {
        if byte == 0x0A {
          lineFeeds += 1
          lastBoundary = position + 1
        }
        if position > 0 && classes.isSpace(base.load(fromByteOffset: position - 1, as: UInt8.self))
        {
          firstEdgeSpace = firstEdgeSpace ?? position
        }
      }
    }
  }
}

/// Whether any lane of a comparison is true.
@inline(__always)
func isAny(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
  let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
  return words[0] | words[1] != 0
}

/// The last lane of a comparison that is true; there must be one.
@inline(__always)
func lastTrueLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
  let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
  return words[1] != 0
    ? 8 + (63 - words[1].leadingZeroBitCount) / 8 : (63 - words[0].leadingZeroBitCount) / 8
}

/// How many lanes of a comparison are true (each true lane is 0xFF).
@inline(__always)
func trueLanes(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
  let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
  let ones: UInt64 = 0x0101_0101_0101_0101
  // Summing the bytes of a word of 0/1 bytes: the top byte of the product.
  return Int(((words[0] & ones) &* ones) >> 56 + ((words[1] & ones) &* ones) >> 56)
}

/// The bytes that matter to `CSVSurvey` and `RecordCuts`, as single bytes and as sixteen-byte
/// splats.
struct ByteClasses {
  let quoteByte: UInt8 = 0x22
  let quote = SIMD16<UInt8>(repeating: 0x22)
  let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
  let carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
  let delimiterByte: UInt8
  let delimiter: SIMD16<UInt8>
  /// libcsv's spaces: space and tab, unless one of them is the delimiter.
  let spaceBytes: (UInt8, UInt8)
  let spaces: (SIMD16<UInt8>, SIMD16<UInt8>)

  init(delimiter: UInt8) {
    delimiterByte = delimiter
    self.delimiter = SIMD16(repeating: delimiter)
    let space: UInt8 = 0x20
    let tab: UInt8 = 0x09
    spaceBytes =
      switch delimiter {
      case space: (tab, tab)
      case tab: (space, space)
      default: (space, tab)
      }
    spaces = (SIMD16(repeating: spaceBytes.0), SIMD16(repeating: spaceBytes.1))
  }

  @inline(__always) func isSpace(_ byte: UInt8) -> Bool {
    byte == spaceBytes.0 || byte == spaceBytes.1
  }

  @inline(__always) func isSeparator(_ byte: UInt8) -> Bool {
    byte == delimiterByte || byte == 0x0A || byte == 0x0D
  }

  @inline(__always) func isSpace(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
    (block .== spaces.0) .| (block .== spaces.1)
  }

  @inline(__always) func isSeparator(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
    (block .== delimiter) .| (block .== lineFeed) .| (block .== carriageReturn)
  }
}
