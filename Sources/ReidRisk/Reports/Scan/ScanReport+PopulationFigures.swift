/// The population and sensitive-attribute figures, each with its one-line meaning.
extension ScanReport {
  var populationSection: FigureSection {
    let ratio = Formatting.ratio
    let count = Formatting.count
    var figures: [Figure] = []
    let isFile = population.source == .file
    figures.append(
      Figure(
        name: "population", value: isFile ? "the file" : count(Int(population.size.rounded())),
        meaning: isFile
          ? "no --population given: the file is taken as everyone (π = 1); give the size of the"
            + " population an outside list covers to judge linkage"
          : "N, the people the file was drawn from; sampling fraction π = \(ratio(population.samplingFraction))"
      ))
    if let caveat = populationCaveat {
      figures.append(
        Figure(name: "journalist, marketer", value: "= prosecutor", meaning: caveat))
    }
    if isFile && !hasPopulationClassSizes {
      // π = 1 and F = f: every population figure repeats one of the file's (JSON keeps them).
      figures[0].meaning += "; until then the population uniques equal the sample uniques"
    } else {
      figures += modelFigures
    }
    if let individual = individualRisk {
      figures += [
        Figure(
          name: "expected re-identifications", value: ratio(individual.expectedReidentifications),
          meaning: "sum of sdcMicro's individual risk over records, from the survey weights"),
        Figure(
          name: "global risk", value: ratio(individual.globalRisk),
          meaning: "expected re-identifications / records"),
        Figure(
          name: "higher-risk records", value: count(individual.higherRiskRecords),
          meaning:
            "records whose individual risk is far above the rest (sdcMicro: > median + 3 MAD and > 0.1)"
        ),
      ]
    }
    return FigureSection(
      title: "the population",
      assumption: "journalist and marketer models: the attacker starts from an outside list",
      figures: figures)
  }

  /// The journalist, marketer and population-uniqueness figures.
  private var modelFigures: [Figure] {
    (hasPopulationClassSizes ? attackerFigures : []) + uniquenessFigures
  }

  /// The journalist and marketer figures, shown only with population class sizes.
  private var attackerFigures: [Figure] {
    let ratio = Formatting.ratio
    let count = Formatting.count
    return [
      Figure(
        name: "journalist highest risk", value: ratio(journalist.highestRisk),
        meaning: "1 / the smallest population class: an attacker starting from a person in the"
          + " population, not knowing whether they are in the file"),
      Figure(
        name: "journalist average risk", value: ratio(journalist.averageRiskPerRecord),
        meaning: "the expected share of records such an attacker re-identifies"),
      Figure(
        name: "journalist records at risk",
        value:
          "\(count(journalist.recordsAtRisk)) (\(Formatting.percent(journalist.recordsAtRiskFraction)))",
        meaning:
          "records whose population class is small enough that 1/F > \(ratio(journalist.threshold))"
      ),
      Figure(
        name: "marketer risk", value: ratio(marketer.averageRiskPerRecord),
        meaning: "the expected share of all records re-identified by matching the whole file"
          + " against a population register"),
    ]
  }

  /// The population-uniqueness estimates and Dankar's choice among them.
  private var uniquenessFigures: [Figure] {
    let ratio = Formatting.ratio
    let count = Formatting.count
    var figures: [Figure] = []
    let uniqueness = populationUniqueness
    let dankar = uniqueness.dankar
    if let uniques = dankar.uniques, let fraction = dankar.fraction {
      figures.append(
        Figure(
          name: "population uniques",
          value: "\(count(Int(uniques.rounded()))) (\(Formatting.percent(fraction)))",
          meaning: "people estimated unique in the population on these columns; "
            + "Dankar et al.'s rule: " + dankar.reason))
    } else {
      figures.append(
        Figure(name: "population uniques", value: "unavailable", meaning: dankar.reason))
    }
    for (name, estimate) in [
      ("Pitman", uniqueness.pitman), ("Zayatz", uniqueness.zayatz), ("SNB", uniqueness.snb),
    ] {
      figures.append(
        Figure(
          name: "  \(name)",
          value: estimate.uniques.map { count(Int($0.rounded())) } ?? "unavailable",
          meaning: estimate.reason))
    }
    if let probability = uniqueness.sampleUniqueIsPopulationUniqueProbability {
      figures.append(
        Figure(
          name: "unique here, unique there", value: ratio(probability),
          meaning:
            "the estimated chance that a record unique in the file is unique in the population"))
    }
    return figures
  }

  static func sensitiveSection(_ summary: SensitiveAttributeSummary) -> FigureSection {
    let column = summary.column
    let ratio = Formatting.ratio
    var figures = [
      Figure(
        name: "distinct l", value: "\(summary.distinctL)",
        meaning: "every class holds at least this many distinct values of \(column)"
          + (summary.distinctL <= 1 ? "; 1 means some class discloses its members' value" : "")),
      Figure(
        name: "entropy l", value: ratio(summary.entropyL),
        meaning:
          "exp of the lowest entropy of \(column) in a class (real-valued; pycanon floors it)"),
      Figure(
        name: "recursive c (l = \(summary.recursiveL))",
        value: summary.recursiveC.map(ratio) ?? "none",
        meaning: summary.recursiveC == nil
          ? "some class has fewer than \(summary.recursiveL) values of \(column), so no c works"
          : "the smallest c with r1 < c·(r\(summary.recursiveL) + … + rm) in every class"),
      Figure(
        name: "t-closeness", value: ratio(summary.tCloseness),
        meaning: "the largest distance of a class's \(column) from the whole file's"
          + " (\(summary.groundDistance.rawValue) ground distance)"),
    ]
    if let l = summary.lThreshold, let classes = summary.classesBelowL,
      let records = summary.recordsBelowL
    {
      figures.append(
        Figure(
          name: "below l = \(l)",
          value: "\(Formatting.count(classes)) classes, \(Formatting.count(records)) records",
          meaning: "classes holding fewer than \(l) distinct values of \(column)"))
    }
    if let t = summary.tThreshold, let classes = summary.classesAboveT,
      let records = summary.recordsAboveT
    {
      figures.append(
        Figure(
          name: "above t = \(ratio(t))",
          value: "\(Formatting.count(classes)) classes, \(Formatting.count(records)) records",
          meaning: "classes whose \(column) is further than t from the file's"))
    }
    return FigureSection(
      title: "sensitive column \(column)",
      assumption: "what a class discloses about its members' \(column) once found",
      figures: figures)
  }
}
