extension PopulationClassSizes {
  /// Population class sizes counted in a superset: a file the export was drawn from (the full
  /// membership list behind a 10% extract). F_j is the number of superset records whose
  /// quasi-identifier values equal class j's key.
  ///
  /// `sampleColumns` are the columns `partition` was built from and `supersetColumns` the same
  /// quasi-identifiers read from the superset, in the same order. Superset values are looked up
  /// in the sample's dictionaries (exact bytes, as the partition compares them); a superset
  /// record with a value the sample never has belongs to no sample class and is not counted.
  /// With a sample {a, a, b} and a superset {a, a, a, b, c}: F = (3, 1), and c is ignored.
  /// Throws when a sample class has fewer superset records than sample records: the sample is
  /// then not part of the superset. Time O(records of both); memory O(distinct superset keys).
  ///
  /// A population table is a superset whose records carry counts: with `recordCounts`, superset
  /// record i stands for `recordCounts[i]` people (a table row "02139, F, 1980: 12").
  public init(
    partition: Partition, sampleColumns: [EncodedColumn], supersetColumns: [EncodedColumn],
    recordCounts: [Int]? = nil
  ) throws(PopulationError) {
    guard sampleColumns.count == supersetColumns.count else {
      throw .supersetColumnMismatch(sample: sampleColumns.count, superset: supersetColumns.count)
    }
    // The sample's class keys, inserted in class order so that index ids equal class ids.
    var index = ClassIndex(width: sampleColumns.count)
    var key = [Int32](repeating: 0, count: sampleColumns.count)
    for record in partition.representative {
      for column in sampleColumns.indices { key[column] = sampleColumns[column].codes[record] }
      _ = index.insert(key)
    }
    let classCount = partition.classCount
    // Superset code → sample code, or -1 for a value the sample does not have.
    let translations = zip(sampleColumns, supersetColumns).map { sample, superset in
      (0..<Int32(superset.dictionary.count)).map { code in
        superset.dictionary.bytes(of: code).withUnsafeBytes {
          sample.dictionary.existingCode(of: $0) ?? -1
        }
      }
    }
    var counts = [Int](repeating: 0, count: classCount)
    let recordCount = supersetColumns.first?.codes.count ?? 0
    recordLoop: for record in 0..<recordCount {
      for column in supersetColumns.indices {
        let code = translations[column][Int(supersetColumns[column].codes[record])]
        if code < 0 { continue recordLoop }
        key[column] = code
      }
      let (id, _) = index.insert(key)
      if Int(id) < classCount { counts[Int(id)] += recordCounts?[record] ?? 1 }
    }
    var missingClasses = 0
    var missingRecords = 0
    for (sample, population) in zip(partition.classSizes, counts) where population < sample {
      missingClasses += 1
      missingRecords += sample - population
    }
    guard missingClasses == 0 else {
      throw .classesMissingFromSuperset(classes: missingClasses, records: missingRecords)
    }
    try self.init(sampleSizes: partition.classSizes, populationSizes: counts)
  }
}
