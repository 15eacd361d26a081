/// The least coarse generalization settings of the given quasi-identifiers that reach the
/// targets: what `reidrisk suggest` prints.
///
/// The lattice holds every combination of one level per quasi-identifier (`LatticeLadder`):
/// zip 6 levels × birth_date 5 × age 5 × gender 2 = 300 settings. A setting is *minimal* when
/// it reaches the targets and no other setting at least as fine in every column and finer in
/// one also does. Suggestions are the minimal settings, best first by loss (an exact fraction)
/// then discernibility.
///
/// The search is exact for any targets, monotone or not. Settings are taken by height (the
/// sum of level indices), so a node's finer neighbours come first. A node with a finer
/// neighbour that reaches the targets, or that lies above one that does, is not evaluated: it
/// is coarser than a setting that reaches them, so by the definition it is not minimal,
/// whether or not it reaches them itself. So every node evaluated has no reaching node below
/// it, and the evaluated nodes that reach the targets are exactly the minimal ones. No node is
/// ever skipped because a coarser one fails: that would need monotonicity, which does not hold
/// with suppression (the k of the kept records falls when two suppressed singletons merge
/// into a class of 2; l can fall when they come back with one sensitive value).
///
/// What monotonicity of generalization does give is the roll-up: when every level of every
/// column is a function of the level before (`LatticeLadder.isHierarchy`, checked on the
/// values), coarsening only merges classes, and a node's classes are computed from a finer
/// neighbour's (`LatticeClasses.coarsened`), one look-up per class. Where a ladder is no
/// hierarchy, the node is grouped from the records instead.
/// Sources: Samarati (2001) and LeFevre et al., "Incognito" (2005), for the lattice and
/// monotone pruning; El Emam et al. (2009) on the loss of non-monotone criteria with
/// suppression; Bayardo and Agrawal (2005) for discernibility.
public struct Suggestion: Sendable {
  public let report: SuggestionReport
  /// Lattices larger than this are refused rather than searched for minutes.
  public static let maximumLatticeSize = 200_000

  public init(dataset: Dataset, file: String, options: SuggestOptions) throws(ScanError) {
    var ladders: [LatticeLadder] = []
    var columns: [EncodedColumn] = []
    for spec in options.quasiIdentifiers {
      guard let column = dataset.column(named: spec.name) else {
        throw ScanError(file: file, reason: "no column \(quoted(spec.name))")
      }
      do {
        ladders.append(
          try LatticeLadder(
            column: column, start: spec.generalization, isFixed: options.fixed.contains(spec.name),
            missingTokens: options.missingTokens))
      } catch {
        throw ScanError(file: file, reason: error.description)
      }
      columns.append(column)
    }
    let size = ladders.reduce(1.0) { $0 * Double($1.count) }
    guard size <= Double(Self.maximumLatticeSize) else {
      throw ScanError(
        file: file,
        reason: "the lattice of \(ladders.map { String($0.count) }.joined(separator: " × "))"
          + " settings is larger than \(Self.maximumLatticeSize); keep columns as they are"
          + " with --fixed or start them at a level (zip:3)")
    }
    let sensitive = options.sensitive.flatMap { dataset.column(named: $0) }
    var search = LatticeSearch(
      columns: columns, ladders: ladders, sensitive: sensitive, options: options)
    report = search.run(file: file)
  }
}

/// The walk over the lattice; see `Suggestion`.
struct LatticeSearch: Sendable {
  let columns: [EncodedColumn]
  let ladders: [LatticeLadder]
  let sensitive: EncodedColumn?
  let options: SuggestOptions
  let recordCount: Int
  let isHierarchy: Bool
  let prunes: Bool
  /// The loss denominator: the number of columns times the lcm of (levels − 1).
  let lossDenominator: Int
  let lossWeights: [Int]
  var baseClassOfRecord: [Int32] = []

  init(
    columns: [EncodedColumn], ladders: [LatticeLadder], sensitive: EncodedColumn?,
    options: SuggestOptions
  ) {
    self.columns = columns
    self.ladders = ladders
    self.sensitive = sensitive
    self.options = options
    recordCount = columns.first?.codes.count ?? 0
    isHierarchy = ladders.allSatisfy(\.isHierarchy)
    prunes = !options.exhaustive
    let steps = ladders.map { max($0.count - 1, 1) }
    let lcm = steps.reduce(1) { $0 / Self.gcd($0, $1) * $1 }
    lossDenominator = lcm * max(ladders.count, 1)
    lossWeights = ladders.map { $0.count > 1 ? lcm / ($0.count - 1) : 0 }
  }

  private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

