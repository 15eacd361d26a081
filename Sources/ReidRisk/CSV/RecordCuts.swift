/// Where each record of a piece of CSV can be cut short: after the last field that is needed,
/// so that libcsv reads only the bytes before the cut and the rest of the record is skipped.
///
/// A cut leaves out `bytes[prefixEnd..<resumeAt]`: from the delimiter that ends the last
/// needed field up to the record's line end (which libcsv still reads, so that the record ends
/// and its line is counted), together with `skippedFields` fields. With fields 0 and 1 needed
/// of `a,b,"c,d",e\n`, the cut is at the second comma (prefixEnd 3), resumes at the line feed
/// (resumeAt 11) and skips 2 fields: libcsv reads `a,b` then `\n`. When the first needed
/// field is not the record's first, the cut's `lead` also leaves out the fields before it:
/// with field 2 needed of `a,b,"c,d",e\n`, libcsv reads `"c,d"` (from 4 to 9) then `\n`.
///
/// The bytes are walked sixteen at a time as bit masks of quotes, delimiters and line ends
/// (CR or LF). Which bytes lie inside quotes is the running parity of the quotes (each lane's
/// parity a prefix XOR of the quote mask); a `""` inside a quoted field toggles twice. A record
/// is cut only when it is clean: every quote where strict libcsv accepts it, exactly
/// `fieldCount` fields, a line end, fewer than `maximumRecordBytes` bytes, and a byte before
/// the cut (libcsv must see the record start). A quote that opens a field must follow a
/// delimiter, a line end or the first quote of a `""`; one that closes it must be followed by
/// a delimiter, a line end or the second quote of a `""`: otherwise strict libcsv fails there
/// (`ab"c`, `"ab"c`, `"ab" ,` with spaces kept as bytes; where the survey finds no space at a
/// field edge, libcsv's trimming rule fails at the same quotes). At the first misplaced quote
/// the walk stops: nothing from the record that holds it on is cut, and libcsv reads it whole
/// with spaces kept (the bytes after the quote are not searched for edge spaces), so it
/// reports the same error, record and line as a whole read.
struct RecordCuts {
  struct Cut: Equatable {
    var prefixEnd: Int
    var resumeAt: Int
    var skippedFields: Int
    /// The fields before the first needed one, left out too; nil: the record is read from its
    /// start.
    var lead: Lead? = nil
  }

  /// The leading fields a cut leaves out: `bytes[recordStart..<neededStart]`, `fields` of them.
  struct Lead: Equatable {
    var recordStart: Int
    var neededStart: Int
    var fields: Int
  }

  /// The cuts in file order.
  private(set) var cuts: [Cut] = []
  /// The bytes the cuts leave out.
  private(set) var skippedBytes = 0
  /// As `CSVSurvey.quotedLineFeeds`: each line feed inside a quoted field, as the number of
  /// line feeds outside quotes before it (up to a misplaced quote, where strict parsing ends).
  private(set) var quotedLineFeeds: [Int] = []
  /// As `CSVSurvey.hasEdgeSpaces`, or true where that is false (a space at the very end of
  /// the bytes counts as an edge): libcsv's trimming rule is used only where it trims nothing.
  private(set) var hasEdgeSpaces = false

  /// Whether the bytes hold a carriage return (true as well where the walk
  /// stopped at a misplaced quote: the rest is not known). With quoted line feeds, it makes
  /// their lines ambiguous (`ReaderLane.run`).
  private(set) var hasCarriageReturn = false

  /// Records longer than this are read whole: libcsv then sees any field too large to accept.
  static let maximumRecordBytes = 1 << 20

