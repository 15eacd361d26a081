import ReidRisk

extension ScanInputs {
  /// What a scan reads from a file: the dataset, and without `--qi` the suggestion it was read
  /// for.
  struct Read {
    let dataset: Dataset
    let suggestion: QuasiIdentifierSuggestion?
  }

  /// Reads `file` for a scan. With quasi-identifiers, once, their columns and the others the
  /// options name. Without them, twice: first every column is profiled in bounded memory
  /// (`ProfileTallies`: no code per record, exact dictionaries only up to a bound), the
  /// quasi-identifiers are chosen from the profiles, then only the columns the scan groups on
  /// are read, with exact codes. Standard input is copied to a temporary file for the two
  /// reads (`StandardInputSpool`).
  func read(_ file: String, digest: InputDigest? = nil) throws -> Read {
    guard options.suggestsQuasiIdentifiers else {
      return Read(
        dataset: try InputReader.read(file, request: request, digest: digest), suggestion: nil)
    }
    return try StandardInputSpool.with(file) { path in
      let (suggestion, unsuggested) = try suggest(path, digest: digest)
      // none found: the scan refuses before it reads a column
      if let unsuggested { return unsuggested }
      var grouped = options
      grouped.quasiIdentifiers = suggestion.quasiIdentifiers
      let chosen = grouped
      let request = InputOptions.request(
        settings, columns: chosen.requestedColumns,
        columnsForHeader: { chosen.columns(for: $0) })
      return Read(dataset: try InputReader.read(path, request: request), suggestion: suggestion)
    }
  }

  /// Profiles every column of `path` and suggests the quasi-identifiers; with none found, also
  /// the read to refuse. The profiles (up to about 100 MiB at 10M records) are freed when it
  /// returns, before the second read: held through it, they set the scan's peak memory.
  private func suggest(_ path: String, digest: InputDigest?) throws -> (
    QuasiIdentifierSuggestion, Read?
  ) {
    let profiles = ProfileTallies(missingTokens: options.missingTokens)
    let profiled = try InputReader.read(
      path, request: request, digest: digest, profiles: profiles)
    let suggestion = QuasiIdentifierSuggestion(profiles: profiles.profiles())
    return (
      suggestion,
      suggestion.quasiIdentifiers.isEmpty
        ? Read(dataset: profiled, suggestion: suggestion) : nil
    )
  }
}