  mutating func run(file: String) -> SuggestionReport {
    let shape = ladders.map(\.count)
    let size = shape.reduce(1, *)
    // nodes by height; a node's id is its mixed-radix number
    var byHeight: [[[Int]]] = Array(repeating: [], count: shape.reduce(0) { $0 + $1 - 1 } + 1)
    for id in 0..<size {
      let levels = Self.levels(of: id, shape: shape)
      byHeight[levels.reduce(0, +)].append(levels)
    }
    var reaches = [Bool?](repeating: nil, count: size)
    var settings: [LatticeSetting] = []
    var evaluated = 0
    var previous: [Int: LatticeClasses] = [:]
    let tracksBase = sensitive != nil
    for (height, nodes) in byHeight.enumerated() {
      // the nodes of this height to evaluate, each with the finer neighbour to merge from
      var pending: [(id: Int, levels: [Int], parent: (column: Int, id: Int)?)] = []
      for levels in nodes {
        let id = Self.id(of: levels, shape: shape)
        let finer = levels.indices.filter { levels[$0] > 0 }.map { column in
          (column: column, id: id - Self.stride(column, shape: shape))
        }
        if prunes, finer.contains(where: { reaches[$0.id] == true }) {
          reaches[id] = true
          continue
        }
        let parent =
          isHierarchy
          ? finer.filter { previous[$0.id] != nil }.min {
            previous[$0.id]!.count < previous[$1.id]!.count
          } : nil
        pending.append((id, levels, parent))
      }
      // evaluated on the available cores: a node depends only on the height below
      let search = self
      let below = previous
      let results: [(classes: LatticeClasses, setting: LatticeSetting)]
      if height == 0 {
        let classes = LatticeClasses.bottom(
          columns: columns, ladders: ladders, tracksBase: tracksBase,
          baseClassOfRecord: &baseClassOfRecord)
        results = [(classes, measure(pending[0].levels, classes))]
      } else {
        results = pending.concurrentMap { node in
          let classes: LatticeClasses
          if let parent = node.parent, let source = below[parent.id] {
            classes = source.coarsened(
              column: parent.column,
              by: search.ladders[parent.column].up[node.levels[parent.column] - 1],
              distinct: node.levels.indices.map { search.ladders[$0].distinct[node.levels[$0]] })
          } else {
            classes = search.fromRecords(node.levels)
          }
          return (classes, search.measure(node.levels, classes))
        }
      }
      var current: [Int: LatticeClasses] = [:]
      for (node, result) in zip(pending, results) {
        evaluated += 1
        reaches[node.id] = result.setting.reachesTargets
        settings.append(result.setting)
        current[node.id] = result.classes
      }
      previous = current
    }
    let reaching = settings.filter(\.reachesTargets)
    let minimal = reaching.filter { candidate in
      !reaching.contains { other in
        other.levels != candidate.levels
          && zip(other.levels, candidate.levels).allSatisfy { $0 <= $1 }
      }
    }.sorted(by: LatticeSetting.isBetter)
    let closest =
      minimal.isEmpty
      ? settings.sorted { lhs, rhs in
        let (a, b) = (shortfall(lhs), shortfall(rhs))
        return a != b ? a < b : LatticeSetting.isBetter(lhs, rhs)
      }.prefix(5).map { $0 } : []
    var report = SuggestionReport(
      file: file, records: recordCount, suggestions: minimal, closest: closest,
      targets: .init(options), nodesEvaluated: evaluated, latticeSize: size,
      ladders: ladders.map { ladder in (0..<ladder.count).map { ladder.spec($0).description } },
      isHierarchy: isHierarchy, pruned: prunes)
    report.evaluated = settings
    return report
  }

  /// How far a setting falls short of the targets: the sum of relative shortfalls.
  private func shortfall(_ setting: LatticeSetting) -> Double {
    var total = Double(max(0, options.k - setting.k)) / Double(options.k)
    if let l = options.l { total += Double(max(0, l - (setting.l ?? 0))) / Double(l) }
    if let t = options.t, let found = setting.t { total += max(0, found - t) }
    if let bound = options.maxRecordsAtRisk {
      total += max(0, setting.recordsAtRiskFraction - bound)
    }
    return total
  }

  /// The classes of a node grouped from the records (when a ladder is no hierarchy).
  private func fromRecords(_ levels: [Int]) -> LatticeClasses {
    let mapped = columns.indices.map { c in
      ladders[c].codeMaps[levels[c]].withUnsafeBufferPointer { map in
        columns[c].codes.map { map[Int($0)] }
      }
    }
    let partition = Partition(
      columns: mapped, distinctValues: levels.indices.map { ladders[$0].distinct[levels[$0]] })
    let representatives = partition.representative
    return LatticeClasses(
      codes: mapped.map { column in representatives.map { column[$0] } },
      sizes: partition.classSizes.map { Int32($0) },
      classOfBase: nil, classOfRecord: partition.classOfRecord)
  }

