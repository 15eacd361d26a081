/// Where each record of a piece of CSV can be cut short: after the last field that is needed,
/// so that libcsv reads only the bytes before the cut and the rest of the record is skipped.
///
/// A cut leaves out `bytes[prefixEnd..<resumeAt]`: from the delimiter that ends the last
/// needed field up to the record's line end (which libcsv still reads, so that the record ends
/// and its line is counted), together with `skippedFields` fields. With fields 0 and 1 needed
/// of `a,b,"c,d",e\n`, the cut is at the second comma (prefixEnd 3), resumes at the line feed
/// (resumeAt 11) and skips 2 fields: libcsv reads `a,b` then `\n`.
///
/// The bytes are walked sixteen at a time, looking only at quotes, delimiters and line ends,
/// with the state machine of libcsv's strict mode, spaces being ordinary bytes (the rule the
/// tokenizer keeps; where the survey finds no space at a field edge, libcsv's own rule gives
/// the same fields and the same errors). A record is cut only when it is clean: every quote
/// where strict libcsv accepts it (a quote opens a field only at its start; a closing quote is
/// followed by a delimiter, a line end or another quote), exactly `fieldCount` fields, a line
/// end, fewer than `maximumRecordBytes` bytes, and a byte before the cut (libcsv must see the
/// record start). Any other record is read whole, so libcsv
/// itself reports the same error, with the same record and line, as a whole read. At the
/// first misplaced quote the walk stops: strict parsing ends there, and the rest is read whole.
struct RecordCuts {
  struct Cut: Equatable {
    var prefixEnd: Int
    var resumeAt: Int
    var skippedFields: Int
  }

  /// The cuts in file order.
  private(set) var cuts: [Cut] = []
  /// The bytes the cuts leave out.
  private(set) var skippedBytes = 0

  /// Records longer than this are read whole: libcsv then sees any field too large to accept.
  static let maximumRecordBytes = 1 << 20

  /// Where libcsv's parser is, at the byte just looked at.
  private enum State {
    /// At the start of a record (after a line end): a line end here ends an empty line.
    case recordStart
    /// At the start of a field, after a delimiter.
    case fieldStart
    case unquoted
    case quoted
    /// Just past a quote inside a quoted field: the field's end, or the first of `""`.
    case quoteInQuoted
  }

  /// Finds the cuts of `bytes`, which start at a record boundary. `lastNeededField` is the
  /// index of the last field that must be read (fields after it are skipped).
  init(
    _ bytes: UnsafeRawBufferPointer, delimiter: UInt8, fieldCount: Int, lastNeededField: Int
  ) {
    guard let base = bytes.baseAddress, lastNeededField + 1 < fieldCount else { return }
    let count = bytes.count
    let quote = SIMD16<UInt8>(repeating: 0x22)
    let delimiters = SIMD16<UInt8>(repeating: delimiter)
    let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
    let carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
    var state = State.recordStart
    var recordStart = 0
    var fieldsEnded = 0
    var cutAt = -1
    /// The last byte that was a quote, a delimiter or a line end.
    var previous = -1

    // Returns false at a misplaced quote: the walk stops.
    @inline(__always) func look(_ position: Int, _ byte: UInt8) -> Bool {
      if position != previous &+ 1 {
        // Ordinary bytes since the last one looked at.
        switch state {
        case .recordStart, .fieldStart: state = .unquoted
        case .quoteInQuoted: return false  // `"ab"c`
        case .unquoted, .quoted: break
        }
      }
      previous = position
      if byte == 0x22 {
        switch state {
        case .recordStart, .fieldStart: state = .quoted
        case .quoted: state = .quoteInQuoted
        case .quoteInQuoted: state = .quoted  // `""`
        case .unquoted: return false  // `ab"c`
        }
      } else if byte == delimiter {
        if state == .quoted { return true }
        fieldsEnded &+= 1
        if fieldsEnded == lastNeededField &+ 1 { cutAt = position }
        state = .fieldStart
      } else {  // a line end
        switch state {
        case .quoted: return true
        case .recordStart: break  // an empty line, or the LF of a CR LF
        case .fieldStart, .unquoted, .quoteInQuoted:
          let fields = fieldsEnded &+ 1
          if cutAt > recordStart && fields == fieldCount
            && position &- recordStart < Self.maximumRecordBytes
          {
            cuts.append(
              Cut(
                prefixEnd: cutAt, resumeAt: position, skippedFields: fields &- lastNeededField &- 1)
            )
            skippedBytes &+= position &- cutAt
          }
        }
        state = .recordStart
        recordStart = position &+ 1
        fieldsEnded = 0
        cutAt = -1
      }
      return true
    }

    var position = 0
    // Unchecked: `position` + 16 stays at most `count`, a buffer's length.
    while position &+ 16 <= count {
      let block = base.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
      var events = bits(
        (block .== quote) .| (block .== delimiters) .| (block .== lineFeed)
          .| (block .== carriageReturn))
      while events != 0 {
        let lane = events.trailingZeroBitCount
        events &= events &- 1
        let at = position &+ lane
        guard look(at, base.load(fromByteOffset: at, as: UInt8.self)) else { return }
      }
      position &+= 16
    }
    while position < count {
      let byte = base.load(fromByteOffset: position, as: UInt8.self)
      if byte == 0x22 || byte == delimiter || byte == 0x0A || byte == 0x0D {
        guard look(position, byte) else { return }
      }
      position &+= 1
    }
  }
}

/// The lanes of a comparison as the bits of an integer, lane 0 the lowest: each word's high
/// bits gathered into its top byte by one multiplication.
@inline(__always)
private func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
  let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
  let highBits: UInt64 = 0x8080_8080_8080_8080
  let gather: UInt64 = 0x0002_0408_1020_4081
  let low = ((words[0] & highBits) &* gather) >> 56
  let high = ((words[1] & highBits) &* gather) >> 56
  return UInt32(truncatingIfNeeded: low | high << 8)
}
