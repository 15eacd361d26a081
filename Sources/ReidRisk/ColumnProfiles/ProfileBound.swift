/// How many distinct values of a column profiling keeps exactly: at most `values` of them, and
/// at most `bytes` of their bytes, whichever comes first. Past the bound the column's distinct
/// count and unique share are estimated (`ColumnTally`), so memory stays flat at any file size.
///
/// The default, 65,536 values or 4 MiB, keeps ZIP codes (about 42,000 in the US), birth dates
/// (36,500 in a century) and every categorical column exact, and a profile's memory under
/// about 6 MiB per column. The values that decide a column's type are its first 10,000
/// distinct ones (`ValueInference`), which the bound keeps whenever they fit in 4 MiB.
public struct ProfileBound: Sendable, Equatable {
  public var values: Int
  public var bytes: Int

  public init(values: Int, bytes: Int) {
    self.values = max(values, 1)
    self.bytes = max(bytes, 1)
  }

  public static let `default` = ProfileBound(values: 1 << 16, bytes: 4 << 20)

  /// No bound: every column exact (memory grows with the distinct values).
  public static let unbounded = ProfileBound(values: .max, bytes: .max)
}
