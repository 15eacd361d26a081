// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "reidrisk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "reidrisk", targets: ["ReidRiskCLI"]),
    .library(name: "ReidRisk", targets: ["ReidRisk"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibCSV",
      providers: [.apt(["libcsv-dev"]), .brew(["libcsv"])]
    ),
    .systemLibrary(name: "CHints"),
    .systemLibrary(
      name: "CZlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
    ),
    .target(
      name: "ReidRisk",
      dependencies: ["CLibCSV", "CHints", .product(name: "Yams", package: "Yams")]
    ),
    .executableTarget(
      name: "ReidRiskCLI",
      dependencies: [
        "ReidRisk",
        "CHints",
        "CZlib",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ReidRiskTests", dependencies: ["ReidRisk"]),
    .testTarget(name: "ReidRiskCLITests", dependencies: ["ReidRiskCLI", "ReidRisk"]),
  ]
)
