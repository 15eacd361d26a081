/// Pieces of one-line messages kept short and free of cell values: every error fits in
/// `MessageText.limit` characters, long lists are cut with a count, and a header is never
/// listed (in a file without a header its first line is data).
public enum MessageText {
  /// The longest message, in characters.
  static let limit = 300

  /// A file name of at most 80 characters: a longer one keeps its last 79, after "…".
  static func file(_ name: String) -> String {
    name.count <= 80 ? name : "…" + name.suffix(79)
  }

  /// A name the user gave or a header holds, quoted, of at most 40 characters.
  static func name(_ name: String) -> String {
    quoted(name.count <= 40 ? name : name.prefix(39) + "…")
  }

  /// The quoted names, at most `limit` of them, then "and N more".
  static func list(_ names: [String], limit: Int = 3) -> String {
    let shown = names.prefix(limit).map(name).joined(separator: ", ")
    return names.count > limit ? shown + " and \(names.count - limit) more" : shown
  }

  /// The one name of `candidates` within a few edits of `name` (case ignored), if any: the
  /// "did you mean" of an unknown column. With `"postcode"` against `["zip", "post_code"]`,
  /// "post_code" (1 edit).
  public static func nearMiss(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    guard !target.isEmpty, target.count <= 64 else { return nil }
    let allowed = max(1, target.count / 3)
    var best: (name: String, distance: Int)?
    // Names whose lengths differ by more than the edits allowed cannot be near: skipped
    // without a distance, so that a header of 100,000 columns costs one pass.
    for candidate in candidates where abs(candidate.count - target.count) <= allowed {
      let distance = editDistance(target, Array(candidate.lowercased()))
      if distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    guard let best, best.distance <= allowed else { return nil }
    return best.name
  }

  /// Levenshtein distance between two character arrays.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }

  /// `message` cut to `limit` characters, ending in "…" when cut.
  static func capped(_ message: String) -> String {
    message.count <= limit ? message : message.prefix(limit - 1) + "…"
  }
}
