import FuzzDriver
@testable import ReidRisk

/// Every byte string given to the date recognisers gives a valid calendar date or nil, never
/// a crash; a recognised date has a month in 1...12 and a day that exists in that month.
@_cdecl("FuzzDateRecognisers_main")
func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, test: fuzzDateRecognisers)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDateRecognisers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = DateSpelling(bytes)
  for order in [DateOrder.monthFirst, .dayFirst] {
    guard let date = CalendarDate(parsing: bytes, order: order) else { continue }
    if CalendarDate(year: date.year, month: date.month, day: date.day) != date {
      fatalError("recognised an impossible date")
    }
  }
  _ = DateOrder.evidence(in: [bytes, Array(bytes.reversed())])
  return 0
}
