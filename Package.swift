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
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
    .target(
      name: "ReidRiskPostgres",
      dependencies: [
        "ReidRisk",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "ReidRiskCLI",
      dependencies: [
        "ReidRisk",
        "ReidRiskPostgres",
        "CHints",
        "CZlib",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ReidRiskTests", dependencies: ["ReidRisk"]),
    .testTarget(name: "ReidRiskCLITests", dependencies: ["ReidRiskCLI", "ReidRisk"]),
    .testTarget(name: "ReidRiskPostgresTests", dependencies: ["ReidRiskPostgres"]),
  ]
)
