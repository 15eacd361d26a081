extension AttackerRisk {
  /// The journalist model: the attacker picks a person from the population (say from a voter
  /// roll) without knowing whether they are in the file, so a record of class j is at risk
  /// 1 / F_j, where F_j is the class's size in the population.
  ///
  /// - highest risk = 1 / min_j F_j; lowest risk = 1 / max_j F_j, over the file's classes;
  /// - average risk per record = max(u / Σ_j F_j, (1/n) Σ_j f_j / F_j), ARX's success rate;
  /// - records at risk = Σ_{j: 1/F_j > t} f_j.
  ///
  /// Two classes with f = (1, 2) in the file and F = (3, 4) in the population (n = 3, u = 2):
  /// highest 1/3, lowest 1/4, average max(2/7, (1/3 + 2/4)/3) = max(0.2857, 0.2778) = 0.2857,
  /// and at t = 0.3 the class of F = 3 is at risk: 1 record, 1/3. With F_j = f_j this is the
  /// prosecutor model. Source: ARX `RiskModelSampleSummary` (Prasser, Kohlmayer); El Emam,
  /// Guide to the De-identification of Personal Health Information (2013).
  public init(journalist classes: PopulationClassSizes, threshold: Double) {
    let records = classes.recordCount
    guard records > 0 else {
      self.init(
        highestRisk: 0, lowestRisk: 0, averageRiskPerRecord: 0, threshold: threshold,
        recordsAtRisk: 0, recordsAtRiskFraction: 0)
      return
    }
    var atRisk = 0
    var smallest = Int.max
    var largest = 0
    var populationTotal = 0.0
    var expectedMatches = 0.0
    for (sample, population) in zip(classes.sampleSizes, classes.populationSizes) {
      if Self.exceeds(size: population, threshold: threshold) { atRisk += sample }
      smallest = min(smallest, population)
      largest = max(largest, population)
      populationTotal += Double(population)
      expectedMatches += Double(sample) / Double(population)
    }
    let n = Double(records)
    self.init(
      highestRisk: 1 / Double(smallest),
      lowestRisk: 1 / Double(largest),
      averageRiskPerRecord: max(
        Double(classes.sampleSizes.count) / populationTotal,
        expectedMatches / n),
      threshold: threshold,
      recordsAtRisk: atRisk,
      recordsAtRiskFraction: Double(atRisk) / n)
  }

  /// The marketer model: the attacker tries to re-identify everyone in the file by matching it
  /// against a population register, and succeeds for the expected fraction
  /// (1/n) Σ_j f_j / F_j of records (a record of class j matches one of F_j people at random).
  ///
  /// With f = (1, 2) and F = (3, 4): (1/3 + 2/4) / 3 = 0.2778. Without a population table
  /// (F_j = f_j) it is u / n, the prosecutor's average risk. Source: ARX
  /// `RiskModelSampleSummary.MarketerRisk`; El Emam (2013).
  public static func marketerAverageRiskPerRecord(_ classes: PopulationClassSizes) -> Double {
    let records = classes.recordCount
    guard records > 0 else { return 0 }
    let expectedMatches = zip(classes.sampleSizes, classes.populationSizes).reduce(0.0) {
      $0 + Double($1.0) / Double($1.1)
    }
    return expectedMatches / Double(records)
  }
}
