import Testing

@testable import ReidRisk

/// Looking up export classes, with packed and with hashed keys.
@Suite struct ClassKeyIndexTests {
  // records: (0,0), (0,1), (0,0), (1,1) → classes 0: (0,0), 1: (0,1), 2: (1,1)
  let columns: [[Int32]] = [[0, 0, 0, 1], [0, 1, 0, 1]]

  @Test(arguments: [[2, 2], [1 << 40, 1 << 40]])
  func findsEveryClassAndNothingElse(distinctValues: [Int]) {
    // [2, 2] packs into 2 bits; 2^40 values per column need 80 bits: hashed keys
    let partition = Partition(columns: columns, distinctValues: [2, 2])
    let index = ClassKeyIndex(
      partition: partition, columns: columns.map { CodeColumn($0) }, distinctValues: distinctValues)
    #expect(index.classID(of: [0, 0]) == 0)
    #expect(index.classID(of: [0, 1]) == 1)
    #expect(index.classID(of: [1, 1]) == 2)
    #expect(index.classID(of: [1, 0]) == nil)
  }
}
