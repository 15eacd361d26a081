import Dispatch

extension Array where Element: Sendable {
  /// `map`, with the elements transformed at once on the available cores; the results keep
  /// the elements' order.
  func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    guard count > 1 else { return map(transform) }
    var results = [Result?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
      let output = SharedBuffer(buffer)
      DispatchQueue.concurrentPerform(iterations: count) { index in
        output.buffer[index] = transform(self[index])
      }
    }
    return results.map { $0! }
  }
}