  /// Finds the cuts of `bytes`, which start at a record boundary. `firstNeededField` and
  /// `lastNeededField` are the indices of the first and the last field that must be read
  /// (fields before and after them are skipped).
  init(
    _ bytes: UnsafeRawBufferPointer, delimiter: UInt8, fieldCount: Int, firstNeededField: Int = 0,
    lastNeededField: Int
  ) {
    let skipsTrailing = lastNeededField + 1 < fieldCount
    guard let base = bytes.baseAddress, skipsTrailing || firstNeededField > 0,
      firstNeededField <= lastNeededField, lastNeededField < fieldCount
    else { return }
    let count = bytes.count
    let quote = SIMD16<UInt8>(repeating: 0x22)
    let delimiters = SIMD16<UInt8>(repeating: delimiter)
    let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
    let carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
    let classes = ByteClasses(delimiter: delimiter)
    // The cut is at the delimiter that ends this many fields (at the line end when the last
    // field is needed); the needed bytes start after the delimiter that ends `leadFields`.
    let cutField = skipsTrailing ? lastNeededField + 1 : Int.max
    let leadFields = firstNeededField
    var lineFeedsOutside = 0
    var recordStart = 0
    var fieldsEnded = 0
    var cutAt = -1
    var neededStart = leadFields == 0 ? 0 : -1
    /// Whether the byte before the block lies inside quotes.
    var inQuotes = false
    /// Whether the byte before the block is a delimiter, a line end or a quote (at the start:
    /// a record boundary).
    var afterSeparatorOrQuote = true

    @inline(__always) func endRecord(at position: Int) {
      if position != recordStart {  // else an empty line, or the LF of a CR LF
        let fields = fieldsEnded &+ 1
        let prefixEnd = skipsTrailing ? cutAt : position
        // libcsv must see a byte of the record: from its start when the needed bytes are empty.
        let lead =
          leadFields > 0 && prefixEnd > neededStart
          ? Lead(recordStart: recordStart, neededStart: neededStart, fields: leadFields) : nil
        if prefixEnd > recordStart && fields == fieldCount
          && position &- recordStart < Self.maximumRecordBytes && (lead != nil || skipsTrailing)
        {
          cuts.append(
            Cut(
              prefixEnd: prefixEnd, resumeAt: position,
              skippedFields: skipsTrailing ? fields &- cutField : 0, lead: lead))
          skippedBytes &+= position &- prefixEnd
          if let lead { skippedBytes &+= lead.neededStart &- lead.recordStart }
        }
      }
      recordStart = position &+ 1
      fieldsEnded = 0
      cutAt = -1
      neededStart = leadFields == 0 ? recordStart : -1
    }

    /// Counts the delimiters outside quotes, and ends the records at the line ends.
    @inline(__always) func walk(_ delimiters: UInt32, _ ends: UInt32, at position: Int) {
      var events = delimiters | ends
      while events != 0 {
        let lane = events.trailingZeroBitCount
        events &= events &- 1
        let at = position &+ lane
        if ends & (1 << UInt32(lane)) != 0 {
          endRecord(at: at)
        } else {
          fieldsEnded &+= 1
          if fieldsEnded == leadFields { neededStart = at &+ 1 }
          if fieldsEnded == cutField { cutAt = at }
        }
      }
    }

    /// Whether a space or tab outside quotes touches a delimiter or line end (`separators`,
    /// as bits) in the `lanes` bytes at `position`.
    @inline(__always) func findEdgeSpaces(
      _ block: SIMD16<UInt8>, outside: UInt32, separators: UInt32, lanes: Int, at position: Int
    ) {
      // A space just before the block, outside quotes, and a separator outside them in lane 0.
      if position > 0 && separators & outside & 1 != 0
        && classes.isSpace(base.load(fromByteOffset: position &- 1, as: UInt8.self))
      {
        hasEdgeSpaces = true
      }
      let spaceMask = classes.isSpace(block)
      guard isAny(spaceMask) else { return }
      let spaces = bits(spaceMask) & outside
      guard spaces != 0 else { return }
      let end = position &+ lanes
      let previous =
        position == 0
        || classes.isSeparator(base.load(fromByteOffset: position &- 1, as: UInt8.self))
      let next = end >= count || classes.isSeparator(base.load(fromByteOffset: end, as: UInt8.self))
      let before = separators << 1 | (previous ? 1 : 0)
      let after = separators >> 1 | (next ? 1 << UInt32(lanes &- 1) : 0)
      if spaces & (before | after) != 0 { hasEdgeSpaces = true }
    }

    /// Records the line feeds of a block (as bits) inside and outside quotes, in order.
    @inline(__always) func countLineFeeds(_ feeds: UInt32, inside: UInt32) {
      var feeds = feeds
      while feeds != 0 {
        let lane = feeds.trailingZeroBitCount
        feeds &= feeds &- 1
        if inside & (1 << UInt32(lane)) != 0 {
          quotedLineFeeds.append(lineFeedsOutside)
        } else {
          lineFeedsOutside &+= 1
        }
      }
    }

    var position = 0
    // Unchecked: `position` stays below `count`, a buffer's length; counts are of its bytes.
    while position < count {
      let lanes = min(16, count &- position)
      let block: SIMD16<UInt8>
      if lanes == 16 {
        block = base.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
        // Most blocks hold no quote and no line end: inside quotes they change nothing; outside,
        // only the count of delimiters, unless the cut falls in them. (No bit masks here: the
        // baseline x86-64 target has no popcount instruction.)
        if !isAny(block .== quote) && !isAny((block .== lineFeed) .| (block .== carriageReturn)) {
          if inQuotes {
            afterSeparatorOrQuote = block[15] == delimiter
            position &+= 16
            continue
          }
          let separators = block .== delimiters
          let found = isAny(separators) ? trueLanes(separators) : 0
          if !hasEdgeSpaces && isAny(classes.isSpace(block)) {
            if position == 0 {
              findEdgeSpaces(
                block, outside: 0xFFFF, separators: bits(separators), lanes: 16, at: position)
            } else {
              // All outside quotes: a space beside a delimiter, here or across the byte
              // before (the pair across the block's end is the next block's to find).
              let before = base.loadUnaligned(fromByteOffset: position &- 1, as: SIMD16<UInt8>.self)
              let edges =
                (classes.isSpace(block) .& classes.isSeparator(before))
                .| (separators .& classes.isSpace(before))
              // A space that ends the bytes is an edge too: no next block will see it (found
              // by fuzzing: a record of 64 bytes ending the file in a space, read from its
              // second field, lost the space).
              if isAny(edges) || (position &+ 16 == count && classes.isSpace(block[15])) {
                hasEdgeSpaces = true
              }
            }
          }
          // The next count of fields ended whose delimiter must be found: the lead's, then
          // the cut's.
          let mark = neededStart < 0 ? leadFields : cutAt < 0 ? cutField : Int.max
          if fieldsEnded &+ found < mark {
            fieldsEnded &+= found
            afterSeparatorOrQuote = block[15] == delimiter
            position &+= 16
            continue
          }
        }
      } else {
        var tail = SIMD16<UInt8>()
        for lane in 0..<lanes {
          tail[lane] = base.load(fromByteOffset: position &+ lane, as: UInt8.self)
        }
        block = tail
      }
      let valid: UInt32 = lanes == 16 ? 0xFFFF : (1 << UInt32(lanes)) &- 1
      let quotes = bits(block .== quote) & valid
      let separators = bits(block .== delimiters) & valid
      let lineEnds = bits((block .== lineFeed) .| (block .== carriageReturn)) & valid
      // Lane i of `inside`: whether byte i lies inside quotes (after it, for a quote).
      var parity = quotes
      parity ^= parity << 1
      parity ^= parity << 2
      parity ^= parity << 4
      parity ^= parity << 8
      let inside = (inQuotes ? ~parity : parity) & valid
      let feeds = bits(block .== lineFeed) & valid
      if !hasEdgeSpaces {
        findEdgeSpaces(
          block, outside: ~inside & valid, separators: separators | lineEnds, lanes: lanes,
          at: position)
      }
      if quotes != 0 {
        let marks = separators | lineEnds | quotes
        let before = (marks << 1 | (afterSeparatorOrQuote ? 1 : 0)) & valid
        var after = marks >> 1
        if lanes == 16 {
          if position &+ 16 < count {
            let next = base.load(fromByteOffset: position &+ 16, as: UInt8.self)
            if next == 0x22 || next == delimiter || next == 0x0A || next == 0x0D { after |= 0x8000 }
          } else {
            after |= 0x8000  // the end of the bytes
          }
        } else {
          after |= 1 << UInt32(lanes &- 1)
        }
        let opening = quotes & inside
        let closing = quotes & ~inside
        let misplaced = (opening & ~before) | (closing & ~after)
        if misplaced != 0 {
          // Take the record ends before it, then stop: strict parsing ends in that record.
          let below = (UInt32(1) << UInt32(misplaced.trailingZeroBitCount)) &- 1
          countLineFeeds(feeds & below, inside: inside)
          walk(separators & ~inside & below, lineEnds & ~inside & below, at: position)
          hasCarriageReturn = true
          // libcsv reads this record whole, with spaces kept: the bytes after the quote were
          // not searched, and a space there at an edge (`"x" ⏎`) would make libcsv's trimming
          // rule accept the quote (found by fuzzing).
          hasEdgeSpaces = true
          return
        }
      }
      if lineEnds & ~feeds != 0 { hasCarriageReturn = true }
      if feeds != 0 { countLineFeeds(feeds, inside: inside) }
      walk(separators & ~inside, lineEnds & ~inside, at: position)
      inQuotes = inside & (1 << UInt32(lanes &- 1)) != 0
      afterSeparatorOrQuote =
        (separators | lineEnds | quotes) & (1 << UInt32(lanes &- 1)) != 0
      position &+= 16
    }
  }
}

/// The lanes of a comparison as the bits of an integer, lane 0 the lowest: each word's high
/// bits gathered into its top byte by one multiplication.
@inline(__always)
func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
  let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
  let highBits: UInt64 = 0x8080_8080_8080_8080
  let gather: UInt64 = 0x0002_0408_1020_4081
  let low = ((words[0] & highBits) &* gather) >> 56
  let high = ((words[1] & highBits) &* gather) >> 56
  return UInt32(truncatingIfNeeded: low | high << 8)
}
