/// What reidrisk says about itself in its outputs: its version and the address of its home,
/// declared once here. SARIF's `tool.driver`, the rules' `helpUri`, the HTML report's header
/// and `reidrisk --version` all read these.
public enum Project {
  /// The release, as `reidrisk --version` prints it and SARIF's `semanticVersion` carries it.
  public static let version = "0.1.0"
  /// The project's home page; documentation links are this plus a path.
  public static let homeURL = "https://github.com/reidrisk/reidrisk"
  /// The folder of the documentation in the repository, as an absolute URL.
  public static let documentationURL = homeURL + "/blob/main/docs/"
}
