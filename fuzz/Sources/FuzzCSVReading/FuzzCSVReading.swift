import FuzzDriver
@testable import ReidRisk

/// Every byte string read as CSV gives a dataset or a `DatasetError`, never a crash; the
/// parallel reader (two lanes, pieces cut by `CSVSurvey`) and the one-lane reader agree on
/// the records, the values and the error. The first byte picks the chunk size, so that chunk
/// boundaries fall anywhere, and how small the pieces are.
@_cdecl("FuzzCSVReading_main")
func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, test: fuzzCSVReading)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSVReading(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let control = bytes.first else { return 0 }
  let input = Array(bytes.dropFirst())
  let chunk = [1, 3, 7, 64, 4096, 1 << 20][Int(control % 6)]
  let parallel = read(input, parallelism: 2, chunk: chunk, isStrict: true)
  let oneLane = read(input, parallelism: 1, chunk: input.count + 1, isStrict: true)
  if parallel != oneLane {
    fatalError("parallel and one-lane readers disagree: \(parallel) against \(oneLane)")
  }
  _ = read(input, parallelism: 1, chunk: chunk, isStrict: false)
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

func read(_ input: [UInt8], parallelism: Int, chunk: Int, isStrict: Bool) -> Outcome {
  var request = DatasetRequest(
    columns: [], isStrict: isStrict, parallelism: parallelism,
    columnsForHeader: { header in header.names })
  request.hashSeed = .deterministic
  let reader = DatasetReader(file: "fuzz.csv", request: request)
  do throws(DatasetError) {
    var start = 0
    while start < input.count {
      let end = min(start + chunk, input.count)
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
