import FuzzDriver
@testable import ReidRisk

/// Every byte string read as CSV gives a dataset or a `DatasetError`, never a crash; the
/// parallel reader (two lanes, pieces cut by `CSVSurvey`) and the one-lane reader agree on the
/// records, the codes, the values, the lines and the error; a strict read that succeeds reads
/// the same under `--lenient`; every merged dictionary finds each of its values under its code.
///
/// The first three bytes steer the read: bytes 0 and 1 say where the input is cut into three
/// chunks (so that chunk boundaries fall anywhere), byte 2 the parallel reader's piece size,
/// 4 to 1,024 bytes (so that a small input makes many pieces, and piece ends fall anywhere).
@_cdecl("FuzzCSVReading_main")
func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, test: fuzzCSVReading)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSVReading(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size >= 3 else { return 0 }
  let input = UnsafeRawBufferPointer(start: data + 3, count: size - 3)
  let first = Int(data[0]) * input.count / 256
  let second = first + Int(data[1]) * (input.count - first) / 256
  let steering = Steering(cuts: [first, second], pieceBytes: 4 + Int(data[2]) * 4)
  checkParallelAgreesWithOneLane(input, steering)
  // Further readers of the same bytes are compared here, one function each.
  let mix = Int(data[0] ^ data[1])
  compareFieldSkipping(input, steering, columns: mix / 4 % 3..<(mix / 4 % 3 + 1 + mix % 4))
  return 0
}

/// Where a read cuts its input, and the parallel reader's piece size.
struct Steering {
  let cuts: [Int]
  let pieceBytes: Int
}

/// The parallel reader, cut and in small pieces, against the one-lane reader given the whole
/// input at once; then the lenient reader.
func checkParallelAgreesWithOneLane(_ input: UnsafeRawBufferPointer, _ steering: Steering) {
  let parallel = read(input, parallelism: 2, steering: steering, isStrict: true)
  let oneLane = read(input, parallelism: 1, steering: nil, isStrict: true)
  if parallel != oneLane {
    fatalError("parallel and one-lane readers disagree: \(parallel) against \(oneLane)")
  }
  let lenient = read(input, parallelism: 1, steering: steering, isStrict: false)
  // A file that reads strictly holds no stray quote and no ragged record: lenient reading
  // keeps every record as it is.
  if case .dataset = oneLane, lenient != oneLane {
    fatalError("lenient reading changed a file that reads strictly: \(lenient) against \(oneLane)")
  }
}

/// What a read gave, comparable: each column's codes and values, the lines, or the error.
enum Outcome: Equatable, CustomStringConvertible {
  case dataset(records: Int, skipped: [SkippedRecord], columns: [Column], lines: [Int])
  case failure(DatasetError)

  /// A column's codes, record by record, and its dictionary's values in code order (all their
  /// bytes, and where each ends).
  struct Column: Equatable {
    let codes: [Int32]
    let bytes: [UInt8]
    let ends: [Int]
  }

  var description: String {
    switch self {
    case .dataset(let records, let skipped, _, _): "\(records) records, \(skipped.count) skipped"
    case .failure(let error): error.description
    }
  }
}

func read(_ input: UnsafeRawBufferPointer, parallelism: Int, steering: Steering?, isStrict: Bool)
  -> Outcome
{
  var request = DatasetRequest(
    columns: [], isStrict: isStrict, parallelism: parallelism,
    columnsForHeader: { header in header.names })
  request.hashSeed = .deterministic
  request.isSequential = parallelism == 1  // the one-lane reader: one parser, every byte
  let reader = DatasetReader(file: "fuzz.csv", request: request)
  if let steering { reader.pieceBytes = steering.pieceBytes }
  do throws(DatasetError) {
    var start = 0
    for end in (steering?.cuts ?? []) + [input.count] where end > start {
      try reader.consume(UnsafeRawBufferPointer(rebasing: input[start..<end]))
      start = end
    }
    let dataset = try reader.finish()
    let columns = dataset.columns.map { column in
      let dictionary = column.dictionary
      var bytes: [UInt8] = []
      var ends: [Int] = []
      for code in 0..<Int32(dictionary.count) {
        let value = dictionary.bytes(of: code)
        let found = value.withUnsafeBytes { dictionary.existingCode(of: $0) }
        if found != code { fatalError("a dictionary finds value \(code) under \(found as Any)") }
        bytes.append(contentsOf: value)
        ends.append(bytes.count)
      }
      return Outcome.Column(codes: Array(column.codes), bytes: bytes, ends: ends)
    }
    let lines = (0..<dataset.recordCount).map { dataset.lines.line(ofRecord: $0) }
    return .dataset(
      records: dataset.recordCount, skipped: dataset.skippedRecords, columns: columns,
      lines: lines)
  } catch {
    return .failure(error)
  }
}
