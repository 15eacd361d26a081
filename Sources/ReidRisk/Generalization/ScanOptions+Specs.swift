extension ScanOptions {
  /// Sets the quasi-identifiers from `--qi` entries as a policy writes them, one per element
  /// (`["zip:3", "birth_date:year", "gender"]`): the names and their generalizations. The
  /// policy parser has checked every entry; one that does not parse is kept as a name.
  public mutating func setQuasiIdentifiers(specs entries: [String]) {
    var specs: [QuasiIdentifierSpec] = []
    for entry in entries {
      specs += (try? QuasiIdentifierSpec.parse(entry)) ?? [QuasiIdentifierSpec(name: entry)]
    }
    guard let split = try? QuasiIdentifierSpec.split(specs) else { return }
    quasiIdentifiers = split.names
    generalizations = split.generalizations
  }
}
