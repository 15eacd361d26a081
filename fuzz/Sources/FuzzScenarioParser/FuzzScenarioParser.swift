import ReidRisk

/// Every text read as a scenario file gives scenarios or a `ScenarioError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    _ = try ScenarioFile.parse(text, file: "scenarios.yml")
  } catch {
    _ = error.description
  }
  return 0
}
