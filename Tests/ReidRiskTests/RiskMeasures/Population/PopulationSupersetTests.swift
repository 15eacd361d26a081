import Testing

@testable import ReidRisk

@Suite struct PopulationSupersetTests {
  static func classes(sample: String, superset: String, columns: [String]) throws
    -> PopulationClassSizes
  {
    let sampleData = try PopulationFixture.read(sample, columns: columns)
    let supersetData = try PopulationFixture.read(superset, columns: columns)
    let partition = Partition(columns: sampleData.columns.map(\.codes))
    return try PopulationClassSizes(
      partition: partition, sampleColumns: sampleData.columns,
      supersetColumns: supersetData.columns)
  }

  @Test func countsSupersetRecordsPerSampleClass() throws {
    // Sample {a, a, b}: classes a (f = 2), b (f = 1). Superset {a, c, a, b, a}: F = (3, 1);
    // c is in no sample class and is not counted.
    let classes = try Self.classes(
      sample: "q\na\na\nb\n", superset: "q\na\nc\na\nb\na\n", columns: ["q"])
    #expect(classes.sampleSizes == [2, 1])
    #expect(classes.populationSizes == [3, 1])
  }

  @Test func matchesOnEveryColumnWhateverTheColumnOrderInTheFiles() throws {
    // Sample keys (F, 30), (M, 30), (F, 30); superset columns in another order and codes
    // assigned in another order: (M,30) (F,30) (F,40) (F,30) (M,30) (F,30) → F = (3, 2).
    let classes = try Self.classes(
      sample: "gender,age\nF,30\nM,30\nF,30\n",
      superset: "age,gender\n30,M\n30,F\n40,F\n30,F\n30,M\n30,F\n",
      columns: ["gender", "age"])
    #expect(classes.sampleSizes == [2, 1])
    #expect(classes.populationSizes == [3, 2])
  }

  @Test func emptyCellsAreValuesOfTheirOwn() throws {
    // Sample {"", x}; superset {"", "", x}: F = (2, 1).
    let classes = try Self.classes(
      sample: "q,r\n,1\nx,1\n", superset: "q,r\n,1\n,1\nx,1\n", columns: ["q"])
    #expect(classes.populationSizes == [2, 1])
  }

  @Test func rejectsASampleThatIsNotPartOfTheSuperset() throws {
    // b is in the sample twice but in the superset once; d not at all: 2 classes, 1 + 1 records.
    #expect(throws: PopulationError.classesMissingFromSuperset(classes: 2, records: 2)) {
      try Self.classes(sample: "q\na\nb\nb\nd\n", superset: "q\na\nb\nc\n", columns: ["q"])
    }
  }

  @Test func rejectsDifferentColumns() throws {
    let sample = try PopulationFixture.read("q,r\na,1\n", columns: ["q", "r"])
    let superset = try PopulationFixture.read("q,r\na,1\n", columns: ["q"])
    #expect(throws: PopulationError.supersetColumnMismatch(sample: 2, superset: 1)) {
      try PopulationClassSizes(
        partition: Partition(columns: sample.columns.map(\.codes)),
        sampleColumns: sample.columns, supersetColumns: superset.columns)
    }
  }
}
