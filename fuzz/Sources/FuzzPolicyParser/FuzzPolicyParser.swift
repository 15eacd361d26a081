import FuzzDriver
import ReidRisk

/// Every text read as a policy (`.reidrisk.yml`) gives a policy or a `PolicyError`, never a
/// crash.
@_cdecl("FuzzPolicyParser_main")
func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, test: fuzzPolicyParser)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPolicyParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    _ = try Policy(yaml: text, file: ".reidrisk.yml")
  } catch {
    _ = error.description
  }
  return 0
}
