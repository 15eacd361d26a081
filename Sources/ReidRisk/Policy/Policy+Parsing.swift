extension Policy {
  /// Reads a policy from its YAML text; `file` names it in messages (e.g. `.reidrisk.yml`).
  ///
  /// Unknown keys, missing keys and bad values are errors with the line they stand on, so a
  /// typo such as `treshold:` is never silently ignored.
  public init(yaml: String, file: String) throws(PolicyError) {
    self = try PolicyParser(file: file).parse(yaml)
  }
}
