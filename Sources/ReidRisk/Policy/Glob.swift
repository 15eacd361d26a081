/// A file pattern of a policy rule, matched against paths relative to the policy's folder.
///
/// `*` matches any characters within one path segment, `?` one character, `[abc]` and `[a-z]`
/// one of a set (`[!abc]` one outside it), and a whole segment `**` any number of segments,
/// none included. A pattern without `/` matches the file name in any folder, as in
/// `.gitignore`: `*.csv` matches `a.csv` and `exports/2024/a.csv`; `exports/*.csv` matches
/// `exports/a.csv` only; `exports/**/*.csv` matches both `exports/a.csv` and
/// `exports/2024/q1/a.csv`.
public struct Glob: Sendable, Equatable, CustomStringConvertible {
  public let pattern: String
  /// The line in the policy where the pattern is written.
  public let line: Int
  private let segments: [Substring]

  public init(_ pattern: String, line: Int = 0) {
    self.pattern = pattern
    self.line = line
    var text = Substring(pattern)
    while text.hasPrefix("./") { text = text.dropFirst(2) }
    if text.hasPrefix("/") { text = text.dropFirst() }
    let parts = text.split(separator: "/", omittingEmptySubsequences: true)
    segments = parts.count == 1 && parts[0] != "**" ? ["**", parts[0]] : parts
  }

  public var description: String { pattern }

  /// Whether `path` (relative, `/`-separated) matches.
  public func matches(_ path: String) -> Bool {
    var text = Substring(path)
    while text.hasPrefix("./") { text = text.dropFirst(2) }
    let parts = text.split(separator: "/", omittingEmptySubsequences: true)
    return Self.match(segments[...], parts[...])
  }

  private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool
  {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "**" {
      let rest = pattern.dropFirst()
      var remaining = path
      while true {
        if match(rest, remaining) { return true }
        guard !remaining.isEmpty else { return false }
        remaining = remaining.dropFirst()
      }
    }
    guard let segment = path.first, matchSegment(Array(first), Array(segment)) else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }

  /// Matches one segment with `*`, `?` and `[...]`, by backtracking over the last `*`.
  static func matchSegment(_ pattern: [Character], _ text: [Character]) -> Bool {
    var p = 0
    var t = 0
    var star: (p: Int, t: Int)?
    while t < text.count {
      if p < pattern.count {
        switch pattern[p] {
        case "*":
          star = (p, t)
          p += 1
          continue
        case "?":
          p += 1
          t += 1
          continue
        case "[":
          if let (matched, next) = matchClass(pattern, from: p, text[t]) {
            if matched {
              p = next
              t += 1
              continue
            }
          } else if text[t] == "[" {
            p += 1
            t += 1
            continue
          }
        case let character where character == text[t]:
          p += 1
          t += 1
          continue
        default: break
        }
      }
      guard let last = star else { return false }
      p = last.p + 1
      t = last.t + 1
      star = (last.p, last.t + 1)
    }
    while p < pattern.count && pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }

  /// Whether `character` is in the class starting at `pattern[start]` ("["), and the index after
  /// the class; nil when the class has no closing "]" (then "[" is a literal).
  private static func matchClass(_ pattern: [Character], from start: Int, _ character: Character)
    -> (Bool, Int)?
  {
    var index = start + 1
    let negated = index < pattern.count && (pattern[index] == "!" || pattern[index] == "^")
    if negated { index += 1 }
    var matched = false
    var first = true
    while index < pattern.count && (pattern[index] != "]" || first) {
      first = false
      if index + 2 < pattern.count && pattern[index + 1] == "-" && pattern[index + 2] != "]" {
        if pattern[index] <= character && character <= pattern[index + 2] { matched = true }
        index += 3
      } else {
        if pattern[index] == character { matched = true }
        index += 1
      }
    }
    guard index < pattern.count else { return nil }
    return (matched != negated, index + 1)
  }
}
