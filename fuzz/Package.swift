// swift-tools-version: 6.0
// libFuzzer targets for reidrisk, in a package of their own so that the main build stays
// untouched. Build and run with `fuzz/run N` (see docs/security.md).
import PackageDescription

let fuzzTargets = [
  "FuzzCSVReading", "FuzzPolicyParser", "FuzzScenarioParser", "FuzzDateRecognisers",
]

let package = Package(
  name: "reidrisk-fuzz",
  dependencies: [.package(name: "reidrisk", path: "..")],
  targets: [.target(name: "FuzzDriver")]
    + fuzzTargets.map { name in
      .executableTarget(
        name: name,
        dependencies: ["FuzzDriver", .product(name: "ReidRisk", package: "reidrisk")],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
