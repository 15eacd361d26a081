// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "reidrisk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "reidrisk", targets: ["reidrisk"]),
    .library(name: "ReidRisk", targets: ["ReidRisk"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CLibCSV",
      providers: [.apt(["libcsv-dev"]), .brew(["libcsv"])]
    ),
    .target(
      name: "ReidRisk",
      dependencies: ["CLibCSV"],
      swiftSettings: [
        .unsafeFlags(["-Ounchecked", "-enforce-exclusivity=unchecked"], .when(configuration: .release))
      ]
    ),
    .executableTarget(
      name: "reidrisk",
      dependencies: [
        "ReidRisk",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ReidRiskTests", dependencies: ["ReidRisk"]),
    .testTarget(name: "reidriskTests", dependencies: ["reidrisk", "ReidRisk"]),
  ]
)
