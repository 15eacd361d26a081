/// The generalization levels `suggest` tries for one quasi-identifier, finest first, with each
/// level's code of every distinct value.
///
/// Levels by the column's inferred type: dates `date, month, year, decade, *`; timestamps
/// `second, minute, hour, day, month, year, *`; integers `1, 5, 10, 20, *` (bands of those
/// widths); ZIP codes, postcodes, phone numbers and other codes `L, L-1, …, 1, *` (prefixes, L
/// the length of the longest value); anything else `as is, *`. A column given with a level
/// (`zip:3`) starts there: the levels of its type that are coarser, and for bands only widths
/// that are multiples of the given one (`age:2` → 2, 10, 20, *), so that each level still
/// merges whole bands of the one before. A fixed column (`--fixed gender`) has one level.
struct LatticeLadder: Sendable {
  /// The column name as requested.
  let name: String
  let type: ValueType
  /// nil: the value as it is.
  let levels: [Generalization?]
  /// `codeMaps[i][code]`: the code at level i of each distinct value of the column.
  let codeMaps: [[Int32]]
  /// Distinct values at each level.
  let distinct: [Int]
  /// `up[i][code at level i]` = the code at level i + 1, when `isHierarchy`.
  let up: [[Int32]]
  /// Whether every level is a function of the one before: two values equal at level i are
  /// equal at level i + 1. Then coarsening only merges classes, k can only grow, and a node's
  /// classes follow from any finer node's. Checked on the values (a column holding the string
  /// "1987-05" beside dates breaks it: equal at `month` to 1987-05-17, not at `year`).
  let isHierarchy: Bool

  var count: Int { levels.count }

  /// The entry for `--qi` at level `index`: the name alone at "as is", else `name:level`.
  func spec(_ index: Int) -> QuasiIdentifierSpec {
    QuasiIdentifierSpec(name: name, generalization: levels[index])
  }

  init(
    column: EncodedColumn, start: Generalization?, isFixed: Bool, missingTokens: [String]
  ) throws(GeneralizationError) {
    let counts = column.recordsPerCode()
    let isMissing = column.missingValues(tokens: missingTokens)
    let type = column.inferredType(counts: counts, isMissing: isMissing)
    let standard = Self.standardLevels(type: type, column: column, isMissing: isMissing)
    var levels: [Generalization?]
    if let start {
      let rule = try GeneralizationRule(start, column: column.name, type: type)
      if isFixed {
        levels = [start]
      } else if let position = standard.firstIndex(where: { level in
        level.flatMap { try? GeneralizationRule($0, column: column.name, type: type) } == rule
      }) {
        levels = [start] + standard[(position + 1)...]
      } else if case .band(let width) = rule.operation {
        levels =
          [start]
          + [5, 10, 20].filter { $0 > width && $0 % width == 0 }.map { .width($0) }
          + [.suppressed]
      } else if case .prefix(let length) = rule.operation {
        levels = [start] + (1..<length).reversed().map { .width($0) } + [.suppressed]
      } else {
        levels = rule.operation == .star ? [start] : [start, .suppressed]
      }
    } else {
      levels = isFixed ? [nil] : standard
    }
    var codeMaps: [[Int32]] = []
    var distinct: [Int] = []
    for level in levels {
      guard let level else {
        codeMaps.append((0..<Int32(column.dictionary.count)).map { $0 })
        distinct.append(column.dictionary.count)
        continue
      }
      let rule = try GeneralizationRule(level, column: column.name, type: type)
      let mapping = DictionaryGeneralization(column.dictionary, rule: rule, isMissing: isMissing)
      codeMaps.append(mapping.codeMap)
      distinct.append(mapping.dictionary.count)
    }
    var up: [[Int32]] = []
    var isHierarchy = true
    for index in 0..<max(0, levels.count - 1) {
      var map = [Int32](repeating: -1, count: distinct[index])
      for (fine, coarse) in zip(codeMaps[index], codeMaps[index + 1]) {
        if map[Int(fine)] < 0 {
          map[Int(fine)] = coarse
        } else if map[Int(fine)] != coarse {
          isHierarchy = false
        }
      }
      up.append(map)
    }
    self.name = column.requestedName
    self.type = type
    self.levels = levels
    self.codeMaps = codeMaps
    self.distinct = distinct
    self.up = up
    self.isHierarchy = isHierarchy
  }

  private static func standardLevels(type: ValueType, column: EncodedColumn, isMissing: [Bool])
    -> [Generalization?]
  {
    switch type {
    case .date: return [nil, .month, .year, .decade, .suppressed]
    case .timestamp: return [nil, .minute, .hour, .day, .month, .year, .suppressed]
    case .integer: return [nil, .width(5), .width(10), .width(20), .suppressed]
    case .zip, .phone, .code, .digest, .nationalID:
      var longest = 0
      for code in 0..<Int32(column.dictionary.count) where !isMissing[Int(code)] {
        let value = column.dictionary.bytes(of: code)
        longest = max(longest, String(decoding: value, as: UTF8.self).unicodeScalars.count)
      }
      guard longest > 1 else { return [nil, .suppressed] }
      return [nil] + (1..<longest).reversed().map { .width($0) } + [.suppressed]
    default: return [nil, .suppressed]
    }
  }
}
