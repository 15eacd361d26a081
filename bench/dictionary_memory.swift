// Counts a ValueDictionary's own bytes (its arrays' capacities, `allocatedBytes`) while N
// distinct values of 9 bytes ("100000000", "100000001", ... as in the 10M-distinct benchmark)
// are interned, and prints per value: the bytes beyond the values' own at the end and at the
// worst moment of the growth, and the CPU time (less sensitive than wall time to other work
// on a shared machine). Built by bench/dictionary_memory.sh with the
// dictionary's source files, -O.
import Foundation

@main struct DictionaryMemory {
  static func main() {
    let counts = CommandLine.arguments.dropFirst().compactMap { Int($0) }
    print("values       bytes  allocated  beyond the bytes: end, worst (B/value)  CPU seconds")
    for count in counts.isEmpty ? [1_000_000, 10_000_000] : counts {
      var dictionary = ValueDictionary(seed: .deterministic)
      var value = Array("100000000".utf8)
      var worst = 0.0
      let start = cpuSeconds()
      for number in 0..<count {
        var rest = 100_000_000 + number
        for index in stride(from: 8, through: 0, by: -1) {
          value[index] = UInt8(48 + rest % 10)
          rest /= 10
        }
        _ = value.withUnsafeBytes { dictionary.code(of: $0) }
        if number >= 15 {
          let beyond = Double(dictionary.allocatedBytes - dictionary.byteCount)
          worst = max(worst, beyond / Double(number + 1))
        }
      }
      let seconds = cpuSeconds() - start
      let end = Double(dictionary.allocatedBytes - dictionary.byteCount) / Double(count)
      print(
        String(
          format: "%8d %11d %10d  %6.1f, %6.1f %34.2f", count, dictionary.byteCount,
          dictionary.allocatedBytes, end, worst, seconds))
    }
  }
}

/// The CPU time of this process so far.
func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
