/// The physical line on which each record starts, kept compactly: a record starts one line
/// after the previous one unless a quoted field spanned lines or blank lines came between, and
/// only those exceptions ("jumps") are stored, each as two variable-length numbers (the records
/// since the previous jump, and the lines beyond one per record, zigzag-coded), about 2 bytes a
/// jump.
/// Every `checkpointInterval` jumps a checkpoint keeps the absolute record, line and offset, so
/// a lookup decodes at most that many jumps.
///
/// Example: records from 0 starting on lines 2, 3, 5, 6 (record 1 holds a line feed in quotes)
/// store two jumps: the first record, on line 2, and record 2 on line 5, 2 records after
/// record 0 with 1 line more than the 2 the records take. Record 3 is then on 5 + (3 − 2) = 6.
///
/// A file of 10 million records of which 30% span two lines has about 3 million jumps: about
/// 6 MB, where a pair of `Int`s per jump took 48 MB.
public struct LineIndex: Sendable, Equatable {
  /// The jumps, each as LEB128 (record − previous record, line − expected line).
  private var bytes: [UInt8] = []
  /// (record, line, offset in `bytes`) at jumps 0, interval, 2 × interval…: the state after
  /// decoding the jump just before (the first record, line 2, offset 0 before the first).
  private var checkpoints: [Checkpoint] = []
  /// The last jump stored (record from 0, line), or (−1, 1): no record yet, so record 0
  /// is expected on line 2, below the header.
  private var last = Checkpoint(record: -1, line: 1, offset: 0)
  private var jumpCount = 0

  static let checkpointInterval = 64

  private struct Checkpoint: Sendable, Equatable {
    var record: Int
    var line: Int
    var offset: Int
  }

  init() {}

  public static func == (lhs: LineIndex, rhs: LineIndex) -> Bool {
    lhs.bytes == rhs.bytes && lhs.last == rhs.last
  }

  /// Notes that record `record` (from 0, after the last noted) starts on `line`; a record
  /// that follows the previous one on the next line stores nothing, the first aside.
  mutating func record(_ record: Int, startsOn line: Int) {
    let expected = last.line + (record - last.record)
    // The first record noted is always stored: a lane's piece counts lines from its own start.
    if jumpCount > 0 && line == expected { return }
    if jumpCount % Self.checkpointInterval == 0 {
      checkpoints.append(Checkpoint(record: last.record, line: last.line, offset: bytes.count))
    }
    Self.appendNumber(record - last.record, to: &bytes)
    // Zigzag: in a lane's piece the first record may start on line 1, one before expected.
    let extra = line - expected
    Self.appendNumber(extra >= 0 ? extra << 1 : (~extra << 1) | 1, to: &bytes)
    last = Checkpoint(record: record, line: line, offset: bytes.count)
    jumpCount += 1
  }

  /// Calls `body` with every jump, in order: (record from 0, line).
  func forEachJump(_ body: (Int, Int) -> Void) {
    var state = Checkpoint(record: -1, line: 1, offset: 0)
    while state.offset < bytes.count { body(decode(&state).record, state.line) }
  }

  /// Appends the jumps of `other`, whose records and lines count from `recordBase` and
  /// `lineBase` here (its record 0 is record `recordBase`, its line 1 is line `lineBase`).
  mutating func append(_ other: LineIndex, recordBase: Int, lineBase: Int) {
    other.forEachJump { record, line in
      self.record(recordBase + record, startsOn: lineBase + line - 1)
    }
  }

  /// The line on which record `record` (from 0) starts.
  public func line(ofRecord record: Int) -> Int {
    // The last checkpoint at or before the record, then the jumps after it up to the record.
    var low = 0
    var high = checkpoints.count - 1
    guard high >= 0 else { return record + 2 }
    while low < high {
      let middle = (low + high + 1) / 2
      if checkpoints[middle].record < record { low = middle } else { high = middle - 1 }
    }
    var state = checkpoints[low]
    if state.record >= record { return record + 2 }  // before the first jump
    while state.offset < bytes.count {
      var next = state
      decode(&next)
      if next.record > record { break }
      state = next
    }
    return state.line + (record - state.record)
  }

  /// Reads the jump at `state.offset`, moving `state` to it.
  @discardableResult
  private func decode(_ state: inout Checkpoint) -> Checkpoint {
    let records = Self.number(in: bytes, at: &state.offset)
    let zigzag = Self.number(in: bytes, at: &state.offset)
    let extra = zigzag & 1 == 0 ? zigzag >> 1 : ~(zigzag >> 1)
    state.line += records + extra
    state.record += records
    return state
  }

  private static func appendNumber(_ value: Int, to bytes: inout [UInt8]) {
    var value = UInt(value)
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  private static func number(in bytes: [UInt8], at offset: inout Int) -> Int {
    var value: UInt = 0
    var shift: UInt = 0
    while true {
      let byte = bytes[offset]
      offset += 1
      value |= UInt(byte & 0x7F) << shift
      if byte < 0x80 { return Int(value) }
      shift += 7
    }
  }
}
