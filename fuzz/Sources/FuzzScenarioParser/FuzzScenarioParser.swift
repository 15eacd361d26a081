import FuzzDriver
import ReidRisk

/// Every text read as a scenario file gives scenarios or a `ScenarioError`, never a crash.
@_cdecl("FuzzScenarioParser_main")
func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, test: fuzzScenarioParser)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzScenarioParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    _ = try ScenarioFile.parse(text, file: "scenarios.yml")
  } catch {
    _ = error.description
  }
  return 0
}
