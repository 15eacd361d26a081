import FuzzDriver
@testable import ReidRisk

/// Every byte string read as CSV gives a dataset or a `DatasetError`, never a crash; the
/// parallel reader (two lanes, pieces cut by `CSVSurvey`) and the one-lane reader agree on
/// the records, the values, the lines and the error. The first two bytes say where the input
/// is cut into three chunks, so that chunk boundaries fall anywhere.
@_cdecl("FuzzCSVReading_main")
func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, test: fuzzCSVReading)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSVReading(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size >= 2 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let input = Array(bytes.dropFirst(2))
  let first = input.isEmpty ? 0 : Int(bytes[0]) * input.count / 256
  let second = input.isEmpty ? 0 : first + Int(bytes[1]) * (input.count - first) / 256
  let cuts = [first, second]
  let parallel = read(input, parallelism: 2, cuts: cuts, isStrict: true)
  let oneLane = read(input, parallelism: 1, cuts: [], isStrict: true)
  if parallel != oneLane {
    fatalError("parallel and one-lane readers disagree: \(parallel) against \(oneLane)")
  }
  _ = read(input, parallelism: 1, cuts: cuts, isStrict: false)
  compareFieldSkipping(input, cuts: cuts, needed: 1 + Int(bytes[0] ^ bytes[1]) % 4)
  return 0
}

/// What a read gave, comparable: the columns' values record by record, or the error.
enum Outcome: Equatable, CustomStringConvertible {
  case dataset(records: Int, skipped: [SkippedRecord], values: [[[UInt8]]], lines: [Int])
  case failure(DatasetError)

  var description: String {
    switch self {
    case .dataset(let records, let skipped, _, _): "\(records) records, \(skipped.count) skipped"
    case .failure(let error): error.description
    }
  }
}

func read(_ input: [UInt8], parallelism: Int, cuts: [Int], isStrict: Bool) -> Outcome {
  var request = DatasetRequest(
    columns: [], isStrict: isStrict, parallelism: parallelism,
    columnsForHeader: { header in header.names })
  request.hashSeed = .deterministic
  let reader = DatasetReader(file: "fuzz.csv", request: request)
  do throws(DatasetError) {
    var start = 0
    for end in cuts + [input.count] where end > start {
      let failure: DatasetError? = input[start..<end].withUnsafeBytes { buffer in
        do throws(DatasetError) { try reader.consume(buffer) } catch { return error }
        return nil
      }
      if let failure { throw failure }
      start = end
    }
    let dataset = try reader.finish()
    let values = dataset.columns.map { column in
      column.codes.map { Array(column.dictionary.bytes(of: $0)) }
    }
    let lines = (0..<dataset.recordCount).map { dataset.lines.line(ofRecord: $0) }
    return .dataset(
      records: dataset.recordCount, skipped: dataset.skippedRecords, values: values, lines: lines)
  } catch {
    return .failure(error)
  }
}
