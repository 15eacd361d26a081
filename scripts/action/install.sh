#!/usr/bin/env bash
# Step of action.yml: installs libcsv and zlib headers (Debian/Ubuntu), unless present.
set -euo pipefail
if dpkg -s libcsv-dev zlib1g-dev >/dev/null 2>&1; then
  echo "libcsv-dev and zlib1g-dev are installed"
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libcsv-dev zlib1g-dev >/dev/null