  private func measure(_ levels: [Int], _ classes: LatticeClasses) -> LatticeSetting {
    let n = recordCount
    let k = options.k
    var small = 0
    var smallClasses = 0
    var smallest = Int.max
    var smallestKept = Int.max
    for size in classes.sizes {
      let size = Int(size)
      smallest = min(smallest, size)
      if size < k {
        small += size
        smallClasses += 1
      } else {
        smallestKept = min(smallestKept, size)
      }
    }
    let budget = options.suppress.map { Int(($0 * Double(n) + 1e-9).rounded(.down)) }
    let suppresses = budget.map { small > 0 && small <= $0 } ?? false
    var keptClasses = 0
    var uniques = 0
    var squares = 0
    var atRisk = 0
    let riskBelow = options.threshold > 0 ? 1 / options.threshold : .infinity
    for size in classes.sizes {
      let size = Int(size)
      if suppresses && size < k { continue }
      keptClasses += 1
      if size == 1 { uniques += 1 }
      squares += size * size
      if Double(size) < riskBelow { atRisk += size }
    }
    let suppressed = suppresses ? small : 0
    let kept = n - suppressed
    let kFound = suppresses ? (smallestKept == Int.max ? 0 : smallestKept) : smallest
    let riskShare = kept > 0 ? Double(atRisk) / Double(kept) : 0
    var l: Int?
    var t: Double?
    if let sensitive, options.l != nil || options.t != nil {
      let summary = sensitiveSummary(sensitive, classes, suppresses: suppresses)
      l = summary.distinctL
      t = summary.tCloseness
    }
    var reaches = kept > 0 && kFound >= k
    if let target = options.l { reaches = reaches && (l ?? 0) >= target }
    if let target = options.t { reaches = reaches && (t ?? 1) <= target }
    if let bound = options.maxRecordsAtRisk { reaches = reaches && riskShare <= bound }
    return LatticeSetting(
      levels: levels,
      qi: QuasiIdentifierSpec.text(levels.indices.map { ladders[$0].spec(levels[$0]) }),
      k: kFound == Int.max ? 0 : kFound, classes: keptClasses, recordsSuppressed: suppressed,
      classesSuppressed: suppresses ? smallClasses : 0,
      sampleUniques: uniques,
      lossNumerator: zip(levels, lossWeights).reduce(0) { $0 + $1.0 * $1.1 },
      lossDenominator: lossDenominator, discernibility: squares + suppressed * n, l: l, t: t,
      recordsAtRiskFraction: riskShare, reachesTargets: reaches)
  }

  /// Distinct l and t over the kept records of a node.
  private func sensitiveSummary(
    _ sensitive: EncodedColumn, _ classes: LatticeClasses, suppresses: Bool
  ) -> SensitiveAttributeSummary {
    let k = Int32(options.k)
    var classOfRecord: [Int32]
    if let direct = classes.classOfRecord {
      classOfRecord = direct
    } else if let classOfBase = classes.classOfBase {
      classOfRecord = classOfBase.withUnsafeBufferPointer { map in
        baseClassOfRecord.map { map[Int($0)] }
      }
    } else {
      classOfRecord = []
    }
    if suppresses {
      for record in classOfRecord.indices where classes.sizes[Int(classOfRecord[record])] < k {
        classOfRecord[record] = -1
      }
    }
    // renumber the kept classes so that none is empty
    var renumber = [Int32](repeating: -1, count: classes.count)
    var sizes: [Int] = []
    for record in classOfRecord.indices where classOfRecord[record] >= 0 {
      let old = Int(classOfRecord[record])
      if renumber[old] < 0 {
        renumber[old] = Int32(sizes.count)
        sizes.append(0)
      }
      sizes[Int(renumber[old])] += 1
      classOfRecord[record] = renumber[old]
    }
    let partition = Partition(classOfRecord: classOfRecord, classSizes: sizes)
    return SensitiveAttributeRisk(
      partition: partition, column: sensitive, l: options.l, t: options.t,
      missingTokens: options.missingTokens
    ).summary
  }

  static func levels(of id: Int, shape: [Int]) -> [Int] {
    var rest = id
    var levels = [Int](repeating: 0, count: shape.count)
    for column in shape.indices.reversed() {
      levels[column] = rest % shape[column]
      rest /= shape[column]
    }
    return levels
  }

  static func id(of levels: [Int], shape: [Int]) -> Int {
    zip(levels, shape).reduce(0) { $0 * $1.1 + $1.0 }
  }

  static func stride(_ column: Int, shape: [Int]) -> Int {
    shape[(column + 1)...].reduce(1, *)
  }
}
