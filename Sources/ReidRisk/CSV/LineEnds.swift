/// How a file ends its lines: with a line feed (LF, or CR LF), or with a carriage return alone
/// (files from classic Mac OS and some exporters). Decided by the first line end of the file.
enum LineEnds: Equatable {
  case lineFeed
  case carriageReturn

  /// The line ends of a file that starts with `bytes`; nil while no line end is seen (or a CR
  /// is the last byte so far, and the next may be its LF). "a,b\rc,d\r" is carriage-return;
  /// "a,b\r\nc,d\r\n" and "a,b\nc,d\n" are line-feed.
  init?(start bytes: [UInt8], isLast: Bool) {
    guard let index = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
      if isLast {
        self = .lineFeed
        return
      }
      return nil
    }
    if bytes[index] == 0x0A {
      self = .lineFeed
    } else if index + 1 < bytes.count {
      self = bytes[index + 1] == 0x0A ? .lineFeed : .carriageReturn
    } else if isLast {
      self = .carriageReturn
    } else {
      return nil
    }
  }

  /// Replaces every carriage return with a line feed (a CR inside a quoted field too: in such
  /// a file it is that field's line break).
  static func translate(_ bytes: inout ArraySlice<UInt8>) {
    for index in bytes.indices where bytes[index] == 0x0D { bytes[index] = 0x0A }
  }
}
