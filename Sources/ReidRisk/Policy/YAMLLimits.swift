// libyaml's event API, from the C module of the Yams package. Yams vends no product for it
// (a target may depend only on another package's products), so it is reached through the Yams
// product; its headers are those of the libyaml compiled into the binary. Declaring the
// system's libyaml instead would add a second copy whose calls the linker binds to Yams's
// anyway, with headers that need not match it.
internal import CYaml

/// Limits a policy or scenario file must keep before the YAML library builds its tree, so that
/// a small hostile file cannot make reidrisk hang or run out of memory.
///
/// The check walks libyaml's event stream (the parser under Yams) once, in time linear in the
/// file, and never expands an alias. It refuses:
/// - a file over `maximumBytes` (1 MiB; a policy is a few hundred bytes);
/// - collections nested deeper than `maximumDepth` (64);
/// - an alias inside a mapping key (`*bomb : x`, `[*a, *a]: x`): Yams compares keys to find
///   duplicates, and comparing an alias's expansion costs its full size;
/// - a document whose expansion, every alias replaced by the node it names, exceeds
///   `maximumNodes` (100,000 scalars and collections).
///
/// Expanded size: a scalar is 1 node, a collection 1 plus its children, an alias the size of
/// its anchored node. The "billion laughs" of nine anchors, each a list of nine aliases to the
/// one before, is 581 bytes and 9^9 = 387,420,489 scalars: refused at the line where the size
/// passes the cap. Source: YAML 1.2.2, 3.2.2.2 (anchors and aliases) and 7.1 (alias nodes).
///
/// Syntax errors are left to the parser that follows, which names them with their line.
public enum YAMLLimits {
  public static let maximumBytes = 1 << 20
  public static let maximumDepth = 64
  public static let maximumNodes = 100_000

  /// Checks `yaml`, throwing `failure(line, problem)` at the first limit broken.
  public static func check<Failure: Error>(
    _ yaml: String, _ failure: (_ line: Int, _ problem: String) -> Failure
  ) throws(Failure) {
    if yaml.utf8.count > maximumBytes {
      throw failure(
        0,
        "the file is larger than \(grouped(maximumBytes)) bytes, the most a policy or scenario"
          + " file may hold")
    }
    var text = yaml
    if let (line, problem) = text.withUTF8({ walk($0) }) { throw failure(line, problem) }
  }

  /// One open collection of the event stream.
  private struct Frame {
    var isMapping: Bool
    var anchor: String?
    var isKey: Bool
    var children = 0
    var size = 1
  }

  /// The first limit broken in `bytes`, as (line, problem); nil when none is.
  private static func walk(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, String)? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    var frames: [Frame] = []
    var anchors: [String: Int] = [:]
    var total = 0
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
      defer { yaml_event_delete(&event) }
      let line = Int(event.start_mark.line) + 1
      // a node in the key place of a mapping, or inside such a key
      let isKey =
        frames.last.map { $0.isMapping && $0.children % 2 == 0 } ?? false
        || frames.contains { $0.isKey }
      var size: Int?
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return nil
      case YAML_SCALAR_EVENT:
        if let anchor = string(event.data.scalar.anchor) { anchors[anchor] = 1 }
        size = 1
      case YAML_ALIAS_EVENT:
        let name = string(event.data.alias.anchor) ?? ""
        if isKey {
          return (
            line,
            "the alias *\(name) stands in a mapping key, which reidrisk refuses as its expansion"
              + " can be huge: write the key out in full"
          )
        }
        guard let anchored = anchors[name] else { return nil }  // the parser names it
        size = anchored
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        if frames.count >= maximumDepth {
          return (line, "collections nest deeper than \(maximumDepth) levels: flatten the file")
        }
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        let anchor =
          isMapping
          ? string(event.data.mapping_start.anchor) : string(event.data.sequence_start.anchor)
        frames.append(Frame(isMapping: isMapping, anchor: anchor, isKey: isKey))
        total += 1
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let frame = frames.popLast() else { return nil }
        if let anchor = frame.anchor { anchors[anchor] = frame.size }
        if var parent = frames.popLast() {
          parent.children += 1
          parent.size += frame.size
          frames.append(parent)
        }
      default:
        break
      }
      if let size {
        total += size
        if var parent = frames.popLast() {
          parent.children += 1
          parent.size += size
          frames.append(parent)
        }
      }
      if total > maximumNodes {
        return (
          line,
          "aliases expand the file to more than \(grouped(maximumNodes)) values, as a YAML bomb does:"
            + " write the values out instead of repeating aliases"
        )
      }
    }
  }

  /// 100000 as "100,000".
  static func grouped(_ number: Int) -> String {
    var digits = Array(String(number))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits)
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
