#!/usr/bin/env bash
# Checks that the ReidRisk library can be used by another package that depends on it by
# version: clones this repository into a temporary folder, tags the clone (v0.0.0-consumer
# unless HEAD already carries a version tag), then builds and runs a small consumer package
# that depends on that clone `from:` the tag and measures a CSV through the library. SwiftPM
# refuses a versioned dependency with unsafeFlags, so this fails if any creep back.
#
# Usage: scripts/consumer-check.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone -q "$root" "$work/reidrisk"
cd "$work/reidrisk"
tag="$(git tag --points-at HEAD --list 'v*' | head -1)"
if [[ -z "$tag" ]]; then
  tag=v0.0.0-consumer
  git -c user.name=check -c user.email=check@localhost tag "$tag"
fi
version="${tag#v}"

mkdir -p "$work/consumer/Sources/Consumer"
cat > "$work/consumer/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Consumer",
  dependencies: [.package(url: "file://$work/reidrisk", exact: "$version")],
  targets: [
    .executableTarget(
      name: "Consumer", dependencies: [.product(name: "ReidRisk", package: "reidrisk")])
  ]
)
SWIFT
cat > "$work/consumer/Sources/Consumer/main.swift" <<'SWIFT'
import ReidRisk

// 5 records on zip, gender: classes {02139 F ×2}, {02139 M ×2}, {02140 F}: k = 1, 1 unique.
let csv = "zip,gender\n02139,F\n02139,F\n02139,M\n02139,M\n02140,F\n"
let reader = DatasetReader(
  file: "members.csv", request: DatasetRequest(columns: ["zip", "gender"]))
try Array(csv.utf8).withUnsafeBytes { try reader.consume($0) }
let dataset = try reader.finish()
let scan = try Scan(
  dataset: dataset, file: "members.csv", options: ScanOptions(quasiIdentifiers: ["zip", "gender"]))
print("k=\(scan.report.k) uniques=\(scan.report.sampleUniques.records)")
SWIFT

cd "$work/consumer"
output="$(swift run -q Consumer)"
echo "$output"
if [[ "$output" != "k=1 uniques=1" ]]; then
  echo "consumer-check: expected k=1 uniques=1 from the library" >&2
  exit 1
fi
echo "consumer-check: a package depending on reidrisk $tag by version builds and runs"
